import type { ColumnSummary } from '../../../shared/evidence';
import {
  distinctCountSorted,
  mean,
  populationStd,
  quantileSorted,
} from '../../../shared/stats/quantiles';
import type { EvidenceColumn } from '../import/types';
import { toCell } from './cells';
import type { EvidenceSource } from './source';

const TOP = 10;

/** Type, missing share, distinct count, range, mean, quantiles and top values of one column. */
export function summarizeColumn(source: EvidenceSource, column: EvidenceColumn): ColumnSummary {
  const rows = source.rowCount;
  const base = { column: column.name, type: column.type, rows };
  if (column.type === 'category' || column.type === 'text') {
    const data = source.store.categories(column);
    if (!data.codes) {
      const overflow = source.store.overflowStats(column);
      return {
        ...base,
        missing: overflow.missing,
        missingShare: share(overflow.missing, rows),
        unparsed: 0,
        distinct: overflow.distinct,
        ...noNumbers(),
        top: overflow.top.map(([value, count]) => ({ value, count })),
      };
    }
    const counts = new Float64Array(data.dictionary.length);
    for (const code of data.codes) if (code >= 0) counts[code]!++;
    const top = topOf(counts, TOP).map(([code, count]) => ({
      value: data.dictionary[code] as string,
      count,
    }));
    return {
      ...base,
      missing: data.missing,
      missingShare: share(data.missing, rows),
      unparsed: 0,
      distinct: data.dictionary.length,
      ...noNumbers(),
      top,
    };
  }
  const data = source.store.numbers(column);
  const sorted = source.store.sorted(column).values;
  const n = sorted.length;
  const q = (p: number) => quantileSorted(sorted, p);
  return {
    ...base,
    missing: data.missing,
    missingShare: share(data.missing, rows),
    unparsed: data.unparsed,
    distinct: distinctCountSorted(sorted),
    min: n > 0 ? (sorted[0] as number) : null,
    max: n > 0 ? (sorted[n - 1] as number) : null,
    mean: n > 0 ? mean(sorted) : null,
    std: n > 0 ? populationStd(sorted) : null,
    quantiles:
      n > 0 ? { p05: q(0.05), p25: q(0.25), median: q(0.5), p75: q(0.75), p95: q(0.95) } : null,
    top: topRuns(sorted, TOP).map(([value, count]) => ({ value: toCell(column, value), count })),
  };
}

function noNumbers() {
  return { min: null, max: null, mean: null, std: null, quantiles: null };
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** The `n` largest counts as [index, count], largest first; ties keep the lower index first. */
function topOf(counts: Float64Array, n: number): [number, number][] {
  const best: [number, number][] = [];
  counts.forEach((count, index) => {
    if (count === 0) return;
    if (best.length === n && count <= best[n - 1]![1]) return;
    let at = best.length;
    while (at > 0 && best[at - 1]![1] < count) at--;
    best.splice(at, 0, [index, count]);
    if (best.length > n) best.pop();
  });
  return best;
}

/** Most frequent values of a sorted sample as [value, count], from its runs of equal values. */
function topRuns(sorted: Float64Array, n: number): [number, number][] {
  const best: [number, number][] = [];
  let i = 0;
  while (i < sorted.length) {
    const v = sorted[i] as number;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === v) j++;
    const count = j - i;
    if (best.length < n || count > best[best.length - 1]![1]) {
      let at = best.length;
      while (at > 0 && best[at - 1]![1] < count) at--;
      best.splice(at, 0, [v, count]);
      if (best.length > n) best.pop();
    }
    i = j;
  }
  return best;
}
