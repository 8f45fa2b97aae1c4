/**
 * Survival function of the one-sided one-sample Kolmogorov-Smirnov statistic D+_n (scipy's
 * `special.smirnov`): the exact Smirnov / Birnbaum-Tingey sum
 *   P(D+_n >= x) = x * sum_{v=0}^{floor(n(1-x))} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v).
 * scipy evaluates the terms in double-double; here each term's log is carried in double-double and
 * advanced by the log of the ratio of consecutive terms (see below).
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
  // x + v/n = (nxfl + v + alpha)/n and 1 - x - v/n = (n - v - nxfl - alpha)/n: exact parts first.
  const up = (v: number): number => (nxfl + v + alpha) / n;
  // Term 0 is (1 - x)^n / x. Later terms follow from the ratio A_{v+1}/A_v, whose log is a sum of
  // small well-conditioned pieces; log A_v is carried in double-double, because evaluating
  // log C(n, v) (~1e5 for n = 1e5) directly would cost ~1e-11 of absolute accuracy per term.
  let logHi = n * Math.log1p(-x) - Math.log(x);
  let logLo = 0;
  const addToLog = (b: number): void => {
    const s = logHi + b;
    const bb = s - logHi;
    logLo += logHi - (s - bb) + (b - bb);
    logHi = s;
  };
  let sum = Math.exp(logHi);
  for (let v = 0; v + 1 < nTerms; v++) {
    const rest = n - nxfl - alpha - v; // n(1 - x) - v
    addToLog(Math.log((n - v) / (v + 1)));
    addToLog(Math.log(up(v + 1)));
    addToLog((v - 1) * Math.log1p(1 / (nxfl + alpha + v)));
    addToLog((n - v - 1) * Math.log1p(-1 / rest));
    addToLog(-Math.log1p(-up(v)));
    const renormalized = logHi + logLo;
    logLo -= renormalized - logHi;
    logHi = renormalized;
    const term = Math.exp(logHi) * (1 + logLo);
    if (Number.isFinite(term) && term > 0) sum += term;
    const j = v + 1;
    if (term > 0) {
      if (4 * (nTerms - j) * term < Number.EPSILON * sum && j !== nTerms - 1) break;
    } else if (j > vmid) {
      break;
    }
  }
  const sf = x * sum;
  return Math.min(1, Math.max(0, sf));
}
