import { describe, expect, it } from 'vitest';
import {
  distinctCountMerged,
  distinctCountSorted,
  isSortedAscending,
  mean,
  populationStd,
  quantile,
  quantileSorted,
  sortedFinite,
  summarize,
} from '../../../../shared/stats/quantiles';
import { expectClose, oracles } from './oracles';

describe(`quantile, mean and std against numpy ${oracles.numpy}`, () => {
  it.each(oracles.quantiles.map((c) => [c.x.length, c] as const))('n = %d', (_, c) => {
    c.q.forEach((q, i) => expectClose(quantile(c.x, q), c.values[i]!, 1e-15));
    expectClose(mean(c.x), c.mean, 1e-15);
    expectClose(populationStd(c.x), c.std, 1e-14);
  });
});

describe('quantile (numpy linear interpolation)', () => {
  it('interpolates between order statistics at (n - 1) q', () => {
    const x = [10, 1, 4, 7];
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 1)).toBe(10);
    expect(quantile(x, 0.5)).toBe(5.5);
    expect(quantile(x, 0.25)).toBe(3.25);
    expect(quantileSorted([2], 0.7)).toBe(2);
  });

  it('rejects empty samples and q outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(/empty/);
    expect(() => quantile([1], 1.5)).toThrow(/\[0, 1\]/);
  });
});

describe('mean and population std', () => {
  it('uses ddof = 0', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expectClose(populationStd([1, 2, 3, 4]), Math.sqrt(1.25), 1e-15);
    expect(populationStd([5, 5, 5])).toBe(0);
  });
});

describe('summarize', () => {
  it('summarises finite values and counts the others', () => {
    const s = summarize([3, NaN, 1, 2, Infinity, 2]);
    expect(s).toMatchObject({ count: 4, nonFinite: 2, min: 1, max: 3, median: 2, distinct: 3 });
    expectClose(s.mean!, 2, 1e-15);
    expectClose(s.std!, Math.sqrt(0.5), 1e-15);
    expect(s.p25).toBe(1.75);
  });

  it('returns nulls for an empty sample', () => {
    expect(summarize([NaN])).toMatchObject({ count: 0, nonFinite: 1, mean: null, median: null });
  });
});

describe('helpers', () => {
  it('sorts a finite copy, checks order and counts distinct values', () => {
    expect(Array.from(sortedFinite([3, NaN, -1, 2]))).toEqual([-1, 2, 3]);
    expect(isSortedAscending([1, 1, 2])).toBe(true);
    expect(isSortedAscending([1, NaN])).toBe(false);
    expect(distinctCountSorted([1, 1, 2, 5, 5, 5])).toBe(3);
    expect(distinctCountMerged([1, 1, 2, 5], [0, 2, 2, 6, 6])).toBe(5);
    expect(distinctCountMerged([], [3, 3])).toBe(1);
  });
});
