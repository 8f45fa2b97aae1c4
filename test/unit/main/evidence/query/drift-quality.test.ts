import { describe, expect, it } from 'vitest';
import {
  baseFindings,
  isModelVersionColumn,
  numbersTurnedIntoText,
  outOfRangeShareSorted,
} from '../../../../../main/evidence/query/drift-quality';

describe('data-quality findings', () => {
  it('recognises model-version columns by name', () => {
    for (const name of [
      'model_version',
      'Model Version',
      'modelVersion',
      'version',
      'model-v',
      'scorer_version',
    ]) {
      expect(isModelVersionColumn(name), name).toBe(true);
    }
    for (const name of ['versions_seen', 'conversion', 'amount', 'model']) {
      expect(isModelVersionColumn(name), name).toBe(false);
    }
  });

  it('counts incident values outside the baseline range, bounds included as inside', () => {
    const baseline = Float64Array.of(1, 2, 3, 5);
    expect(outOfRangeShareSorted(baseline, Float64Array.of(0, 1, 3, 5, 5, 6, 7, 9))).toBe(4 / 8);
    expect(outOfRangeShareSorted(baseline, Float64Array.of(1, 5))).toBe(0);
    expect(outOfRangeShareSorted(Float64Array.of(), Float64Array.of(1))).toBeNull();
  });

  it('turns window counts into shares and flags a type change only when the incident gets worse', () => {
    const f = baseFindings(
      { rows: 200, missing: 10, unparsed: 0 },
      { rows: 50, missing: 25, unparsed: 5 },
    );
    expect(f).toMatchObject({
      missingShareBaseline: 0.05,
      missingShareIncident: 0.5,
      unparsedShareBaseline: 0,
      unparsedShareIncident: 0.1,
      typeChanged: true,
    });
    expect(
      baseFindings({ rows: 10, missing: 0, unparsed: 2 }, { rows: 10, missing: 0, unparsed: 1 })
        .typeChanged,
    ).toBe(false);
    expect(
      baseFindings({ rows: 0, missing: 0, unparsed: 0 }, { rows: 0, missing: 0, unparsed: 0 })
        .missingShareIncident,
    ).toBe(0);
  });
});

describe('numbersTurnedIntoText', () => {
  const counts = (entries: [string, number][]) => new Map(entries);
  it('is true only when every baseline value was a number and some incident value is not', () => {
    const numbers = counts([
      ['1.5', 10],
      ['-2', 3],
      ['1e3', 1],
    ]);
    expect(
      numbersTurnedIntoText(
        numbers,
        counts([
          ['7', 4],
          ['ERR', 1],
        ]),
      ),
    ).toBe(true);
    expect(numbersTurnedIntoText(numbers, counts([['7', 4]]))).toBe(false);
    expect(
      numbersTurnedIntoText(
        counts([
          ['a', 1],
          ['2', 5],
        ]),
        counts([['b', 3]]),
      ),
    ).toBe(false);
    expect(numbersTurnedIntoText(numbers, counts([]))).toBe(false);
    expect(numbersTurnedIntoText(counts([[' ', 2]]), counts([['x', 1]]))).toBe(false);
  });
});
