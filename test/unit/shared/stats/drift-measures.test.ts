import { describe, expect, it } from 'vitest';
import {
  decide,
  DEFAULT_THRESHOLDS,
  MEASURES,
  pickMeasure,
} from '../../../../shared/stats/drift-measures';

describe('pickMeasure (Evidently defaults)', () => {
  it.each([
    ['numeric', 6, 1000, 'ks', 'continuous'],
    ['numeric', 6, 1001, 'wasserstein-normed', 'continuous'],
    ['numeric', 5, 200, 'chi-square', 'categorical'],
    ['numeric', 2, 200, 'z', 'categorical'],
    ['numeric', 4, 5000, 'jensen-shannon', 'categorical'],
    ['categorical', 12, 1000, 'chi-square', 'categorical'],
    ['categorical', 2, 10, 'z', 'categorical'],
    ['categorical', 1, 10, 'z', 'categorical'],
    ['categorical', 40, 1001, 'jensen-shannon', 'categorical'],
  ] as const)('%s, %d distinct, baseline %d rows -> %s', (kind, distinct, n, test, treatedAs) => {
    const picked = pickMeasure({ kind, distinctValues: distinct, baselineCount: n });
    expect(picked.test).toBe(test);
    expect(picked.treatedAs).toBe(treatedAs);
    expect(picked.reason).toContain(`baseline ${n} rows`);
  });
});

describe('decide', () => {
  it('reads p-values as drift at or below the threshold', () => {
    expect(decide('ks', 0.05, DEFAULT_THRESHOLDS, 'r').drift).toBe(true);
    expect(decide('chi-square', 0.0501, DEFAULT_THRESHOLDS, 'r').drift).toBe(false);
  });

  it('reads distances as drift at or above the threshold', () => {
    const d = decide('jensen-shannon', 0.1, DEFAULT_THRESHOLDS, 'r');
    expect(d).toMatchObject({ drift: true, threshold: 0.1, kind: 'distance' });
    expect(d.rule).toBe('value >= threshold');
    expect(decide('wasserstein-normed', 0.09, DEFAULT_THRESHOLDS, 'r').drift).toBe(false);
  });

  it('uses custom thresholds and carries a label for every measure', () => {
    const t = { ...DEFAULT_THRESHOLDS, pValue: 0.01 };
    expect(decide('z', 0.02, t, 'r')).toMatchObject({ drift: false, threshold: 0.01 });
    for (const m of Object.values(MEASURES)) expect(m.label.length).toBeGreaterThan(5);
  });
});
