import { describe, expect, it } from 'vitest';
import { cohensH, twoProportionZTest } from '../../../../shared/stats/proportions';
import { expectClose, oracles } from './oracles';

describe('twoProportionZTest', () => {
  it('gives the note oracle: 30/100 vs 45/100', () => {
    const r = twoProportionZTest(30, 100, 45, 100);
    expectClose(r.zStatistic, -2.1908902300206647, 1e-15);
    expectClose(r.pValue, 0.02845973691631055, 1e-14);
    expectClose(r.difference, -0.15, 1e-15);
  });

  it.each(oracles.ztest.map((c) => [`${c.x1}/${c.n1} vs ${c.x2}/${c.n2}`, c] as const))(
    'matches the pooled formula with scipy norm.sf: %s',
    (_, c) => {
      const r = twoProportionZTest(c.x1, c.n1, c.x2, c.n2);
      expectClose(r.zStatistic, c.z, 1e-14);
      expectClose(r.pValue, c.p, 1e-13, 1e-300);
      expectClose(r.cohensH, c.h, 1e-14);
    },
  );

  it('keeps tiny p-values that 1 - Phi(|z|) would round to 0', () => {
    const r = twoProportionZTest(100, 1000, 900, 1000);
    expect(r.pValue).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThan(1e-200);
  });

  it('reports no difference when both windows are all one value', () => {
    expect(twoProportionZTest(10, 10, 5, 5)).toMatchObject({ zStatistic: 0, pValue: 1 });
    expect(cohensH(0.5, 0.5)).toBe(0);
    expectClose(cohensH(1, 0), Math.PI, 1e-15);
  });

  it('names the bad count', () => {
    expect(() => twoProportionZTest(11, 10, 1, 5)).toThrow(/baseline successes/);
    expect(() => twoProportionZTest(1, 10, 1, 0)).toThrow(/incident size/);
  });
});
