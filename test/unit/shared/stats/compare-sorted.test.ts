import { describe, expect, it } from 'vitest';
import {
  compareNumeric,
  compareSortedNumeric,
  countCategories,
  countSortedRuns,
} from '../../../../shared/stats';
import { mulberry32 } from '../../../support/seeded-random';

const sample = (n: number, f: () => number) => Float64Array.from({ length: n }, f);
const sorted = (xs: Float64Array) => Float64Array.from(xs).sort();

describe('compareSortedNumeric', () => {
  const r = mulberry32(11);
  const cases: [string, Float64Array, Float64Array][] = [
    [
      'continuous, small baseline (KS decides, exact p)',
      sample(400, r),
      sample(300, () => r() + 0.1),
    ],
    [
      'continuous, large baseline (Wasserstein decides)',
      sample(5000, () => r() * 10),
      sample(20_000, () => r() * 11),
    ],
    [
      'integers with ties',
      sample(3000, () => Math.floor(r() * 40)),
      sample(2000, () => Math.floor(r() * 45)),
    ],
    [
      '0/1 values (treated as categories, z test)',
      sample(800, () => (r() < 0.2 ? 1 : 0)),
      sample(600, () => (r() < 0.4 ? 1 : 0)),
    ],
    [
      'few values, large baseline (Jensen-Shannon)',
      sample(5000, () => Math.floor(r() * 4)),
      sample(900, () => Math.floor(r() * 5)),
    ],
    ['incident outside the baseline range', sample(200, r), sample(50, () => 2 + r())],
  ];
  for (const [name, a, b] of cases) {
    it(`equals compareNumeric on the same values: ${name}`, () => {
      expect(compareSortedNumeric(sorted(a), sorted(b))).toStrictEqual(compareNumeric(a, b));
      const options = { thresholds: { pValue: 0.01 }, binCount: 7 };
      expect(compareSortedNumeric(sorted(a), sorted(b), options)).toStrictEqual(
        compareNumeric(a, b, options),
      );
    });
  }

  it('counts the values of a sorted sample as countCategories counts their strings', () => {
    const values = Float64Array.of(-1, 0, 0, 0.5, 2, 2, 2, 10);
    expect([...countSortedRuns(values)]).toEqual([
      ...countCategories(Array.from(values, (v) => String(v))),
    ]);
  });

  it('carries the non-finite counts it is given', () => {
    const c = compareSortedNumeric(
      Float64Array.of(1, 2, 3),
      Float64Array.of(2, 3, 4),
      {},
      {
        baseline: 2,
        incident: 1,
      },
    );
    expect([c.baselineNonFinite, c.incidentNonFinite]).toEqual([2, 1]);
    expect(c).toStrictEqual(compareNumeric([NaN, 1, 2, Infinity, 3], [4, 3, NaN, 2]));
  });

  it('refuses an empty window like compareNumeric', () => {
    expect(() => compareSortedNumeric(Float64Array.of(), Float64Array.of(1))).toThrow(
      /baseline window has no numeric values/,
    );
  });
});
