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

const zoned = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let f = zoned.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    });
    zoned.set(zone, f);
  }
  return f;
}

/**
 * Instants as "2026-03-12 03:00 CET" in the postmortem's zone (UTC unless told), seconds only when
 * not zero: the screen is shared, so one explicit zone, named every time.
 */
export function formatInstant(value: string | number, zone = 'UTC'): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const p: Record<string, string> = {};
  for (const part of zoneFormat(zone).formatToParts(d)) p[part.type] = part.value;
  const seconds = p.second === '00' ? '' : `:${p.second}`;
  const name = (p.timeZoneName ?? 'UTC').replace(/^GMT/, 'UTC');
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${seconds} ${name}`;
}

/**
 * An instant as ISO 8601 on the clock of `zone`, with its offset ("2026-03-12T03:00:00+01:00"):
 * what the window fields show, and what they accept back in any zone.
 */
export function isoInZone(value: string | number, zone = 'UTC'): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const p: Record<string, string> = {};
  for (const part of zoneFormat(zone).formatToParts(d)) p[part.type] = part.value;
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offset = Math.round((wall - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  const ms = d.getUTCMilliseconds();
  const clock = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${ms ? `.${String(ms).padStart(3, '0')}` : ''}`;
  if (offset === 0) return `${clock}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${clock}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** A numeric value of a column: instants (epoch ms) as dates, others as measures. */
export function formatValue(n: number | null, type: EvidenceColumnType, zone = 'UTC'): string {
  if (n === null) return '—';
  return type === 'instant' ? formatInstant(n, zone) : formatMeasure(n, 4);
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
