// Instants as the report prints them: on the postmortem's clock, its zone named with the offset
// from UTC, so a reader compares them with the app (same zone) and with their own logs (offset).
// Pure: Intl only, so Node (CLI, Markdown) and the tests print the same text.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formats.set(timeZone, f);
  }
  return f;
}

interface Wall {
  /** "2026-03-12 03:00", with ":ss" only when the seconds are not zero. */
  clock: string;
  /** "UTC+01:00" */
  offset: string;
}

function wallAt(value: string | number, timeZone: string): Wall | null {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatFor(timeZone).formatToParts(d)) p[part.type] = part.value;
  const seconds = p.second === '00' ? '' : `:${p.second}`;
  const name = p.timeZoneName ?? 'GMT';
  return {
    clock: `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${seconds}`,
    offset: name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC'),
  };
}

/** The zone's offset from UTC at an instant: "UTC+01:00", "UTC+05:30", "UTC-04:00". */
export function utcOffsetAt(value: string | number, timeZone: string): string {
  return wallAt(value, timeZone)?.offset ?? 'UTC+00:00';
}

/** "Europe/Amsterdam (UTC+01:00)" at an instant; just "UTC" for UTC. */
export function zoneLabel(value: string | number, timeZone: string): string {
  return timeZone === 'UTC' ? 'UTC' : `${timeZone} (${utcOffsetAt(value, timeZone)})`;
}

/** The wall clock of `timeZone` at an instant, without the zone: "2026-03-12 03:00". */
export function clockInZone(value: string | number, timeZone: string): string {
  return wallAt(value, timeZone)?.clock ?? String(value);
}

/**
 * An instant in the incident's own time zone, with the zone and its offset named:
 * "2026-03-12 03:00 Europe/Berlin (UTC+01:00)". Readers compare it with their own logs.
 */
export function formatInZone(value: string | number, timeZone: string): string {
  const w = wallAt(value, timeZone);
  if (!w) return String(value);
  return `${w.clock} ${timeZone === 'UTC' ? 'UTC' : `${timeZone} (${w.offset})`}`;
}

/** Two ends of a span on one clock, and the zone to name once after them. */
export interface ZonedRange {
  start: string;
  end: string;
  zone: string;
}

/**
 * A span with the zone named once: {start: "2026-03-12 03:00", end: "2026-03-12 06:00", zone:
 * "Europe/Amsterdam (UTC+01:00)"}. When the clocks change inside it, each end carries its own
 * offset ("2026-10-25 02:30 (UTC+02:00)"), since a time in the repeated hour means two instants.
 */
export function zonedRange(
  start: string | number,
  end: string | number,
  timeZone: string,
): ZonedRange {
  const a = wallAt(start, timeZone);
  const b = wallAt(end, timeZone);
  if (!a || !b) return { start: String(start), end: String(end), zone: timeZone };
  if (timeZone === 'UTC') return { start: a.clock, end: b.clock, zone: 'UTC' };
  if (a.offset === b.offset)
    return { start: a.clock, end: b.clock, zone: `${timeZone} (${a.offset})` };
  return {
    start: `${a.clock} (${a.offset})`,
    end: `${b.clock} (${b.offset})`,
    zone: timeZone,
  };
}

export interface OffsetChange {
  /** The first instant (epoch ms, to the second) on the new offset. */
  at: number;
  from: string;
  to: string;
}

/** Enough samples to see every clock change of a span of years (they are months apart). */
const SAMPLES = 256;

/** The instants within [t0, t1] at which the zone's offset from UTC changes, in order. */
export function offsetChanges(t0: number, t1: number, timeZone: string): OffsetChange[] {
  if (!(t1 > t0) || timeZone === 'UTC') return [];
  const changes: OffsetChange[] = [];
  let prevT = t0;
  let prev = utcOffsetAt(t0, timeZone);
  for (let i = 1; i <= SAMPLES; i++) {
    const t = t0 + ((t1 - t0) * i) / SAMPLES;
    const offset = utcOffsetAt(t, timeZone);
    if (offset !== prev) {
      let lo = prevT;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + (hi - lo) / 2;
        if (utcOffsetAt(mid, timeZone) === prev) lo = mid;
        else hi = mid;
      }
      // Offsets change on whole seconds: the second after `lo` is the first on the new one.
      changes.push({ at: Math.floor(lo / 1000) * 1000 + 1000, from: prev, to: offset });
      prev = offset;
    }
    prevT = t;
  }
  return changes;
}
