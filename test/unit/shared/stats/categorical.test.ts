import { describe, expect, it } from 'vitest';
import { alignCategoryCounts, countCategories } from '../../../../shared/stats/categorical';

describe('alignCategoryCounts', () => {
  it('orders by the baseline, appends and flags categories the baseline never saw', () => {
    const aligned = alignCategoryCounts(
      new Map([
        ['visa', 50],
        ['amex', 10],
        ['mastercard', 40],
      ]),
      [
        ['crypto', 7],
        ['visa', 30],
        ['mastercard', 20],
      ],
    );
    expect(aligned.categories).toEqual([
      { category: 'visa', baseline: 50, incident: 30, unseenInBaseline: false },
      { category: 'amex', baseline: 10, incident: 0, unseenInBaseline: false },
      { category: 'mastercard', baseline: 40, incident: 20, unseenInBaseline: false },
      { category: 'crypto', baseline: 0, incident: 7, unseenInBaseline: true },
    ]);
    expect(aligned.unseenInBaseline).toEqual(['crypto']);
    expect([aligned.baselineTotal, aligned.incidentTotal]).toEqual([100, 57]);
  });

  it('treats a baseline category with a zero count as unseen, and merges repeated entries', () => {
    const aligned = alignCategoryCounts(
      [
        ['a', 3],
        ['b', 0],
        ['a', 2],
      ],
      { b: 4 },
    );
    expect(aligned.categories[0]).toMatchObject({ category: 'a', baseline: 5 });
    expect(aligned.unseenInBaseline).toEqual(['b']);
  });

  it('names the category with a bad count', () => {
    expect(() => alignCategoryCounts({ x: 1.5 }, {})).toThrow(/baseline count for category "x"/);
    expect(() => alignCategoryCounts({}, { y: -1 })).toThrow(/incident count for category "y"/);
  });
});

describe('countCategories', () => {
  it('counts in order of first appearance', () => {
    expect([...countCategories(['b', 'a', 'b', 'c'])]).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 1],
    ]);
  });
});
