/**
 * Exact two-sided p-value of the two-sample Kolmogorov-Smirnov statistic by lattice-path counting,
 * ported from scipy (`_compute_prob_outside_square` for n1 == n2 and Viehmann's
 * `_compute_outer_prob_inside_method` otherwise, scipy/stats/_stats_py.py and _stats_pythran.py).
 */
import { roundHalfEven } from './special-functions';

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** P(D_{n,n} >= h/n): Horner-like alternating sum, free of subtractive cancellation. */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
    k--;
  }
  return 2 * p;
}

/**
 * Proportion of lattice paths from (0,0) to (m,n) leaving the band |x/m - y/n| < h/lcm(m, n),
 * computed directly as 1 - inside (Viehmann 2021) so small p-values keep their precision.
 */
export function outerProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    const shift = minj - lastminj;
    const width = maxj - minj;
    for (let jj = 0, j = minj; jj < width; jj++, j++) {
      val = ((a[jj + shift] as number) * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1] as number;
}

export interface ExactKsResult {
  /** false when the computation left [0, 1] (scipy then falls back to the asymptotic p). */
  ok: boolean;
  /** D rounded to the lattice, h / lcm(n1, n2), as scipy reports it. */
  statistic: number;
  pValue: number;
}

/** scipy `_attempt_exact_2kssamp` for the two-sided alternative. */
export function exactKsPValue(n1: number, n2: number, d: number): ExactKsResult {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { ok: true, statistic, pValue: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
  const ok = Number.isFinite(p) && p >= 0 && p <= 1;
  return { ok, statistic, pValue: p };
}
