import { describe, expect, it } from 'vitest';
import { ks2Samp, ks2SampSorted } from '../../../../shared/stats/ks';
import { pairwiseSum } from '../../../../shared/stats/summation';
import { expectClose, lcgSample, oracles } from './oracles';

describe('ks2Samp: the oracle values of the method note (scipy 1.17)', () => {
  it('disjoint samples: D = 1, exact p = 0.007936507936507936', () => {
    const r = ks2Samp([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(r.statistic).toBe(1);
    expectClose(r.pValue, 0.007936507936507936, 1e-14);
    expect(r.method).toBe('exact');
  });

  it('ties: D = 1/3, p = 0.9307359307359307', () => {
    const r = ks2Samp([1, 1, 2, 2, 3, 3], [2, 2, 3, 3, 4, 4]);
    expectClose(r.statistic, 1 / 3, 1e-15);
    expectClose(r.pValue, 0.9307359307359307, 1e-14);
  });
});

describe(`ks2Samp against scipy ${oracles.scipy}`, () => {
  it.each(oracles.ks_2samp.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = ks2Samp(c.a, c.b);
    expectClose(r.statistic, c.statistic, 1e-15);
    expectClose(r.pValue, c.pvalue, 1e-12, 1e-300);
    expect(r.location).toBe(c.location);
    expect(r.sign).toBe(c.sign);
  });
});

describe('ks2Samp on generated samples (exact up to 10,000, kstwo beyond)', () => {
  it.each(oracles.ks_2samp_generated.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const a = lcgSample(c.a);
    const b = lcgSample(c.b);
    // The replayed samples are the ones scipy saw.
    expect([a[0], b[0]]).toEqual(c.first);
    expect([pairwiseSum(a), pairwiseSum(b)]).toEqual(c.sum);
    const r = ks2Samp(a, b);
    expect(r.method).toBe(Math.max(a.length, b.length) <= 10_000 ? 'exact' : 'asymptotic');
    expectClose(r.statistic, c.statistic, 1e-14);
    expectClose(r.pValue, c.pvalue, 1e-11);
    expect(r.location).toBe(c.location);
    expect(r.sign).toBe(c.sign);
  });
});

describe('ks2Samp behaviour', () => {
  it('is symmetric in D and p, flips the sign, and ignores input order', () => {
    const a = [0.3, 2.5, 1.1, 4.0, 3.3, 0.9, 2.2];
    const b = [1.9, 5.1, 4.4, 3.6, 2.8];
    const ab = ks2Samp(a, b);
    const ba = ks2Samp(b, a);
    expect(ba.statistic).toBe(ab.statistic);
    expect(ba.pValue).toBe(ab.pValue);
    expect(ba.sign).toBe(-ab.sign);
    expect(ks2Samp([...a].reverse(), b)).toEqual(ab);
  });

  it('accepts pre-sorted typed arrays and checks that they are sorted', () => {
    const a = Float64Array.from([1, 2, 3, 4]);
    const b = Float64Array.from([2.5, 3.5, 4.5]);
    expect(ks2Samp(a, b, { presorted: true })).toEqual(ks2Samp([4, 3, 2, 1], [4.5, 2.5, 3.5]));
    expect(() => ks2Samp([2, 1], [1, 2], { presorted: true })).toThrow(/ascending/);
  });

  it('drops NaN and infinities instead of propagating them', () => {
    const r = ks2Samp([1, NaN, 2, 3, Infinity], [2, 3, 4]);
    expect(r.n1).toBe(3);
    expect(r).toEqual(ks2Samp([1, 2, 3], [2, 3, 4]));
  });

  it('can be forced to the asymptotic p, which uses n = round(n1 n2 / (n1 + n2))', () => {
    // scipy: ks_2samp(..., method='asymp') gives p = 0.0 here (kstwo.sf(1, 2)) and
    // 0.005830903790087456 for the second pair.
    const r = ks2Samp([1, 2, 3, 4, 5], [6, 7, 8, 9, 10], { method: 'asymptotic' });
    expect(r.method).toBe('asymptotic');
    expect(r.effectiveN).toBe(2); // round(2.5) = 2, numpy rounds halves to even
    expect(r.pValue).toBe(0);
    const r2 = ks2Samp([1, 2, 3, 4, 5, 6], [3.5, 7, 8, 9, 10, 11, 12], { method: 'asymptotic' });
    expectClose(r2.statistic, 0.8571428571428572, 1e-15);
    expectClose(r2.pValue, 0.005830903790087456, 1e-12);
  });

  it('refuses an empty sample with a message naming both sizes', () => {
    expect(() => ks2SampSorted([], [1])).toThrow(/0 baseline and 1 incident/);
  });

  it('handles 200k + 200k values with one sort and a merge walk', () => {
    const spec = { seed: 21, n: 200_000, kind: 'irwin-hall4' as const, scale: 1, shift: 0 };
    const a = lcgSample(spec);
    const b = lcgSample({ ...spec, seed: 22, shift: 0.01 });
    const r = ks2Samp(a, b);
    expect(r.method).toBe('asymptotic');
    expect(r.effectiveN).toBe(100_000);
    expect(r.statistic).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThan(0.01);
  });
});
