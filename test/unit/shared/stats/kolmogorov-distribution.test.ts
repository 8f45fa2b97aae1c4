import { describe, expect, it } from 'vitest';
import { kolmogn, kolmogorovSf } from '../../../../shared/stats/kolmogorov-distribution';
import {
  kolmogorovCdfDurbin,
  kolmogorovCdfPomeranz,
} from '../../../../shared/stats/kolmogorov-matrix-methods';
import { expectClose, oracles } from './oracles';

describe('kolmogn (scipy kstwo)', () => {
  it.each(oracles.kstwo)('n=%d x=%d: cdf and sf match scipy', (n, x, cdf, sf) => {
    expectClose(kolmogn(n, x, true), cdf, 1e-12, 1e-300);
    expectClose(kolmogn(n, x, false), sf, 1e-11, 1e-300);
    expectClose(kolmogorovSf(n, x), sf, 1e-11, 1e-300);
  });

  it('has the Ruben-Gambino closed forms at both ends', () => {
    // 1/(2n) < x <= 1/n: n!/n^n (2nx - 1)^n.
    const n = 6;
    const x = 0.15;
    let expected = 1;
    for (let i = 1; i <= n; i++) expected *= (i / n) * (2 * n * x - 1);
    expectClose(kolmogn(n, x), expected, 1e-14);
    // x >= 1 - 1/n: P(D_n > x) = 2 (1 - x)^n.
    expectClose(kolmogn(10, 0.95, false), 2 * 0.05 ** 10, 1e-13);
    expect(kolmogn(10, 0.04)).toBe(0);
    expect(kolmogn(10, 1, false)).toBe(0);
    expect(kolmogn(10, 0, false)).toBe(1);
  });

  it('Durbin and Pomeranz agree where both apply', () => {
    for (const [n, x] of [
      [20, 0.1],
      [50, 0.12],
      [100, 0.08],
      [7, 0.3],
    ] as const) {
      expectClose(kolmogorovCdfDurbin(n, x), kolmogorovCdfPomeranz(n, x), 1e-12);
    }
  });

  it('is a CDF: monotone in x, and cdf + sf = 1 up to the approximations scipy makes', () => {
    // For n > 140 scipy takes the tail from 2 * smirnov, which leaves out the (tiny) probability
    // that both one-sided statistics exceed x; its cdf + sf is then 1 only to ~1e-7.
    for (const [n, tolerance] of [
      [30, 1e-13],
      [500, 1e-7],
      [20000, 1e-7],
    ] as const) {
      let previous = 0;
      for (let x = 0.001; x < 0.5; x += 0.007) {
        const c = kolmogn(n, x);
        expect(c).toBeGreaterThanOrEqual(previous - 1e-12);
        expectClose(c + kolmogn(n, x, false), 1, tolerance);
        previous = c;
      }
    }
  });

  it("keeps scipy's cdf + sf at the method switch (n = 500, x = 0.07)", () => {
    // scipy 1.10: kstwo.cdf(0.07, 500) + kstwo.sf(0.07, 500) = 0.9999999677058835.
    expectClose(kolmogn(500, 0.07) + kolmogn(500, 0.07, false), 0.9999999677058835, 1e-12);
  });

  it('rejects a non-integral n', () => {
    expect(Number.isNaN(kolmogn(2.5, 0.3))).toBe(true);
    expect(Number.isNaN(kolmogn(0, 0.3))).toBe(true);
  });
});
