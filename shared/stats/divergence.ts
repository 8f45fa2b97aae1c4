/**
 * Distances between two binned distributions: the Population Stability Index (Evidently's
 * definition, empty bins floored) and the Jensen-Shannon distance
 * (`scipy.spatial.distance.jensenshannon`).
 */
import { pairwiseSum } from './summation';

/** Evidently replaces empty-bin shares with this before taking logs. */
export const PSI_EMPTY_BIN_FLOOR = 1e-4;

function checkPair(a: readonly number[], b: readonly number[], what: string): void {
  if (a.length !== b.length) {
    throw new RangeError(`${what}: distributions have ${a.length} and ${b.length} bins`);
  }
  if (a.length === 0) throw new RangeError(`${what}: no bins`);
  for (const v of [...a, ...b]) {
    if (!(v >= 0) || !Number.isFinite(v)) {
      throw new RangeError(`${what}: bin shares must be finite and >= 0, got ${v}`);
    }
  }
}

/**
 * PSI = sum over bins of (incident - baseline) * ln(incident / baseline), with shares (not counts)
 * as input and zero shares replaced by `floor` (Evidently: 1e-4; shares are not renormalized).
 */
export function psi(
  baselineShares: readonly number[],
  incidentShares: readonly number[],
  floor = PSI_EMPTY_BIN_FLOOR,
): number {
  checkPair(baselineShares, incidentShares, 'PSI');
  const terms = baselineShares.map((b0, i) => {
    const b = b0 === 0 ? floor : b0;
    const c0 = incidentShares[i] as number;
    const c = c0 === 0 ? floor : c0;
    return (c - b) * Math.log(c / b);
  });
  return pairwiseSum(terms);
}

/** scipy.special.rel_entr: x ln(x/y), 0 when x = 0. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/**
 * Jensen-Shannon distance sqrt((KL(p||m) + KL(q||m)) / 2), m = (p+q)/2, natural log unless `base`
 * is given (base 2 bounds it by 1). Inputs are normalized to sum 1 first, so counts work too.
 */
export function jensenShannonDistance(
  p0: readonly number[],
  q0: readonly number[],
  base?: number,
): number {
  checkPair(p0, q0, 'Jensen-Shannon');
  const ps = pairwiseSum(p0);
  const qs = pairwiseSum(q0);
  if (ps === 0 || qs === 0) throw new RangeError('Jensen-Shannon: a distribution sums to zero');
  const p = p0.map((v) => v / ps);
  const q = q0.map((v) => v / qs);
  const m = p.map((v, i) => (v + (q[i] as number)) / 2);
  const left = pairwiseSum(p.map((v, i) => relEntr(v, m[i] as number)));
  const right = pairwiseSum(q.map((v, i) => relEntr(v, m[i] as number)));
  let js = left + right;
  if (base !== undefined) {
    if (!(base > 0) || base === 1) throw new RangeError(`Jensen-Shannon: invalid log base ${base}`);
    js /= Math.log(base);
  }
  // Rounding can leave a tiny negative sum for identical inputs; the distance is then 0.
  return Math.sqrt(Math.max(0, js / 2));
}
