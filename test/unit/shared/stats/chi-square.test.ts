import { describe, expect, it } from 'vitest';
import { chi2Contingency } from '../../../../shared/stats/chi-square';
import { expectClose, oracles } from './oracles';

describe('chi2Contingency: the oracle values of the method note (scipy 1.17)', () => {
  it('2 x 3 without correction: chi2 = 2.7777777777777777, p = 0.24935220877729622, dof 2', () => {
    const r = chi2Contingency([
      [10, 10, 20],
      [20, 20, 20],
    ]);
    expectClose(r.statistic, 2.7777777777777777, 1e-15);
    expectClose(r.pValue, 0.24935220877729622, 1e-13);
    expect(r.dof).toBe(2);
    expect(r.yatesCorrection).toBe(false);
  });

  it('2 x 2 with Yates: chi2 = 2.4091074080184787, p = 0.12063113097759684', () => {
    const r = chi2Contingency([
      [12, 3],
      [17, 16],
    ]);
    expectClose(r.statistic, 2.4091074080184787, 1e-15);
    expectClose(r.pValue, 0.12063113097759684, 1e-13);
    expect(r.dof).toBe(1);
    expect(r.yatesCorrection).toBe(true);
  });
});

describe(`chi2Contingency against scipy ${oracles.scipy}`, () => {
  it.each(oracles.chi2_contingency.map((c) => [JSON.stringify(c.table), c] as const))(
    '%s',
    (_, c) => {
      const r = chi2Contingency(c.table);
      expectClose(r.statistic, c.statistic, 1e-14, 1e-300);
      expectClose(r.pValue, c.pvalue, 1e-12);
      expect(r.dof).toBe(c.dof);
      r.expected.forEach((row, i) =>
        row.forEach((e, j) => expectClose(e, c.expected[i]![j]!, 1e-15)),
      );
      expectClose(r.cramersV, c.cramer, 1e-14);
    },
  );
});

describe('chi2Contingency behaviour', () => {
  it('applies Yates by hand: each count moves 0.5 toward its expectation', () => {
    // Expected counts are all 10; observed 14/6/6/14 become 13.5/6.5/6.5/13.5.
    const r = chi2Contingency([
      [14, 6],
      [6, 14],
    ]);
    expectClose(r.statistic, (4 * 3.5 ** 2) / 10, 1e-15);
    const plain = chi2Contingency(
      [
        [14, 6],
        [6, 14],
      ],
      { correction: false },
    );
    expectClose(plain.statistic, (4 * 4 ** 2) / 10, 1e-15);
    expect(plain.yatesCorrection).toBe(false);
  });

  it('drops all-zero columns (scipy would raise) and reports them', () => {
    const z = oracles.chi2_zero_column;
    const r = chi2Contingency(z.table);
    expect(r.droppedColumns).toEqual([1]);
    expectClose(r.statistic, z.statistic, 1e-14);
    expectClose(r.pValue, z.pvalue, 1e-12);
    expect(r.dof).toBe(z.dof);
  });

  it('returns chi2 = 0, p = 1 when only one column is left (dof 0), like scipy', () => {
    const r = chi2Contingency([
      [5, 0],
      [9, 0],
    ]);
    expect(r).toMatchObject({ statistic: 0, pValue: 1, dof: 0, droppedColumns: [1] });
  });

  it('explains bad tables', () => {
    expect(() =>
      chi2Contingency([
        [0, 0],
        [1, 2],
      ]),
    ).toThrow(/row 0 is empty/);
    expect(() => chi2Contingency([[1, 2]])).toThrow(/two rows/);
    expect(() =>
      chi2Contingency([
        [1, 2],
        [3, -1],
      ]),
    ).toThrow(/\[1\]\[1\]/);
    expect(() => chi2Contingency([[1, 2], [3]])).toThrow(/row 1 has 1 columns/);
  });
});
