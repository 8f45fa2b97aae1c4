import { describe, expect, it } from 'vitest';
import {
  exactKsPValue,
  gcd,
  outerProbInsideMethod,
  probOutsideSquare,
} from '../../../../shared/stats/ks-exact';
import { expectClose } from './oracles';

/**
 * Brute force from the definition: every arrangement of m x's and n y's is equally likely under
 * H0; count those whose max |i/m - j/n| along the path reaches h/lcm.
 */
function bruteForceP(m: number, n: number, h: number): number {
  const lcm = (m / gcd(m, n)) * n;
  let hits = 0;
  let total = 0;
  const walk = (i: number, j: number, reached: boolean): void => {
    const here = reached || Math.abs(i * (lcm / m) - j * (lcm / n)) >= h;
    if (i === m && j === n) {
      total++;
      if (here) hits++;
      return;
    }
    if (i < m) walk(i + 1, j, here);
    if (j < n) walk(i, j + 1, here);
  };
  walk(0, 0, false);
  return hits / total;
}

describe('exact two-sample KS p-value', () => {
  it('matches path enumeration for equal sizes', () => {
    for (const [n, h] of [
      [5, 5],
      [6, 2],
      [7, 3],
      [8, 1],
    ] as const) {
      expectClose(probOutsideSquare(n, h), bruteForceP(n, n, h), 1e-13);
    }
  });

  it('matches path enumeration for unequal sizes', () => {
    for (const [m, n, h] of [
      [5, 3, 7],
      [6, 4, 6],
      [9, 4, 20],
      [7, 5, 10],
      [3, 8, 12],
    ] as const) {
      expectClose(outerProbInsideMethod(m, n, gcd(m, n), h), bruteForceP(m, n, h), 1e-13);
    }
  });

  it('rounds D to the lattice h / lcm, as scipy reports it', () => {
    const r = exactKsPValue(6, 4, 0.41666666666666674);
    expect(r.statistic).toBe(5 / 12);
    expect(r.ok).toBe(true);
    expect(exactKsPValue(3, 3, 0)).toEqual({ ok: true, statistic: 0, pValue: 1 });
  });

  it('gives the note oracle for disjoint samples of five: 2 / C(10, 5)', () => {
    expectClose(exactKsPValue(5, 5, 1).pValue, 2 / 252, 1e-15);
  });
});
