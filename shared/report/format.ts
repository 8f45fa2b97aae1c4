import type { EvidenceColumnType } from '../evidence';

// Evidence numbers are worded as the window words them (renderer/src/features/evidence/format.ts);
// test/unit/shared/report/same-numbers.test.ts holds the two to the same output.

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return grouped.format(n);
}

export function formatMeasure(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs < 1e-4) return n.toExponential(1);
  if (abs >= 1e6) return n.toExponential(2);
  return Number(n.toPrecision(digits)).toString();
}

export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return '—';
  if (p < 1e-4) return '< 0.0001';
  return Number(p.toPrecision(4)).toString();
}

export function formatShare(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${(share * 100).toFixed(digits)} %`;
}

/** Evidence instants in UTC, as the window shows them: "2026-03-12 02:00 UTC". */
export function formatUtc(value: string | number): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const iso = d.toISOString();
  const seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`} UTC`;
}

export function formatValue(n: number | null, type: EvidenceColumnType): string {
  if (n === null) return '—';
  return type === 'instant' ? formatUtc(n) : formatMeasure(n, 4);
}

/**
 * An instant in the incident's own time zone, with the zone and its offset named:
 * "2026-03-12 03:00 Europe/Berlin (UTC+01:00)". Readers compare it with their own logs.
 */
export function formatInZone(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  const offset = get('timeZoneName') ?? '';
  const utcOffset = offset === 'GMT' ? 'UTC+00:00' : offset.replace('GMT', 'UTC');
  const zone = timeZone === 'UTC' ? 'UTC' : `${timeZone} (${utcOffset})`;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} ${zone}`;
}

/** A calendar date as typed (YYYY-MM-DD) or a dash. */
export function formatDate(date: string | null): string {
  return date ?? '—';
}

/** "3 h 10 min" between two instants; null when either is missing. */
export function formatSpan(startIso: string | null, endIso: string | null): string | null {
  if (!startIso || !endIso) return null;
  const minutes = Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 0) return null;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (mins || parts.length === 0) parts.push(`${mins} min`);
  return parts.join(' ');
}
