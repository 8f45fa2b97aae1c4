/**
 * 1-D Wasserstein (earth mover's) distance, `scipy.stats.wasserstein_distance(u, v)`: the integral
 * of |U(t) - V(t)| over the pooled sorted values, plus Evidently's normed version divided by
 * max(population std of the baseline, 0.001).
 */
import { populationStd, sortedFinite, type NumericSample } from './quantiles';
import { pairwiseSum } from './summation';

export const WASSERSTEIN_STD_FLOOR = 0.001;

/** Wasserstein-1 distance between two samples sorted ascending (no NaN). */
export function wassersteinDistanceSorted(u: NumericSample, v: NumericSample): number {
  const nu = u.length;
  const nv = v.length;
  if (nu === 0 || nv === 0) throw new RangeError('Wasserstein distance needs non-empty samples');
  const total = nu + nv;
  // Walk the pooled sorted values; term k is |U - V| at all[k] times (all[k+1] - all[k]).
  const terms = new Float64Array(total - 1);
  let i = 0;
  let j = 0;
  let cu = 0;
  let cv = 0;
  let prev = NaN;
  for (let k = 0; k < total; k++) {
    const a = i < nu ? (u[i] as number) : Infinity;
    const b = j < nv ? (v[j] as number) : Infinity;
    let value: number;
    if (a <= b) {
      value = a;
      i++;
    } else {
      value = b;
      j++;
    }
    if (k > 0) terms[k - 1] = Math.abs(cu / nu - cv / nv) * (value - prev);
    // searchsorted(side='right'): counts of values <= the current pooled value.
    while (cu < nu && (u[cu] as number) <= value) cu++;
    while (cv < nv && (v[cv] as number) <= value) cv++;
    prev = value;
  }
  return pairwiseSum(terms);
}

/** `scipy.stats.wasserstein_distance(u, v)`; NaN and +-Infinity are dropped. */
export function wassersteinDistance(u: NumericSample, v: NumericSample): number {
  return wassersteinDistanceSorted(sortedFinite(u), sortedFinite(v));
}

/** Evidently's normed Wasserstein: distance / max(np.std(baseline), 0.001). */
export function wassersteinNormed(
  baseline: NumericSample,
  incident: NumericSample,
  floor = WASSERSTEIN_STD_FLOOR,
): number {
  const a = sortedFinite(baseline);
  const b = sortedFinite(incident);
  return wassersteinDistanceSorted(a, b) / Math.max(populationStd(a), floor);
}
