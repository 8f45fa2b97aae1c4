/**
 * Histogram bins fitted on the baseline only (NannyML style): equal-width bins over the baseline's
 * [min, max], plus an underflow and an overflow bin for values outside it. Moving the incident window
 * never moves the bins, so the baseline's shares stay comparable from one window to the next.
 */
import { quantileSorted, sortedFinite, type NumericSample } from './quantiles';

export const DEFAULT_BIN_COUNT = 10;
export const MAX_FREEDMAN_DIACONIS_BINS = 50;

export interface BaselineBins {
  /** 'equal-width' over the baseline range; 'constant' when the baseline has a single value. */
  kind: 'equal-width' | 'constant';
  /** Edges of the inner bins, ascending, length innerBinCount + 1 (np.linspace(min, max)). */
  edges: number[];
  /** Number of inner bins (the total number of bins is innerBinCount + 2). */
  innerBinCount: number;
}

export interface BinCounts {
  /** Values below the baseline minimum. */
  underflow: number;
  /** Counts of the inner bins, [e_i, e_i+1) except the last, which is closed like np.histogram. */
  inner: number[];
  /** Values above the baseline maximum. */
  overflow: number;
  /** Finite values counted. */
  total: number;
  /** NaN / +-Infinity values skipped. */
  nonFinite: number;
}

/** np.linspace(start, stop, count + 1) as numpy computes it (i * step + start, last = stop). */
function linspaceEdges(start: number, stop: number, count: number): number[] {
  const step = (stop - start) / count;
  const edges: number[] = [];
  for (let i = 0; i <= count; i++) edges.push(i * step + start);
  edges[count] = stop;
  return edges;
}

/**
 * Freedman-Diaconis bin count for a sorted sample: ceil(range / (2 IQR n^-1/3)), clamped to
 * [1, cap]. Falls back to DEFAULT_BIN_COUNT when the IQR is zero.
 */
export function freedmanDiaconisBinCount(
  sorted: NumericSample,
  cap = MAX_FREEDMAN_DIACONIS_BINS,
): number {
  const n = sorted.length;
  if (n < 2) return 1;
  const range = (sorted[n - 1] as number) - (sorted[0] as number);
  const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
  if (range === 0) return 1;
  if (iqr === 0) return Math.min(DEFAULT_BIN_COUNT, cap);
  const width = 2 * iqr * Math.cbrt(1 / n);
  return Math.max(1, Math.min(cap, Math.ceil(range / width)));
}

/** Fit bins on the baseline's finite values. `binCount` is the number of inner bins. */
export function fitBaselineBins(
  baseline: NumericSample,
  binCount: number = DEFAULT_BIN_COUNT,
): BaselineBins {
  if (!Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError(`bin count must be a positive integer, got ${binCount}`);
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < baseline.length; i++) {
    const v = baseline[i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) {
    throw new RangeError('cannot fit bins: the baseline has no finite values');
  }
  if (min === max) return { kind: 'constant', edges: [min, max], innerBinCount: 1 };
  return { kind: 'equal-width', edges: linspaceEdges(min, max, binCount), innerBinCount: binCount };
}

/** Fit bins with the Freedman-Diaconis count (capped), for callers that prefer it to 10. */
export function fitBaselineBinsFreedmanDiaconis(
  baseline: NumericSample,
  cap = MAX_FREEDMAN_DIACONIS_BINS,
): BaselineBins {
  return fitBaselineBins(baseline, freedmanDiaconisBinCount(sortedFinite(baseline), cap));
}

/** Count any sample's values into baseline bins (np.histogram's index arithmetic for inner bins). */
export function countIntoBins(values: NumericSample, bins: BaselineBins): BinCounts {
  const { edges, innerBinCount } = bins;
  const first = edges[0] as number;
  const last = edges[innerBinCount] as number;
  const inner = new Array<number>(innerBinCount).fill(0);
  const norm = innerBinCount / (last - first);
  let underflow = 0;
  let overflow = 0;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      nonFinite++;
      continue;
    }
    if (v < first) {
      underflow++;
      continue;
    }
    if (v > last) {
      overflow++;
      continue;
    }
    if (bins.kind === 'constant') {
      inner[0]!++;
      continue;
    }
    let index = Math.trunc((v - first) * norm);
    if (index === innerBinCount) index--;
    if (v < (edges[index] as number)) index--;
    else if (index !== innerBinCount - 1 && v >= (edges[index + 1] as number)) index++;
    inner[index]!++;
  }
  const total = values.length - nonFinite;
  return { underflow, inner, overflow, total, nonFinite };
}

/** Counts in display order: [underflow, ...inner, overflow]. */
export function allBinCounts(counts: BinCounts): number[] {
  return [counts.underflow, ...counts.inner, counts.overflow];
}

/** Shares of each bin (count / total), in the order of `counts`; all zero when total is 0. */
export function shares(counts: readonly number[]): number[] {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => (total > 0 ? c / total : 0));
}
