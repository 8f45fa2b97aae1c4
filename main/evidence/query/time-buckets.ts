import { AppError } from '../../../shared/contract/errors';
import {
  BUCKET_SIZES,
  bucketBounds,
  chooseBucket,
  type BucketSize,
} from '../../../shared/evidence';
import type { EvidenceColumn } from '../import/types';
import type { EvidenceSource } from './source';

/** Buckets a chart may ask for; more would not be drawn apart on any screen. */
export const MAX_ASKED_BUCKETS = 2000;
/** `TimeBuckets.of` for a row outside the range or without a time (fits: MAX_ASKED_BUCKETS < 65535). */
export const NO_BUCKET = 0xffff;

/** Every row of a file placed in a time bucket: what each time-series answer is aggregated over. */
export interface TimeBuckets {
  timeColumn: EvidenceColumn;
  size: BucketSize;
  /** Start of the first bucket, ms since the epoch (on the zone's clock, see bucketStart). */
  first: number;
  count: number;
  /** Each bucket's start, then the last one's end (count + 1 instants; empty when count is 0). */
  bounds: Float64Array;
  timeZone: string;
  /** Bucket per row in file order; NO_BUCKET outside [from, to) or without a time. */
  of: Uint16Array;
  /** Rows per bucket. */
  rows: Float64Array;
  /** Rows of the whole file whose time is missing. */
  missingTime: number;
}

export interface BucketRequest {
  timeColumn?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  bucketMs?: number | undefined;
  /** The zone whose clock the buckets follow: the postmortem's. */
  timeZone: string;
}

/**
 * The row -> bucket map is the same for every quick view of a file (they differ by the column and
 * the aggregate, not by the buckets), so it is computed once per (time column, range, bucket) and
 * kept beside the source: switching views then only aggregates a column (a few ms per 1M rows).
 * Kept per source in a WeakMap: it goes when the source does.
 */
const held = new WeakMap<EvidenceSource, Map<string, TimeBuckets>>();
/** Maps kept per source (2 MB each per 1M rows): the default one and a couple of custom ranges. */
const KEEP = 3;

export function timeBuckets(source: EvidenceSource, request: BucketRequest): TimeBuckets {
  const timeCol = request.timeColumn ? source.column(request.timeColumn) : source.timeColumn;
  if (!timeCol) {
    throw new AppError(
      'invalid_input',
      'This evidence has no time column: name one with timeColumn.',
    );
  }
  if (timeCol.type !== 'instant') {
    throw new AppError('invalid_input', `The column "${timeCol.name}" does not hold instants.`);
  }
  const from = request.start ? parseInstant(request.start, 'start') : -Infinity;
  const to = request.end ? parseInstant(request.end, 'end') : Infinity;
  const key = `${timeCol.physicalName}|${from}|${to}|${request.bucketMs ?? ''}|${request.timeZone}`;
  let kept = held.get(source);
  if (!kept) held.set(source, (kept = new Map()));
  let found = kept.get(key);
  if (found) {
    kept.delete(key);
  } else {
    found = place(source, timeCol, from, to, request.bucketMs, request.timeZone);
    while (kept.size >= KEEP) kept.delete(kept.keys().next().value as string);
  }
  kept.set(key, found);
  return found;
}

function place(
  source: EvidenceSource,
  timeCol: EvidenceColumn,
  from: number,
  to: number,
  bucketMs: number | undefined,
  timeZone: string,
): TimeBuckets {
  const times = source.store.numbers(timeCol).values;
  const n = times.length;
  let min = Infinity;
  let max = -Infinity;
  let missingTime = 0;
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (t !== t) missingTime++;
    else if (t >= from && t < to) {
      if (t < min) min = t;
      if (t > max) max = t;
    }
  }
  const size = bucketMs
    ? { ms: bucketMs, label: labelOf(bucketMs) }
    : chooseBucket(max >= min ? max - min : 0);
  const of = new Uint16Array(n).fill(NO_BUCKET);
  if (min === Infinity) {
    return {
      timeColumn: timeCol,
      size,
      first: 0,
      count: 0,
      bounds: new Float64Array(0),
      timeZone,
      of,
      rows: new Float64Array(0),
      missingTime,
    };
  }
  const bounds = Float64Array.from(bucketBounds(min, max, size.ms, timeZone, MAX_ASKED_BUCKETS));
  const count = bounds.length - 1;
  if (count > MAX_ASKED_BUCKETS) {
    const asked = Math.floor((max - (bounds[0] as number)) / size.ms) + 1;
    throw new AppError(
      'invalid_input',
      `Buckets of ${size.label} would cut this span into ${Math.max(asked, count)} buckets; choose a larger bucket (at most ${MAX_ASKED_BUCKETS}).`,
    );
  }
  const first = bounds[0] as number;
  const rows = new Float64Array(count);
  const ms = size.ms;
  // Buckets all `ms` long (UTC, or no clock change in the span): one division per row, as ever.
  let even = true;
  for (let b = 0; b < count; b++) if (bounds[b + 1]! - bounds[b]! !== ms) even = false;
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (t >= from && t < to) {
      let b = Math.floor((t - first) / ms);
      if (!even) {
        // The even guess is off by the clock changes before t: a step or two either way.
        if (b >= count) b = count - 1;
        if (b < 0) b = 0;
        while (bounds[b]! > t) b--;
        while (bounds[b + 1]! <= t) b++;
      }
      of[i] = b;
      rows[b]!++;
    }
  }
  return { timeColumn: timeCol, size, first, count, bounds, timeZone, of, rows, missingTime };
}

function parseInstant(text: string, what: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new AppError(
      'invalid_input',
      `The ${what} "${text}" is not an instant: use ISO 8601, e.g. 2024-03-12T02:00:00Z.`,
    );
  }
  return ms;
}

function labelOf(ms: number): string {
  const known = BUCKET_SIZES.find((s) => s.ms === ms);
  if (known) return known.label;
  return ms % 3_600_000 === 0
    ? `${ms / 3_600_000} h`
    : ms % 60_000 === 0
      ? `${ms / 60_000} min`
      : `${ms / 1000} s`;
}
