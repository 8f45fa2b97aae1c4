import type { EvidenceHistogram, TimeSeries } from '../../evidence';
import { clockInZone, formatCount, formatValue } from '../format';

// The numbers the window's charts draw (renderer/src/features/evidence/charts/*-data.ts), computed
// the same way from the same results; test/unit/shared/report/same-numbers.test.ts compares them.

export interface HistogramRow {
  label: string;
  /** Shares of each window's usable values, in percent. */
  baseline: number;
  incident: number;
  baselineCount: number;
  incidentCount: number;
  special: 'below' | 'above' | 'other' | 'unseen' | null;
}

const pct = (n: number, of: number) => (of > 0 ? (n / of) * 100 : 0);

/** Bins of a date/time column are named on the postmortem's clock (`timeZone`). */
export function histogramRows(h: EvidenceHistogram, timeZone: string): HistogramRow[] {
  const bn = h.baseline.values;
  const inc = h.incident.values;
  if (h.kind === 'numeric') {
    return h.bins
      .filter((b) => (b.lower !== null && b.upper !== null) || b.baseline + b.incident > 0)
      .map((b) => {
        let label: string;
        let special: HistogramRow['special'] = null;
        if (b.lower === null && b.upper !== null) {
          label = `< ${formatValue(b.upper, h.type, timeZone)} (below baseline)`;
          special = 'below';
        } else if (b.upper === null && b.lower !== null) {
          label = `≥ ${formatValue(b.lower, h.type, timeZone)} (above baseline)`;
          special = 'above';
        } else if (b.lower !== null && b.upper !== null) {
          label =
            h.binning.kind === 'constant'
              ? formatValue(b.lower, h.type, timeZone)
              : `${formatValue(b.lower, h.type, timeZone)} – ${formatValue(b.upper, h.type, timeZone)}`;
        } else {
          label = 'all values';
        }
        return {
          label,
          baseline: pct(b.baseline, bn),
          incident: pct(b.incident, inc),
          baselineCount: b.baseline,
          incidentCount: b.incident,
          special,
        };
      });
  }
  const rows: HistogramRow[] = h.categories.map((c) => ({
    label: c.unseenInBaseline ? `${c.value} (new)` : c.value,
    baseline: pct(c.baseline, bn),
    incident: pct(c.incident, inc),
    baselineCount: c.baseline,
    incidentCount: c.incident,
    special: c.unseenInBaseline ? 'unseen' : null,
  }));
  if (h.other.baseline + h.other.incident > 0) {
    rows.push({
      label: `other (${formatCount(h.other.categories)} categories)`,
      baseline: pct(h.other.baseline, bn),
      incident: pct(h.other.incident, inc),
      baselineCount: h.other.baseline,
      incidentCount: h.other.incident,
      special: 'other',
    });
  }
  return rows;
}

export function binningNote(h: EvidenceHistogram): string {
  if (h.kind === 'categorical') {
    const unseen = h.categories.filter((c) => c.unseenInBaseline).length;
    return (
      `Categories by frequency over both windows${h.other.categories > 0 ? '; the rest summed as “other”' : ''}.` +
      (unseen > 0
        ? unseen === 1
          ? ' 1 category marked “(new)” never occurs in the baseline.'
          : ` ${formatCount(unseen)} categories marked “(new)” never occur in the baseline.`
        : '')
    );
  }
  if (h.binning.kind === 'empty') return 'No values in the baseline to fit bins on.';
  if (h.binning.kind === 'constant')
    return 'The baseline holds a single value; one bin for it, overflow bins either side.';
  return `${h.binning.innerBinCount} equal-width bins fitted on the baseline only; values outside the baseline's range fall in the overflow bins at either end (shown when not empty).`;
}

export const MAX_CATEGORY_LINES = 6;

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

/** The value a bucket plots: rates and missing shares in percent, as the window draws them. */
export function bucketValue(s: TimeSeries, value: number | null): number | null {
  return value === null ? null : s.agg === 'rate' || s.agg === 'missing' ? value * 100 : value;
}

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

/** Axis ticks on the postmortem's clock (the window's ticks, series-data.ts): the date only when
 * the span covers several days. */
export function timeTick(ms: number, spanMs: number, timeZone: string): string {
  const clock = clockInZone(ms, timeZone);
  if (spanMs > 3 * 86_400_000) return clock.slice(5, 10);
  if (spanMs > 86_400_000) return clock.slice(5, 16);
  return clock.slice(11, 16);
}
