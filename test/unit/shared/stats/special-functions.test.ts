import { describe, expect, it } from 'vitest';
import {
  chiSquareSf,
  erf,
  erfc,
  lnGamma,
  normalCdf,
  normalSf,
  regularizedGammaP,
  regularizedGammaQ,
  roundHalfEven,
} from '../../../../shared/stats/special-functions';
import { expectClose, oracles } from './oracles';

describe('lnGamma', () => {
  it.each(oracles.gammaln)('matches scipy gammaln(%d)', (x, expected) => {
    expectClose(lnGamma(x), expected, 1e-14, 1e-15);
  });

  it('is exact at the integers whose gamma is 1 and rejects x <= 0', () => {
    expect(lnGamma(1)).toBe(0);
    expect(lnGamma(2)).toBe(0);
    expect(() => lnGamma(0)).toThrow(/x > 0/);
  });

  it('satisfies Gamma(x+1) = x Gamma(x)', () => {
    for (const x of [0.3, 1.7, 4.2, 19.5, 140.25]) {
      expectClose(lnGamma(x + 1), lnGamma(x) + Math.log(x), 1e-14, 1e-14);
    }
  });
});

describe('regularized incomplete gamma', () => {
  it.each(oracles.gammaincc)('Q(%d, %d) and P match scipy', (a, x, q, p) => {
    expectClose(regularizedGammaQ(a, x), q, 1e-12);
    expectClose(regularizedGammaP(a, x), p, 1e-12);
  });

  it('Q(1, x) = e^-x and P + Q = 1', () => {
    for (const x of [0.01, 0.5, 2, 10, 50]) {
      expectClose(regularizedGammaQ(1, x), Math.exp(-x), 1e-14);
      expectClose(regularizedGammaP(3.3, x) + regularizedGammaQ(3.3, x), 1, 1e-14);
    }
  });

  it('handles the ends of the range', () => {
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
    expect(() => regularizedGammaQ(0, 1)).toThrow(RangeError);
  });
});

describe('chiSquareSf', () => {
  it.each(oracles.chi2_sf)('chi2.sf(%d, %d) matches scipy', (x, k, expected) => {
    expectClose(chiSquareSf(x, k), expected, 1e-12);
  });

  it('equals the closed forms for 1 and 2 degrees of freedom', () => {
    for (const x of [0.2, 1, 3.84, 9]) {
      expectClose(chiSquareSf(x, 2), Math.exp(-x / 2), 1e-14);
      expectClose(chiSquareSf(x, 1), erfc(Math.sqrt(x / 2)), 1e-13);
    }
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(-1, 3)).toBe(1);
  });
});

describe('erf, erfc and the normal distribution', () => {
  it.each(oracles.erfc)('erfc(%d) matches scipy', (x, expected) => {
    expectClose(erfc(x), expected, 2e-15, 1e-300);
  });

  it.each(oracles.ndtr)('ndtr(%d) matches scipy', (z, expected) => {
    expectClose(normalCdf(z), expected, 5e-15);
    expectClose(normalSf(-z), expected, 5e-15);
  });

  it('erf is odd and erf + erfc = 1', () => {
    for (const x of [0.1, 0.8, 1.25, 2.2, 4]) {
      expectClose(erf(-x), -erf(x), 1e-16);
      expectClose(erf(x) + erfc(x), 1, 1e-15);
    }
    expect(erf(0)).toBe(0);
    expect(Number.isNaN(erfc(NaN))).toBe(true);
  });

  it('knows the familiar 1.96', () => {
    expectClose(2 * normalSf(1.959963984540054), 0.05, 1e-13);
  });
});

describe('roundHalfEven (numpy round)', () => {
  it('sends halves to the even neighbour', () => {
    expect([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5].map(roundHalfEven)).toEqual([
      0, 2, 2, 4, -0, -2, -2,
    ]);
    expect(roundHalfEven(59.82)).toBe(60);
    expect(roundHalfEven(2.4999)).toBe(2);
  });
});
