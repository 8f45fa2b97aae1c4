import { isUtcZone, ZoneReader } from './zone';

/** Bucket sizes a time series may use, smallest first; a chart gets at most ~MAX_BUCKETS points. */
export const BUCKET_SIZES = [
  { ms: 60_000, label: '1 min' },
  { ms: 5 * 60_000, label: '5 min' },
  { ms: 15 * 60_000, label: '15 min' },
  { ms: 60 * 60_000, label: '1 h' },
  { ms: 6 * 60 * 60_000, label: '6 h' },
  { ms: 24 * 60 * 60_000, label: '1 day' },
  { ms: 7 * 24 * 60 * 60_000, label: '1 week' },
  { ms: 30 * 24 * 60 * 60_000, label: '30 days' },
] as const;

export const MAX_BUCKETS = 200;

export interface BucketSize {
  ms: number;
  label: string;
}

/** The smallest bucket that cuts `spanMs` into at most `maxBuckets` buckets (the largest if none do). */
export function chooseBucket(spanMs: number, maxBuckets: number = MAX_BUCKETS): BucketSize {
  const span = Math.max(0, spanMs);
  for (const size of BUCKET_SIZES) {
    if (span / size.ms <= maxBuckets) return size;
  }
  const largest = BUCKET_SIZES[BUCKET_SIZES.length - 1]!;
  return { ms: largest.ms, label: largest.label };
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** 1970-01-05, the first Monday after the epoch: weeks start on Monday. */
const MONDAY = 4 * DAY;

/**
 * Where a size's buckets start, on the zone's clock: a size that divides a day starts on its
 * multiples from midnight (whole minutes, hours, 00/06/12/18 h); whole days start at midnight,
 * counted from 1970-01-01 (weeks from a Monday). Any other size (7 h, say) has no place on a clock:
 * it keeps fixed widths from the epoch.
 */
function gridOf(w: number): { origin: number; onClock: boolean } {
  if (w <= DAY && DAY % w === 0) return { origin: 0, onClock: true };
  if (w % DAY === 0) return { origin: w === WEEK ? MONDAY : 0, onClock: true };
  return { origin: 0, onClock: false };
}

const floorTo = (x: number, w: number, origin: number) => origin + Math.floor((x - origin) / w) * w;

const readers = new Map<string, ZoneReader>();
function readerOf(zone: string): ZoneReader {
  let r = readers.get(zone);
  if (!r) readers.set(zone, (r = new ZoneReader(zone)));
  return r;
}

/** Whether buckets of `bucketMs` in `timeZone` are all `bucketMs` long (no clock to follow). */
function fixedWidths(bucketMs: number, timeZone: string): boolean {
  return isUtcZone(timeZone) || !gridOf(bucketMs).onClock;
}

/**
 * Start of the bucket holding `ms`, on the clock of `timeZone`. A bucket starts wherever that clock
 * reads a multiple of the size (see gridOf), or where a clock change jumps over one. So across a
 * change the buckets stay on the clock: the 6 h bucket holding the spring change runs 00:00-06:00
 * and lasts 5 h, the autumn one 7 h; a day lasts 23 or 25 h; hours (and smaller) stay whole, the
 * repeated hour being two buckets that read the same time (CEST, then CET). In UTC this is the
 * Unix epoch's alignment, with weeks starting on Monday.
 */
export function bucketStart(ms: number, bucketMs: number, timeZone: string = 'UTC'): number {
  const { origin } = gridOf(bucketMs);
  if (fixedWidths(bucketMs, timeZone)) return floorTo(ms, bucketMs, origin);
  const zone = readerOf(timeZone);
  let t = ms;
  // Each turn goes back over one clock change; a bucket holds at most a couple of them.
  for (let turn = 0; turn < 8; turn++) {
    const o = zone.offsetAt(t);
    const g = floorTo(t + o, bucketMs, origin) - o;
    if (zone.offsetAt(g) === o) return g;
    // The clock changed between g and t: find the first instant on the offset t has.
    let lo = g;
    let hi = t;
    while (hi - lo > 1) {
      const mid = Math.floor(lo + (hi - lo) / 2);
      if (zone.offsetAt(mid) === o) hi = mid;
      else lo = mid;
    }
    const before = zone.offsetAt(hi - 1);
    // The change jumped over a start (a skipped midnight, say): the bucket starts at the change.
    if (floorTo(hi - 1 + before, bucketMs, origin) !== floorTo(hi + o, bucketMs, origin)) return hi;
    t = hi - 1;
  }
  return floorTo(ms, bucketMs, origin);
}

/**
 * Starts of the buckets holding [min, max], then the end of the last one: count + 1 instants.
 * Stops after `limit` buckets (the caller refuses more). In UTC, or when no clock change falls
 * in the span, the buckets are `bucketMs` apart as before.
 */
export function bucketBounds(
  min: number,
  max: number,
  bucketMs: number,
  timeZone: string = 'UTC',
  limit: number = Infinity,
): number[] {
  const first = bucketStart(min, bucketMs, timeZone);
  const fixed = fixedWidths(bucketMs, timeZone);
  if (fixed) {
    const count = Math.min(Math.floor((max - first) / bucketMs) + 1, limit + 1);
    return Array.from({ length: count + 1 }, (_, b) => first + b * bucketMs);
  }
  const starts = [first];
  let s = first;
  while (s <= max && starts.length <= limit + 1) {
    s = nextStart(s, bucketMs, timeZone);
    starts.push(s);
  }
  return starts;
}

/** The start of the bucket after the one starting at `s`. */
function nextStart(s: number, w: number, zone: string): number {
  const n = s + w;
  if (bucketStart(n - 1, w, zone) === s && bucketStart(n, w, zone) === n) return n;
  let hi = n;
  while (bucketStart(hi, w, zone) === s) hi += w;
  let lo = s; // the first instant whose bucket starts after s lies in (lo, hi]
  while (hi - lo > 1) {
    const mid = Math.floor(lo + (hi - lo) / 2);
    if (bucketStart(mid, w, zone) === s) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * What a chart says when some buckets are not `bucketMs` long (a clock change inside them), so a
 * count that jumps by a twenty-fourth is read for what it is: "Buckets follow the clock of
 * Europe/Amsterdam: a bucket holding a clock change lasts 5 h or 7 h." Null when none is.
 */
export function bucketWidthNote(
  series: { bucketMs: number; buckets: readonly { start: string; end: string }[] },
  timeZone: string,
): string | null {
  const lengths = new Set<number>();
  for (const b of series.buckets) {
    const ms = Date.parse(b.end) - Date.parse(b.start);
    if (ms !== series.bucketMs) lengths.add(ms);
  }
  if (lengths.size === 0) return null;
  const text = [...lengths].sort((a, b) => a - b).map(duration);
  return `Buckets follow the clock of ${timeZone}: a bucket holding a clock change lasts ${text.join(' or ')}.`;
}

function duration(ms: number): string {
  if (ms % DAY === 0) return `${ms / DAY} days`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  return `${Math.round(ms / 60_000)} min`;
}
