import { describe, expect, it } from 'vitest';
import { correctDecisions, datasetDrift } from '../../../../shared/stats/dataset-drift';
import { decide, DEFAULT_THRESHOLDS } from '../../../../shared/stats/drift-measures';

describe('datasetDrift', () => {
  it('drifts when at least half the columns drift', () => {
    const cols = (flags: boolean[]) => flags.map((drift, i) => ({ column: `c${i}`, drift }));
    expect(datasetDrift(cols([true, false]))).toMatchObject({
      share: 0.5,
      datasetDrift: true,
      drifting: ['c0'],
      shareThreshold: 0.5,
    });
    expect(datasetDrift(cols([true, false, false])).datasetDrift).toBe(false);
    expect(datasetDrift([])).toMatchObject({ totalColumns: 0, share: 0, datasetDrift: false });
    expect(datasetDrift(cols([true, false, false]), 0.3).datasetDrift).toBe(true);
  });
});

describe('correctDecisions', () => {
  const columns = [
    { column: 'amount', decision: decide('ks', 0.01, DEFAULT_THRESHOLDS, 'r') },
    { column: 'country', decision: decide('chi-square', 0.04, DEFAULT_THRESHOLDS, 'r') },
    { column: 'age', decision: decide('wasserstein-normed', 0.2, DEFAULT_THRESHOLDS, 'r') },
  ];

  it('adjusts only the p-value measures (Bonferroni over the two p-values)', () => {
    const out = correctDecisions(columns, 'bonferroni');
    expect(out.map((c) => c.adjustedValue)).toEqual([0.02, 0.08, 0.2]);
    expect(out.map((c) => c.drift)).toEqual([true, false, true]);
  });

  it('applies Benjamini-Hochberg, and "none" keeps the decisions', () => {
    const out = correctDecisions(columns, 'benjamini-hochberg');
    expect(out.map((c) => c.adjustedValue)).toEqual([0.02, 0.04, 0.2]);
    expect(out.map((c) => c.drift)).toEqual([true, true, true]);
    expect(correctDecisions(columns, 'none').map((c) => c.drift)).toEqual([true, true, true]);
  });
});
