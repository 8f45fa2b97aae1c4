import { describe, expect, it } from 'vitest';
import { pairwiseSum } from '../../../../shared/stats/summation';
import { lcgSample, oracles } from './oracles';

describe('pairwiseSum (np.sum)', () => {
  it('reproduces numpy bit for bit on samples of 60 to 200,000 values', () => {
    for (const c of oracles.ks_2samp_generated) {
      expect(pairwiseSum(lcgSample(c.a))).toBe(c.sum[0]);
      expect(pairwiseSum(lcgSample(c.b))).toBe(c.sum[1]);
    }
  });

  it('sums short arrays left to right and is more accurate than a naive loop on long ones', () => {
    expect(pairwiseSum([1, 2, 3])).toBe(6);
    expect(pairwiseSum([])).toBe(0);
    const values = new Float64Array(1_000_000).fill(0.1);
    let naive = 0;
    for (const v of values) naive += v;
    const exact = 100000; // 1e6 * fl(0.1) = 100000.0000000000055..., which rounds to 1e5
    expect(Math.abs(pairwiseSum(values) - exact)).toBeLessThan(Math.abs(naive - exact));
  });
});
