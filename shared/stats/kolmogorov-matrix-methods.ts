/**
 * The two exact algorithms for the CDF of the two-sided one-sample Kolmogorov statistic D_n that
 * scipy's `_kolmogn` switches between (scipy/stats/_ksstats.py):
 * - Durbin's matrix method as Marsaglia, Tsang & Wang compute it (`_kolmogn_DMTW`);
 * - Pomeranz's recursion (`_kolmogn_Pomeranz`).
 * Intermediate values are rescaled by 2^128 and the exponent tracked separately, as scipy does.
 */

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;

function ldexp(x: number, e: number): number {
  // Split the power so that 2^e never overflows or underflows on its own.
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}

function matmul(a: Float64Array, b: Float64Array, m: number) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k] as number;
      if (aik === 0) continue;
      const rowB = k * m;
      const rowOut = i * m;
      for (let j = 0; j < m; j++) out[rowOut + j]! += aik * (b[rowB + j] as number);
    }
  }
  return out;
}

/** P(D_n <= d) by the Durbin matrix (MTW); O(m^3 log n) with m = 2 ceil(nd) - 1. */
export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  let hMat = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1]! *= fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;

  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) hMat[r * m + i] = w[r - (i - 1)] as number;
  }
  for (let r = 0; r < m; r++) hMat[r * m] = v[r] as number;
  for (let c = 0; c < m; c++) hMat[(m - 1) * m + c] = v[m - 1 - c] as number;

  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  const diag = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      power = matmul(power, hMat, m);
      expnt += hExpnt;
    }
    hMat = matmul(hMat, hMat, m);
    hExpnt *= 2;
    if (Math.abs(hMat[diag] as number) > EP128) {
      for (let i = 0; i < hMat.length; i++) hMat[i]! /= EP128;
      hExpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }

  let p = power[diag] as number;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p = ldexp(p, expnt);
  return Math.min(1, Math.max(0, p));
}

function pomeranzBounds(
  i: number,
  n: number,
  ll: number,
  ceilf: number,
  roundf: number,
): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n <= x) by Pomeranz's recursion (convolutions with truncated Poisson weights). */
export function kolmogorovCdfPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = ((gpower[m - 1] as number) * gOverN) / m;
    twogpower[m] = ((twogpower[m - 1] as number) * twoGOverN) / m;
    onem2gpower[m] = ((onem2gpower[m - 1] as number) * oneMinusTwoGOverN) / m;
  }

  let v0 = new Float64Array(npwrs);
  let v1 = new Float64Array(npwrs);
  v1[0] = 1;
  let v0s = 0;
  let v1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0s, v1s] = [v1s, v0s];
    v1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // np.convolve(V0[k1 - V0s : k1 - V0s + ln2], pwrs[:ln2]), entries conv_start.. only.
      const aStart = k1 - v0s;
      const aLen = Math.max(0, Math.min(ln2, npwrs - aStart));
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      for (let c = 0; c < convLen; c++) {
        const tIdx = convStart + c;
        let s = 0;
        const lo = Math.max(0, tIdx - bLen + 1);
        const hi = Math.min(tIdx, aLen - 1);
        for (let q = lo; q <= hi; q++) {
          s += (v0[aStart + q] as number) * (pwrs[tIdx - q] as number);
        }
        v1[c] = s;
      }
      let maxV = -Infinity;
      for (let q = 0; q < npwrs; q++) if ((v1[q] as number) > maxV) maxV = v1[q] as number;
      if (maxV > 0 && maxV < EM128) {
        for (let q = 0; q < npwrs; q++) v1[q]! *= EP128;
        expnt -= E128;
      }
      v1s = v0s + j1 - k1;
    }
  }

  let ans = v1[n - v1s] as number;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ldexp(ans, expnt);
  return Math.min(1, Math.max(0, ans));
}
