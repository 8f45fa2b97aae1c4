import { describe, expect, it } from 'vitest';
import { compareCategorical, compareNumeric } from '../../../../shared/stats/drift';
import { jensenShannonDistance, psi } from '../../../../shared/stats/divergence';
import { expectClose, lcgSample, oracles } from './oracles';

const jsonRoundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('compareNumeric', () => {
  it('decides with KS for a small baseline and reports every measure (scipy values)', () => {
    const c = oracles.ks_2samp.find((k) => k.name === 'random normal 500x700')!;
    const w = compareNumeric(c.a, c.b);
    expect(w.decision.test).toBe('ks');
    expect(w.treatedAs).toBe('continuous');
    expectClose(w.ksStatistic!, c.statistic, 1e-15);
    expectClose(w.ksPValue!, c.pvalue, 1e-12);
    expect(w.ksMethod).toBe('exact');
    expect(w.decision).toMatchObject({
      threshold: 0.05,
      value: w.ksPValue,
      rule: 'value <= threshold',
    });
    expect(w.drift).toBe(c.pvalue <= 0.05);
    expect(w.effectSize).toEqual({ measure: 'ks-d', value: w.ksStatistic });
    expect([w.chi2Statistic, w.zStatistic, w.cramersV]).toEqual([null, null, null]);
    expect(w.distribution.kind).toBe('baseline-bins');
    expect(w.distribution.bins).toHaveLength(12);
    expect(w).toEqual(jsonRoundTrip(w));
  });

  it('decides with the normed Wasserstein distance above 1,000 baseline rows', () => {
    const o = oracles.wasserstein_generated.find((k) => k.name.startsWith('exact 3000x2000'))!;
    const k = oracles.ks_2samp_generated.find((x) => x.name === o.name)!;
    const w = compareNumeric(lcgSample(o.a), lcgSample(o.b));
    expect(w.decision.test).toBe('wasserstein-normed');
    expectClose(w.wasserstein!, o.distance, 1e-12);
    expectClose(w.wassersteinNormed!, o.normed, 1e-12);
    expectClose(w.ksPValue!, k.pvalue, 1e-12);
    expect(w.decision).toMatchObject({ threshold: 0.1, rule: 'value >= threshold' });
    expect(w.drift).toBe(o.normed >= 0.1);
  });

  it('computes PSI and Jensen-Shannon over bins fitted on the baseline, with overflow bins', () => {
    const baseline = Array.from({ length: 40 }, (_, i) => i / 4); // 0 .. 9.75, 4 per bin
    const incident = [-5, -4, 0.1, 1, 2, 3, 11, 12, 13, 14];
    const w = compareNumeric(baseline, incident);
    const bins = w.distribution.bins;
    // Bins are 0.975 wide: 0.1, 1, 2 and 3 fall in the first four inner bins.
    expect(bins.map((b) => b.incident)).toEqual([2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 4]);
    expect(bins[0]).toMatchObject({ label: '< 0', unseenInBaseline: true });
    expect(bins[11]).toMatchObject({ label: '> 9.75', unseenInBaseline: true });
    expect(w.unseenInBaseline).toEqual(['< 0', '> 9.75']);
    const base = bins.map((b) => b.baselineShare);
    const inc = bins.map((b) => b.incidentShare);
    expect(w.psi).toBe(psi(base, inc));
    expect(w.jensenShannon).toBe(jensenShannonDistance(base, inc));
    expect(w.smallSample).toBe(true);
  });

  it('treats a numeric column with few values as categories (z for two values)', () => {
    const baseline = Array.from({ length: 100 }, (_, i) => (i < 30 ? 1 : 0));
    const incident = Array.from({ length: 100 }, (_, i) => (i < 45 ? 1 : 0));
    const w = compareNumeric(baseline, incident);
    expect(w.treatedAs).toBe('categorical');
    expect(w.decision.test).toBe('z');
    expect(w.zCategory).toBe('0');
    // Share of "0": 0.7 vs 0.55, the note's 30/100 vs 45/100 seen from the other category.
    expectClose(w.zStatistic!, 2.1908902300206647, 1e-14);
    expectClose(w.zPValue!, 0.02845973691631055, 1e-13);
    expect(w.effectSize.measure).toBe('cohens-h');
    expect(w.ksStatistic).not.toBeNull();
    expect(w.distribution.kind).toBe('categories');
  });

  it("uses chi-square for 3 to 5 values and reports Cramér's V", () => {
    const t = oracles.chi2_contingency.find(
      (c) => JSON.stringify(c.table) === '[[10,10,20],[20,20,20]]',
    )!;
    const values = (counts: number[]) => counts.flatMap((n, v) => Array<number>(n).fill(v));
    const w = compareNumeric(values(t.table[0]!), values(t.table[1]!));
    expect(w.decision.test).toBe('chi-square');
    expectClose(w.chi2Statistic!, t.statistic, 1e-15);
    expectClose(w.chi2PValue!, t.pvalue, 1e-12);
    expect(w.dof).toBe(2);
    expectClose(w.effectSize.value, t.cramer, 1e-14);
  });

  it('counts and drops non-finite values, and refuses an empty window', () => {
    const w = compareNumeric([1, 2, 3, 4, 5, 6, NaN], [2, 3, 4, 5, 6, 7, Infinity, NaN]);
    expect([w.baselineNonFinite, w.incidentNonFinite, w.baselineCount]).toEqual([1, 2, 6]);
    expect(() => compareNumeric([1, 2], [NaN])).toThrow(/incident window has no numeric values/);
  });

  it('can take the asymptotic KS p-value for speed', () => {
    const c = oracles.ks_2samp.find((k) => k.name === 'random normal 500x700')!;
    const w = compareNumeric(c.a, c.b, { ksMethod: 'asymptotic' });
    expect(w.ksMethod).toBe('asymptotic');
    expect(w.ksPValue).not.toBe(c.pvalue);
    expectClose(w.ksPValue!, c.pvalue, 0.2);
  });

  it('lets the user choose the measure, and refuses one that does not apply', () => {
    const a = Array.from({ length: 50 }, (_, i) => i);
    const w = compareNumeric(
      a,
      a.map((x) => x + 3),
      { test: 'wasserstein-normed' },
    );
    expect(w.decision.test).toBe('wasserstein-normed');
    expect(w.decision.reason).toContain('default: ks');
    expect(() => compareNumeric(a, a, { test: 'chi-square' })).toThrow(/does not apply/);
  });
});

describe('compareCategorical', () => {
  it('uses chi-square up to 1,000 baseline rows and flags unseen categories', () => {
    const w = compareCategorical(
      new Map([
        ['a', 10],
        ['b', 10],
        ['c', 20],
      ]),
      new Map([
        ['a', 20],
        ['b', 20],
        ['c', 20],
        ['new', 0],
      ]),
      { jsLogBase: 2 },
    );
    expect(w.decision.test).toBe('chi-square');
    expectClose(w.chi2PValue!, 0.24935220877729622, 1e-13);
    expect(w.chi2DroppedCategories).toEqual(['new']);
    expect(w.jsLogBase).toBe(2);
    expect(w.unseenInBaseline).toEqual([]);
    const unseen = compareCategorical({ a: 5, b: 5 }, { a: 5, b: 3, c: 2 });
    expect(unseen.unseenInBaseline).toEqual(['c']);
    expect(unseen.distribution.bins[2]).toMatchObject({ label: 'c', unseenInBaseline: true });
    expect(unseen.ksStatistic).toBeNull();
  });

  it('uses Jensen-Shannon (natural log, threshold 0.1) above 1,000 baseline rows', () => {
    const w = compareCategorical({ x: 700, y: 300, z: 200 }, { x: 300, y: 300, z: 400 });
    expect(w.decision).toMatchObject({ test: 'jensen-shannon', threshold: 0.1 });
    expect(w.jsLogBase).toBe('e');
    expectClose(
      w.jensenShannon,
      jensenShannonDistance([700 / 1200, 300 / 1200, 200 / 1200], [0.3, 0.3, 0.4]),
      1e-15,
    );
    expect(w.drift).toBe(w.jensenShannon >= 0.1);
    expect(w.smallSample).toBe(false);
  });

  it('uses the z test for two categories and refuses an empty window', () => {
    const w = compareCategorical({ yes: 30, no: 70 }, { yes: 45, no: 55 });
    expect(w.decision.test).toBe('z');
    expectClose(w.zPValue!, 0.02845973691631055, 1e-13);
    expect(w.zCategory).toBe('yes');
    expectClose(w.proportionDifference!, -0.15, 1e-15);
    expect(() => compareCategorical({ a: 1 }, { a: 0 })).toThrow(/incident window has no values/);
  });
});
