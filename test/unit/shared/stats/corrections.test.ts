import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  bonferroni,
  correctPValues,
} from '../../../../shared/stats/corrections';
import { expectClose, oracles } from './oracles';

describe('Benjamini-Hochberg', () => {
  it('follows the step-up formula on a hand-derived case', () => {
    // Sorted: 0.005, 0.01, 0.03, 0.04 with m = 4 -> raw p*m/i = 0.02, 0.02, 0.04, 0.04.
    const r = benjaminiHochberg([0.04, 0.005, 0.03, 0.01]);
    r.adjusted.forEach((v, i) => expectClose(v, [0.04, 0.02, 0.04, 0.02][i]!, 1e-15));
    expect(r.reject).toEqual([true, true, true, true]);
  });

  it('takes the running minimum from the top', () => {
    // Sorted 0.01, 0.5, 0.9: raw 0.03, 0.75, 0.9 (already increasing).
    const r = benjaminiHochberg([0.9, 0.01, 0.5]);
    r.adjusted.forEach((v, i) => expectClose(v, [0.9, 0.03, 0.75][i]!, 1e-15));
    expect(r.reject).toEqual([false, true, false]);
    // Sorted 0.02, 0.025: raw 0.04, 0.025 -> the smaller later value pulls the first down.
    const pulled = benjaminiHochberg([0.025, 0.02]);
    pulled.adjusted.forEach((v) => expectClose(v, 0.025, 1e-15));
    expect(benjaminiHochberg([1, 1]).adjusted).toEqual([1, 1]);
  });

  it('rejects everything up to the largest passing rank, even a p above its own line', () => {
    // Lines (i/m) alpha: 0.0125, 0.025, 0.0375, 0.05. p_(2) = 0.03 misses its line but p_(3) passes.
    const r = benjaminiHochberg([0.001, 0.03, 0.031, 0.5]);
    expect(r.reject).toEqual([true, true, true, false]);
  });
});

describe('Bonferroni', () => {
  it('multiplies by m, caps at 1, rejects at alpha / m', () => {
    const r = bonferroni([0.01, 0.02, 0.3], 0.05);
    r.adjusted.forEach((v, i) => expectClose(v, [0.03, 0.06, 0.9][i]!, 1e-15));
    expect(r.reject).toEqual([true, false, false]);
    expect(bonferroni([0.6, 0.7]).adjusted).toEqual([1, 1]);
  });
});

describe.runIf(oracles.multipletests)(`statsmodels ${oracles.statsmodels} multipletests`, () => {
  it.each((oracles.multipletests ?? []).map((c) => [c.p.length, c] as const))(
    '%d p-values: bonferroni and fdr_bh',
    (_, c) => {
      const bh = benjaminiHochberg(c.p, 0.05);
      bh.adjusted.forEach((v, i) => expectClose(v, c.fdr_bh.adjusted[i]!, 1e-15));
      expect(bh.reject).toEqual(c.fdr_bh.reject);
      const bf = bonferroni(c.p, 0.05);
      bf.adjusted.forEach((v, i) => expectClose(v, c.bonferroni.adjusted[i]!, 1e-15));
      expect(bf.reject).toEqual(c.bonferroni.reject);
    },
  );
});

describe('correctPValues', () => {
  it('dispatches on the method and validates p-values', () => {
    expect(correctPValues([0.01, 0.2], 'none').adjusted).toEqual([0.01, 0.2]);
    expect(correctPValues([0.01, 0.2], 'bonferroni').method).toBe('bonferroni');
    expect(() => correctPValues([0.1, 1.2], 'benjamini-hochberg')).toThrow(/#1/);
  });
});
