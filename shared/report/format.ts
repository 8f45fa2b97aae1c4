import type { EvidenceColumnType } from '../evidence';
import { formatInZone } from './zone-time';

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

export { clockInZone, formatInZone, utcOffsetAt, zoneLabel, zonedRange } from './zone-time';

/** A column's value: instants on the postmortem's clock ("2026-03-12 03:00 Europe/Amsterdam
 * (UTC+01:00)"), as every other instant in the report; others as measures. */
export function formatValue(n: number | null, type: EvidenceColumnType, timeZone: string): string {
  if (n === null) return '—';
  return type === 'instant' ? formatInZone(n, timeZone) : formatMeasure(n, 4);
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
