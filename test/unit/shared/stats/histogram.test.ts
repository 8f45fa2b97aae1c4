import { describe, expect, it } from 'vitest';
import {
  allBinCounts,
  countIntoBins,
  fitBaselineBins,
  fitBaselineBinsFreedmanDiaconis,
  freedmanDiaconisBinCount,
  shares,
} from '../../../../shared/stats/histogram';
import { oracles } from './oracles';

describe(`baseline bins against np.histogram (numpy ${oracles.numpy})`, () => {
  it.each(oracles.histogram.map((c) => [c.baseline.length, c.bins, c] as const))(
    'n = %d, %d bins',
    (_, bins, c) => {
      const fitted = fitBaselineBins(c.baseline, bins);
      expect(fitted.edges).toEqual(c.edges);
      const base = countIntoBins(c.baseline, fitted);
      expect(base.inner).toEqual(c.baselineCounts);
      expect([base.underflow, base.overflow]).toEqual([0, 0]);
      const inc = countIntoBins(c.incident, fitted);
      expect(inc.inner).toEqual(c.incidentInner);
      expect([inc.underflow, inc.overflow]).toEqual([c.underflow, c.overflow]);
      expect(inc.total).toBe(c.incident.length);
    },
  );
});

describe('fitBaselineBins / countIntoBins', () => {
  it('puts values outside the baseline range in underflow and overflow', () => {
    const bins = fitBaselineBins([0, 10], 5);
    expect(bins.edges).toEqual([0, 2, 4, 6, 8, 10]);
    const counts = countIntoBins([-1, 0, 1.99, 2, 9.99, 10, 10.5, NaN], bins);
    expect(counts).toEqual({
      underflow: 1,
      inner: [2, 1, 0, 0, 2],
      overflow: 1,
      total: 7,
      nonFinite: 1,
    });
    expect(allBinCounts(counts)).toEqual([1, 2, 1, 0, 0, 2, 1]);
  });

  it('does not move when the incident window changes', () => {
    const baseline = [1, 2, 3, 4, 5];
    const before = fitBaselineBins(baseline);
    countIntoBins([100, -100], before);
    expect(fitBaselineBins(baseline)).toEqual(before);
    expect(before.innerBinCount).toBe(10);
  });

  it('handles a constant baseline with a single zero-width bin', () => {
    const bins = fitBaselineBins([3, 3, 3]);
    expect(bins.kind).toBe('constant');
    expect(countIntoBins([2, 3, 3, 4], bins)).toMatchObject({
      underflow: 1,
      inner: [2],
      overflow: 1,
    });
  });

  it('explains bad input', () => {
    expect(() => fitBaselineBins([NaN])).toThrow(/no finite values/);
    expect(() => fitBaselineBins([1, 2], 0)).toThrow(/positive integer/);
  });
});

describe('Freedman-Diaconis bin count', () => {
  it('is ceil(range / (2 IQR n^(-1/3))), capped', () => {
    const sorted = Array.from({ length: 1000 }, (_, i) => i);
    // IQR = 499.5, width = 999 / 10 = 99.9, range 999 -> 10 bins.
    expect(freedmanDiaconisBinCount(sorted)).toBe(10);
    expect(freedmanDiaconisBinCount(sorted, 4)).toBe(4);
    expect(freedmanDiaconisBinCount([1, 1, 1, 1, 9])).toBe(10);
    expect(freedmanDiaconisBinCount([2, 2])).toBe(1);
    expect(fitBaselineBinsFreedmanDiaconis(sorted).innerBinCount).toBe(10);
  });
});

describe('shares', () => {
  it('divides by the total and stays zero for an empty window', () => {
    expect(shares([1, 3])).toEqual([0.25, 0.75]);
    expect(shares([0, 0])).toEqual([0, 0]);
  });
});
