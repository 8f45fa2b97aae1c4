/**
 * Quantiles (numpy's default 'linear' method), mean and population standard deviation, computed the
 * way numpy does (pairwise sums, two-pass variance) so summaries agree with a notebook.
 */
import { pairwiseSum } from './summation';

export type NumericSample = ArrayLike<number>;

/** Sorted Float64Array copy of the finite values of `values` (NaN and +-Infinity are dropped). */
export function sortedFinite(values: NumericSample): Float64Array {
  const out = new Float64Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) out[k++] = v;
  }
  return out.subarray(0, k).sort();
}

/** True when `values` is in non-decreasing order (what the *Sorted functions require). */
export function isSortedAscending(values: NumericSample): boolean {
  for (let i = 1; i < values.length; i++) {
    if (!((values[i - 1] as number) <= (values[i] as number))) return false;
  }
  return true;
}

/** numpy `_lerp`: a + (b-a)t, or b - (b-a)(1-t) when t >= 0.5, to stay exact at both ends. */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** `np.quantile(sorted, q)` (method 'linear') of an ascending sample; q in [0, 1]. */
export function quantileSorted(sorted: NumericSample, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile q must be in [0, 1], got ${q}`);
  const virtualIndex = (n - 1) * q;
  const below = Math.floor(virtualIndex);
  const above = Math.min(below + 1, n - 1);
  const gamma = virtualIndex - below;
  return lerp(sorted[below] as number, sorted[above] as number, gamma);
}

/** `np.quantile(values, q)` for finite values (unsorted input is copied and sorted). */
export function quantile(values: NumericSample, q: number): number {
  return quantileSorted(sortedFinite(values), q);
}

/** `np.mean`. */
export function mean(values: NumericSample): number {
  if (values.length === 0) throw new RangeError('mean of an empty sample');
  return pairwiseSum(values) / values.length;
}

/** `np.std(values)` (ddof = 0, the population standard deviation), two-pass like numpy. */
export function populationStd(values: NumericSample): number {
  const n = values.length;
  const m = mean(values);
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    squares[i] = d * d;
  }
  return Math.sqrt(pairwiseSum(squares) / n);
}

export interface NumericSummary {
  /** Finite values summarised. */
  count: number;
  /** Values dropped because they were NaN or +-Infinity. */
  nonFinite: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Population standard deviation (ddof = 0). */
  std: number | null;
  p05: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p95: number | null;
  distinct: number;
}

/** Count of distinct values in an ascending sample. */
export function distinctCountSorted(sorted: NumericSample): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  }
  return count;
}

/** Count of distinct values over two ascending samples together (a merge walk, no pooled sort). */
export function distinctCountMerged(a: NumericSample, b: NumericSample): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length || j < b.length) {
    const va = i < a.length ? (a[i] as number) : Infinity;
    const vb = j < b.length ? (b[j] as number) : Infinity;
    const v = va <= vb ? va : vb;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    count++;
  }
  return count;
}

/** Summary of a sample's finite values; statistics are null when there are none. */
export function summarize(values: NumericSample): NumericSummary {
  const sorted = sortedFinite(values);
  const n = sorted.length;
  const nonFinite = values.length - n;
  if (n === 0) {
    return {
      count: 0,
      nonFinite,
      min: null,
      max: null,
      mean: null,
      std: null,
      p05: null,
      p25: null,
      median: null,
      p75: null,
      p95: null,
      distinct: 0,
    };
  }
  return {
    count: n,
    nonFinite,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    mean: mean(sorted),
    std: populationStd(sorted),
    p05: quantileSorted(sorted, 0.05),
    p25: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    distinct: distinctCountSorted(sorted),
  };
}
