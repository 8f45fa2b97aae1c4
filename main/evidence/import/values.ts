// Reading single cell texts as typed values. Used by the parsing worker (hot path: the ISO parser
// works on char codes of the chunk string, without building substrings) and by the commit step.
//
// Instant rules (documented for users in the preview):
// - ISO 8601: YYYY-MM-DD, optionally followed by 'T' or ' ' and HH:MM[:SS[.fraction]] and a zone
//   (Z, ±HH:MM, ±HHMM, ±HH). A value WITHOUT a zone is a wall-clock time: parsed here as if UTC
//   (never the machine's zone), then read in the zone chosen in the preview at commit (default:
//   the postmortem's zone; see shared/evidence/zone.ts).
// - YYYY/MM/DD with the same optional time part.
// - NN/NN/YYYY is ambiguous (12/03/2024). The whole column decides: if some first part is > 12 the
//   column is day-first, if some second part is > 12 it is month-first, if both occur the column
//   is not an instant column. When every value is ambiguous it is read DAY-FIRST (day/month/year,
//   the order of most of the world) and the import warns so the user can check.
// - Integer columns whose header names a time (time, date, ts, timestamp, *_at) and whose values
//   all lie in 2001..2096 are epoch seconds, or epoch milliseconds when in that range times 1000.

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (d > (DAYS_IN_MONTH[m - 1] ?? 0)) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

// Whether the last instant parsed carried its own zone (Z or an offset). A module variable rather
// than a result object: the parser is the import's hot path.
let zoneGiven = false;

/** Whether the instant parsed last (parseIsoInstant, splitSlashDate) named its zone. */
export function lastInstantHadZone(): boolean {
  return zoneGiven;
}

/** Time part and zone starting at s[i] (after the date); returns ms of day minus offset, or NaN. */
function parseTimeAndZone(s: string, i: number, end: number): number {
  zoneGiven = false;
  if (i === end) return 0;
  const sep = s.charCodeAt(i);
  if (sep !== 84 && sep !== 32 && sep !== 116) return NaN; // 'T', ' ', 't'
  i++;
  if (end - i < 5 || s.charCodeAt(i + 2) !== 58) return NaN;
  const hh = twoDigits(s, i);
  const mi = twoDigits(s, i + 3);
  if (hh < 0 || hh > 23 || mi < 0 || mi > 59) return NaN;
  i += 5;
  let ss = 0;
  let ms = 0;
  if (i < end && s.charCodeAt(i) === 58) {
    ss = twoDigits(s, i + 1);
    if (ss < 0 || ss > 59 || i + 3 > end) return NaN;
    i += 3;
    if (i < end && (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44)) {
      i++;
      let scale = 100;
      const start = i;
      while (i < end) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        ms += d * scale;
        scale /= 10;
        i++;
      }
      if (i === start || i - start > 9) return NaN;
      ms = Math.floor(ms + 1e-6);
    }
  }
  let offsetMin = 0;
  const zoneAt = i;
  if (i < end) {
    const z = s.charCodeAt(i);
    if ((z === 90 || z === 122) && i + 1 === end) {
      i++;
    } else if (z === 43 || z === 45) {
      const oh = twoDigits(s, i + 1);
      if (oh < 0 || oh > 14) return NaN;
      let om = 0;
      const rest = end - (i + 3);
      if (rest === 0) om = 0;
      else if (rest === 3 && s.charCodeAt(i + 3) === 58) om = twoDigits(s, i + 4);
      else if (rest === 2) om = twoDigits(s, i + 3);
      else return NaN;
      if (om < 0 || om > 59) return NaN;
      offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
      i = end;
    } else {
      return NaN;
    }
  }
  if (i !== end) return NaN;
  zoneGiven = i > zoneAt;
  return ((hh * 60 + mi - offsetMin) * 60 + ss) * 1000 + ms;
}

/** ISO 8601 (or YYYY/MM/DD) text in s[start, end) to epoch ms; NaN when it is not one. */
export function parseIsoInstant(s: string, start: number, end: number): number {
  if (end - start < 10) return NaN;
  const sep = s.charCodeAt(start + 4);
  if ((sep !== 45 && sep !== 47) || s.charCodeAt(start + 7) !== sep) return NaN;
  const y1 = twoDigits(s, start);
  const y2 = twoDigits(s, start + 2);
  const mo = twoDigits(s, start + 5);
  const d = twoDigits(s, start + 8);
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0) return NaN;
  const tod = parseTimeAndZone(s, start + 10, end);
  if (Number.isNaN(tod)) return NaN;
  // Logs hold many values of the same day: remember the last day's epoch (hot path).
  const key = ((y1 * 100 + y2) * 100 + mo) * 100 + d;
  if (key !== lastDayKey) {
    const y = y1 * 100 + y2;
    if (!validDate(y, mo, d)) return NaN;
    lastDayKey = key;
    lastDayMs = Date.UTC(y, mo - 1, d);
  }
  return lastDayMs + tod;
}

let lastDayKey = -1;
let lastDayMs = 0;

/**
 * NN/NN/YYYY [time]: returns [first, second, year] when well-formed, else null. The caller decides
 * the day/month order for the whole column (see the rules at the top).
 */
export function splitSlashDate(s: string): [number, number, number, number] | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(.*)$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = Number(m[3]);
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
  const rest = m[4] ?? '';
  const tod = parseTimeAndZone(rest, 0, rest.length);
  if (Number.isNaN(tod)) return null;
  return [a, b, y, tod];
}

export function slashDateToMs(s: string, dayFirst: boolean): number {
  const parts = splitSlashDate(s);
  if (!parts) return NaN;
  const [a, b, y, tod] = parts;
  const day = dayFirst ? a : b;
  const month = dayFirst ? b : a;
  if (!validDate(y, month, day)) return NaN;
  return Date.UTC(y, month - 1, day) + tod;
}

/** Any number JavaScript and SQLite would agree on, written in plain decimal or exponent form. */
const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

export function numericTextValue(s: string): number {
  return NUMERIC_TEXT.test(s) ? Number(s) : NaN;
}

const TRUE_WORDS = new Set(['true', 'yes', 't', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'f', 'n']);

/** Whether s[a, b) is one of the boolean words, without building a string (hot path). */
export function isBooleanWordAt(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(a) | 32;
  switch (b - a) {
    case 1:
      return c === 116 || c === 102 || c === 121 || c === 110; // t f y n
    case 2:
      return c === 110 && (s.charCodeAt(a + 1) | 32) === 111; // no
    case 3:
    case 4:
    case 5:
      return booleanWordValue(s.substring(a, b)) >= 0;
    default:
      return false;
  }
}

/** 1, 0, or -1 when the text is not a boolean word. */
export function booleanWordValue(s: string): number {
  const w = s.trim().toLowerCase();
  if (TRUE_WORDS.has(w)) return 1;
  if (FALSE_WORDS.has(w)) return 0;
  return -1;
}

const EPOCH_S_MIN = 978_307_200; // 2001-01-01
const EPOCH_S_MAX = 4_000_000_000; // 2096
const TIME_NAME = /(^|[^a-z])(time|date|ts|timestamp|datetime)([^a-z]|$)|_at$|At$/i;

export function epochUnitFor(
  name: string,
  min: number | null,
  max: number | null,
): 'epoch-s' | 'epoch-ms' | null {
  if (min === null || max === null || !TIME_NAME.test(name)) return null;
  if (min >= EPOCH_S_MIN && max <= EPOCH_S_MAX) return 'epoch-s';
  if (min >= EPOCH_S_MIN * 1000 && max <= EPOCH_S_MAX * 1000) return 'epoch-ms';
  return null;
}

export function isoText(ms: number): string {
  return new Date(ms).toISOString();
}

/** A number written with a decimal comma and no thousands separator: "1,5", "-0,25", " 3,14 ". */
const DECIMAL_COMMA = /^\s*(-?)(\d+),(\d+)\s*$/;

/**
 * 2 when s is unambiguously a decimal-comma number ("1,5", "0,500", "12,25"), 1 when it could as
 * well be an integer with a thousands comma ("1,500": three digits after a comma, not after 0),
 * 0 when it is neither.
 */
export function decimalCommaKind(s: string): 0 | 1 | 2 {
  const m = DECIMAL_COMMA.exec(s);
  if (!m) return 0;
  const whole = m[2] as string;
  const fraction = m[3] as string;
  if (fraction.length === 3 && !whole.startsWith('0') && whole.length <= 3) return 1;
  return 2;
}

/** The value of a decimal-comma number ("1,5" is 1.5), or NaN. */
export function decimalCommaValue(s: string): number {
  const m = DECIMAL_COMMA.exec(s);
  return m ? Number(`${m[1]}${m[2]}.${m[3]}`) : NaN;
}
