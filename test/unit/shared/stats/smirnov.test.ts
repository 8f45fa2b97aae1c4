import { describe, expect, it } from 'vitest';
import { smirnovSf } from '../../../../shared/stats/smirnov';
import { expectClose, oracles } from './oracles';

/** P(D+_n >= x) by brute force over the Birnbaum-Tingey sum with exact binomials (small n). */
function birnbaumTingey(n: number, x: number): number {
  let sum = 0;
  let c = 1;
  for (let v = 0; v <= Math.floor(n * (1 - x)); v++) {
    sum += c * (x + v / n) ** (v - 1) * (1 - x - v / n) ** (n - v);
    c = (c * (n - v)) / (v + 1);
  }
  return x * sum;
}

describe('smirnovSf (scipy.special.smirnov)', () => {
  it.each(oracles.smirnov)('smirnov(%d, %d) matches scipy', (n, x, expected) => {
    expectClose(smirnovSf(n, x), expected, 1e-12, 1e-300);
  });

  it('equals the plain Birnbaum-Tingey sum for small n', () => {
    for (const [n, x] of [
      [3, 0.4],
      [7, 0.22],
      [12, 0.31],
      [25, 0.17],
    ] as const) {
      expectClose(smirnovSf(n, x), birnbaumTingey(n, x), 1e-13);
    }
  });

  it('handles the edges of its domain', () => {
    expect(smirnovSf(10, 0)).toBe(1);
    expect(smirnovSf(10, 1)).toBe(0);
    expect(smirnovSf(1, 0.25)).toBe(0.75);
    expectClose(smirnovSf(10, 0.05), 1 - 0.05 * 1.05 ** 9, 1e-14);
    expectClose(smirnovSf(10, 0.95), 0.05 ** 10, 1e-12);
    expect(Number.isNaN(smirnovSf(10, 1.5))).toBe(true);
  });
});
