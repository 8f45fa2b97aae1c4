/**
 * Multiple-testing corrections of p-values, as statsmodels' `multipletests(p, method=...)`:
 * 'bonferroni' and 'fdr_bh' (Benjamini-Hochberg). Adjusted p-values keep the input order.
 */

export type CorrectionMethod = 'none' | 'bonferroni' | 'benjamini-hochberg';

export interface CorrectedPValues {
  method: CorrectionMethod;
  /** Adjusted p-values, in the order of the input. */
  adjusted: number[];
  /** Which hypotheses are rejected at `alpha` under the method. */
  reject: boolean[];
  alpha: number;
}

function check(pValues: readonly number[]): void {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value #${i} must be in [0, 1], got ${p}`);
  });
}

/** min(p * m, 1); reject when p <= alpha / m. */
export function bonferroni(pValues: readonly number[], alpha = 0.05): CorrectedPValues {
  check(pValues);
  const m = pValues.length;
  return {
    method: 'bonferroni',
    adjusted: pValues.map((p) => Math.min(p * m, 1)),
    reject: pValues.map((p) => p <= alpha / m),
    alpha,
  };
}

/**
 * Benjamini-Hochberg step-up: sorted p_(i) / (i/m), then a running minimum from the largest down,
 * capped at 1. Reject every hypothesis up to the largest i with p_(i) <= (i/m) alpha.
 */
export function benjaminiHochberg(pValues: readonly number[], alpha = 0.05): CorrectedPValues {
  check(pValues);
  const m = pValues.length;
  const order = pValues
    .map((_, i) => i)
    .sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  const sorted = order.map((i) => pValues[i] as number);
  const ecdf = sorted.map((_, i) => (i + 1) / m);
  const raw = sorted.map((p, i) => p / (ecdf[i] as number));
  const adjustedSorted = new Array<number>(m);
  let running = Infinity;
  for (let i = m - 1; i >= 0; i--) {
    running = Math.min(running, raw[i] as number);
    adjustedSorted[i] = Math.min(running, 1);
  }
  let lastReject = -1;
  sorted.forEach((p, i) => {
    if (p <= (ecdf[i] as number) * alpha) lastReject = i;
  });
  const adjusted = new Array<number>(m);
  const reject = new Array<boolean>(m);
  order.forEach((original, rank) => {
    adjusted[original] = adjustedSorted[rank] as number;
    reject[original] = rank <= lastReject;
  });
  return { method: 'benjamini-hochberg', adjusted, reject, alpha };
}

export function correctPValues(
  pValues: readonly number[],
  method: CorrectionMethod,
  alpha = 0.05,
): CorrectedPValues {
  if (method === 'bonferroni') return bonferroni(pValues, alpha);
  if (method === 'benjamini-hochberg') return benjaminiHochberg(pValues, alpha);
  check(pValues);
  return { method: 'none', adjusted: [...pValues], reject: pValues.map((p) => p <= alpha), alpha };
}
