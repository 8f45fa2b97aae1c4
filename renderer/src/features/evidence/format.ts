import type { Cell, EvidenceColumnType } from '../../../../shared/evidence';

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 12,345 — counts and row numbers. */
export function formatCount(n: number): string {
  return grouped.format(n);
}

/** A measure with enough significant digits to compare rows, never in exponent form below 1e-4. */
export function formatMeasure(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs < 1e-4) return n.toExponential(1);
  if (abs >= 1e6) return n.toExponential(2);
  return Number(n.toPrecision(digits)).toString();
}

/**
 * p-values: below 0.0001 shown as "< 0.0001" so a tiny p never reads as zero; otherwise four
 * significant digits, so 0.04999 is not rounded up to the 0.05 threshold it passed.
 */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return '—';
  if (p < 1e-4) return '< 0.0001';
  return Number(p.toPrecision(4)).toString();
}

export function formatShare(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${(share * 100).toFixed(digits)} %`;
}

/** Instants as "2026-03-12 02:00 UTC": the screen is shared, so one fixed, explicit zone. */
export function formatInstant(value: string | number): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const iso = d.toISOString();
  const seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`} UTC`;
}

/** A numeric value of a column: instants (epoch ms) as dates, others as measures. */
export function formatValue(n: number | null, type: EvidenceColumnType): string {
  if (n === null) return '—';
  return type === 'instant' ? formatInstant(n) : formatMeasure(n, 4);
}

export function formatCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return String(cell);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const TYPE_LABELS: Record<EvidenceColumnType, string> = {
  integer: 'Integer',
  real: 'Decimal number',
  boolean: 'Boolean',
  instant: 'Date/time',
  category: 'Category',
  text: 'Text',
};
