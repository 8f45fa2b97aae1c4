import { describe, expect, it } from 'vitest';
import { sortWithRows } from '../../../../../main/evidence/query/column-store';

function reference(values: Float64Array) {
  const rows = [...values.keys()].filter((i) => Number.isFinite(values[i]));
  rows.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  return { values: rows.map((i) => (values[i] === 0 ? 0 : (values[i] as number))), rows };
}

describe('sortWithRows', () => {
  it('sorts finite values ascending with their rows, ties in row order', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const values = Float64Array.from({ length: 5000 }, (_, i) => {
      if (i % 97 === 0) return NaN;
      if (i % 89 === 0) return Infinity;
      if (i % 83 === 0) return -Infinity;
      if (i % 7 === 0) return Math.floor(rnd() * 5) - 2; // many ties, negatives and zeros
      if (i % 11 === 0) return -0;
      return (rnd() - 0.5) * 10 ** Math.floor(rnd() * 12 - 6);
    });
    const got = sortWithRows(values);
    const want = reference(values);
    expect(Array.from(got.values)).toEqual(want.values);
    expect(Array.from(got.rows)).toEqual(want.rows);
  });

  it('handles empty, constant and extreme columns', () => {
    expect(sortWithRows(new Float64Array(0)).values.length).toBe(0);
    const constant = sortWithRows(Float64Array.of(4, 4, NaN, 4));
    expect(Array.from(constant.rows)).toEqual([0, 1, 3]);
    const extremes = Float64Array.of(
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      0,
    );
    expect(Array.from(sortWithRows(extremes).rows)).toEqual([1, 3, 4, 2, 0]);
  });
});
