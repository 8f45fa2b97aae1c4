import { describe, expect, it } from 'vitest';
import type { CategoricalHistogram } from '../../../../shared/evidence';
import { binningNote } from '../../../../shared/report/charts/data';
import { binningNote as windowNote } from '../../../../renderer/src/features/evidence/charts/histogram-data';

const size = { rows: 10, values: 10, missing: 0, unparsed: 0 };
function histogram(newOnes: number): CategoricalHistogram {
  const categories = ['fuel', 'travel', 'UNMAPPED', 'NEW_A', 'NEW_B'].map((value, i) => ({
    value,
    baseline: i < 2 ? 5 : 0,
    incident: 2,
    unseenInBaseline: i >= 2 && i < 2 + newOnes,
  }));
  return {
    kind: 'categorical',
    column: 'merchant_category',
    type: 'category',
    categories,
    other: { categories: 0, baseline: 0, incident: 0 },
    baseline: size,
    incident: size,
  };
}

describe('the note under a histogram of categories', () => {
  it('agrees in number with the categories it counts', () => {
    expect(binningNote(histogram(1))).toBe(
      'Categories by frequency over both windows. 1 category marked “(new)” never occurs in the baseline.',
    );
    expect(binningNote(histogram(3))).toBe(
      'Categories by frequency over both windows. 3 categories marked “(new)” never occur in the baseline.',
    );
    expect(binningNote(histogram(0))).toBe('Categories by frequency over both windows.');
  });

  it('reads the same in the window as in the report', () => {
    for (const n of [0, 1, 3]) expect(windowNote(histogram(n))).toBe(binningNote(histogram(n)));
  });
});
