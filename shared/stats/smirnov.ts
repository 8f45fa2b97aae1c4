/**
 * Survival function of the one-sided one-sample Kolmogorov-Smirnov statistic D+_n (scipy's
 * `special.smirnov`): the exact Smirnov / Birnbaum-Tingey sum
 *   P(D+_n >= x) = x * sum_{v=0}^{floor(n(1-x))} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v).
 * scipy evaluates the terms in double-double; here each term is formed in log space from exact
 * integer parts, which keeps ~1e-12 relative accuracy for n up to 10^5 and more.
 */

const MIN_LOG = -708.3964185322641;

export function smirnovSf(n: number, x: number): number {
  if (!(Number.isInteger(n) && n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const nx = n * x;
  let nxfl = Math.floor(nx);
  let alpha = nx - nxfl;
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;

  // x <= 1/n: CDF = x (1 + x)^(n-1).
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    return 1 - x * Math.exp((n - 1) * Math.log1p(x));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  // x >= 1 - 1/n: SF = (1 - x)^n.
  if (nxfl >= n - 1) return Math.pow(1 - x, n);

  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  // v = 0 term: (1 - x)^n / x.
  let sum = Math.exp(n * Math.log1p(-x)) / x;
  let logBinomial = Math.log(n); // log C(n, 1)
  for (let v = 1; v < nTerms; v++) {
    // x + v/n = (nxfl + v + alpha)/n and 1 - x - v/n = (n - v - nxfl - alpha)/n, exact parts first.
    const up = (nxfl + v + alpha) / n;
    const logTerm =
      logBinomial + (v - 1) * Math.log(up) + (n - v) * Math.log1p(-(nxfl + v + alpha) / n);
    const term = Math.exp(logTerm);
    if (Number.isFinite(term) && term > 0) sum += term;
    if (term > 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
    logBinomial += Math.log((n - v) / (v + 1));
  }
  const sf = x * sum;
  return Math.min(1, Math.max(0, sf));
}
