/**
 * Conversions between the wall-clock value of an <input type="datetime-local"> read in an IANA time
 * zone and a UTC ISO instant. Pure: uses only Intl, so it runs the same in Node tests and the window.
 */

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(epochMs: number, zone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epochMs))) {
    parts[part.type] = part.value;
  }
  const yearOfEra = Number(parts.year);
  // Intl counts years before 1 AD as 1 BC, 2 BC...; astronomical years are 0, -1...
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function wallClockAsUtcMs(w: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(w.year, w.month - 1, w.day);
  date.setUTCHours(w.hour, w.minute, w.second, 0);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(epochMs: number, zone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtcMs(wallClockAt(whole, zone)) - whole;
}

/** "UTC+05:30" style label of a zone's offset at an instant. */
export function formatOffset(epochMs: number, zone: string): string {
  const minutes = Math.round(zoneOffsetMs(epochMs, zone) / 60_000);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The datetime-local value ("YYYY-MM-DDTHH:mm") showing `iso` on a clock in `zone`; '' for null.
 * With `withSeconds`, "YYYY-MM-DDTHH:mm:ss.sss", so that nothing of the instant is dropped.
 */
export function utcToLocalInput(
  iso: string | null,
  zone: string,
  { withSeconds = false }: { withSeconds?: boolean } = {},
): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const w = wallClockAt(ms, zone);
  if (w.year < 1 || w.year > 9999) return '';
  const minutes = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
  if (!withSeconds) return minutes;
  const millis = ((ms % 1000) + 1000) % 1000;
  return `${minutes}:${pad(w.second)}.${pad(millis, 3)}`;
}

/**
 * The UTC instant (ISO, "…Z") at which a clock in `zone` shows `local`; null for '' or a malformed
 * value. Like Temporal's "compatible" disambiguation: a time that occurs twice (clocks set back)
 * means the earlier instant; a time skipped by clocks set forward is moved forward by the gap.
 */
export function localInputToUtc(local: string, zone: string): string | null {
  const match = LOCAL_INPUT.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const fractionMs = Number((match[7] ?? '').padEnd(3, '0'));
  const wall: WallClock = {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second!,
  };
  if (wall.month < 1 || wall.month > 12 || wall.hour > 23 || wall.minute > 59 || wall.second > 59)
    return null;
  const asUtc = wallClockAsUtcMs(wall);
  // Reject days that do not exist (2024-02-30), which Date would roll over into March.
  if (new Date(asUtc).getUTCDate() !== wall.day) return null;

  const offsetBefore = zoneOffsetMs(asUtc - DAY_MS, zone);
  const offsetAfter = zoneOffsetMs(asUtc + DAY_MS, zone);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset)
    .filter((t) => wallClockAsUtcMs(wallClockAt(t, zone)) === asUtc)
    .sort((a, b) => a - b);
  // No candidate: the clock skipped this time; the offset before the jump carries it past the gap.
  const instant = candidates[0] ?? asUtc - offsetBefore;
  return new Date(instant + fractionMs).toISOString();
}

/** Every IANA zone the runtime knows, with UTC first; falls back to a short list on old runtimes. */
export function timeZoneNames(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = supported.length > 0 ? supported : ['Europe/London', 'America/New_York'];
  return ['UTC', ...names.filter((name) => name !== 'UTC')];
}

/** The zone the computer is set to, or UTC when the runtime cannot tell. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
