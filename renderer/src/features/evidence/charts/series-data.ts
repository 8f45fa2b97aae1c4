import { isoInZone } from '../format';
import type { TimeSeries } from '../../../../../shared/evidence';

export interface SeriesPoint {
  t: number;
  count: number;
  value: number | null;
  band90: [number, number] | null;
  band50: [number, number] | null;
  median: number | null;
  [category: `cat:${string}`]: number;
}

/** Categories drawn as lines (the rest are in the table); more lines would not be readable. */
export const MAX_CATEGORY_LINES = 6;

export function seriesPoints(s: TimeSeries): SeriesPoint[] {
  return s.buckets.map((b) => {
    const q = b.quantiles ?? null;
    const point: SeriesPoint = {
      t: Date.parse(b.start),
      count: b.count,
      value:
        b.value === null ? null : s.agg === 'rate' || s.agg === 'missing' ? b.value * 100 : b.value,
      band90: q ? [q.p05, q.p95] : null,
      band50: q ? [q.p25, q.p75] : null,
      median: q ? q.median : null,
    };
    for (const [name, n] of Object.entries(b.categories ?? {})) point[`cat:${name}`] = n;
    return point;
  });
}

/** The categories with the most rows over the whole series, most first. */
export function topCategories(s: TimeSeries, limit = MAX_CATEGORY_LINES): string[] {
  const totals = new Map<string, number>();
  for (const b of s.buckets) {
    for (const [name, n] of Object.entries(b.categories ?? {}))
      totals.set(name, (totals.get(name) ?? 0) + n);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name]) => name);
}

/** The y axis's words, with the unit. */
export function yAxisLabel(s: TimeSeries): string {
  const col = s.column ?? '';
  switch (s.agg) {
    case 'count':
      return `Rows per ${s.bucketLabel}`;
    case 'mean':
      return `Mean of ${col}`;
    case 'rate':
      return `Rows with ${col} = 1 (%)`;
    case 'missing':
      return `Rows missing ${col} (%)`;
    case 'quantiles':
      return `${col} (percentiles)`;
    case 'categories':
      return `Rows per ${s.bucketLabel}`;
  }
}

export function seriesTitle(s: TimeSeries): string {
  const col = s.column ?? '';
  switch (s.agg) {
    case 'count':
      return `Rows per ${s.bucketLabel} bucket`;
    case 'mean':
      return `Mean of ${col} per ${s.bucketLabel} bucket`;
    case 'rate':
      return `Rate of ${col} (share of rows with 1 / true) per ${s.bucketLabel} bucket`;
    case 'missing':
      return `Share of rows missing ${col} per ${s.bucketLabel} bucket`;
    case 'quantiles':
      return `Distribution of ${col} per ${s.bucketLabel} bucket (median, 25–75 % and 5–95 % bands)`;
    case 'categories':
      return `Rows per ${s.bucketLabel} bucket by ${col}`;
  }
}

/** Axis ticks on the postmortem's clock: the date only when the span covers several days. */
export function timeTick(ms: number, spanMs: number, zone = 'UTC'): string {
  const iso = isoInZone(ms, zone);
  if (spanMs > 3 * 86_400_000) return iso.slice(5, 10);
  if (spanMs > 86_400_000) return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
  return iso.slice(11, 16);
}
