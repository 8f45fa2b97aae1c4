/**
 * Two-proportion z test with the pooled standard error (Evidently's `z` stat test,
 * statsmodels' proportions_ztest), and the effect sizes that go beside it.
 */
import { normalSf } from './special-functions';

export interface TwoProportionResult {
  /** (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)), P the pooled proportion; 0 when both are 0 or 1. */
  zStatistic: number;
  /** Two-sided p = 2 (1 - Phi(|z|)), computed as erfc(|z| / sqrt 2) to keep small values exact. */
  pValue: number;
  baselineProportion: number;
  incidentProportion: number;
  /** baselineProportion - incidentProportion. */
  difference: number;
  /** Cohen's h = 2 asin(sqrt p1) - 2 asin(sqrt p2). */
  cohensH: number;
}

function checkCounts(successes: number, n: number, label: string): void {
  if (!Number.isInteger(n) || n <= 0) {
    throw new RangeError(`${label} size must be a positive integer, got ${n}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`${label} successes must be an integer in [0, ${n}], got ${successes}`);
  }
}

export function cohensH(p1: number, p2: number): number {
  return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
}

export function twoProportionZTest(
  baselineSuccesses: number,
  baselineSize: number,
  incidentSuccesses: number,
  incidentSize: number,
): TwoProportionResult {
  checkCounts(baselineSuccesses, baselineSize, 'baseline');
  checkCounts(incidentSuccesses, incidentSize, 'incident');
  const n1 = baselineSize;
  const n2 = incidentSize;
  const p1 = baselineSuccesses / n1;
  const p2 = incidentSuccesses / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // se = 0 only when both windows are all successes or all failures: no difference to test.
  const z = se === 0 ? 0 : (p1 - p2) / se;
  const pValue = se === 0 ? 1 : 2 * normalSf(Math.abs(z));
  return {
    zStatistic: z,
    pValue: Math.min(1, pValue),
    baselineProportion: p1,
    incidentProportion: p2,
    difference: p1 - p2,
    cohensH: cohensH(p1, p2),
  };
}
