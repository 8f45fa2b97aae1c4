/**
 * Pearson chi-square test of independence on a contingency table, as
 * `scipy.stats.chi2_contingency(table)` with its defaults: Yates' continuity correction when
 * dof = 1, p from the chi-square survival function. Plus Cramér's V as the effect size.
 *
 * Choice: scipy raises when a column (or row) sums to zero, because an expected count would be 0.
 * An all-zero column carries no information about the difference between the rows, so we drop such
 * columns before testing and report which ones were dropped; an all-zero row (an empty window)
 * still throws, since there is nothing to compare.
 */
import { pairwiseSum } from './summation';
import { chiSquareSf } from './special-functions';

export interface ChiSquareOptions {
  /** Yates' correction when dof = 1 (default true, as scipy). */
  correction?: boolean;
}

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  dof: number;
  /** Whether Yates' correction was applied (only ever when dof = 1). */
  yatesCorrection: boolean;
  /** Expected counts of the table actually tested (after dropping all-zero columns). */
  expected: number[][];
  /** Indexes (in the input) of the all-zero columns left out of the test. */
  droppedColumns: number[];
  /** Cramér's V from the uncorrected statistic (scipy.stats.contingency.association). */
  cramersV: number;
  /** Total count of the table. */
  total: number;
}

function checkTable(table: ReadonlyArray<ReadonlyArray<number>>): number {
  if (table.length < 2) throw new RangeError('chi-square needs at least two rows');
  const width = table[0]?.length ?? 0;
  table.forEach((row, r) => {
    if (row.length !== width) {
      throw new RangeError(
        `chi-square table row ${r} has ${row.length} columns, expected ${width}`,
      );
    }
    row.forEach((v, c) => {
      if (!Number.isFinite(v) || v < 0) {
        throw new RangeError(`chi-square table cell [${r}][${c}] must be a count >= 0, got ${v}`);
      }
    });
  });
  return width;
}

/** Sum over the table of (observed - expected)^2 / expected, summed like numpy (row-major). */
function pearsonStatistic(observed: number[][], expected: number[][]): number {
  const terms: number[] = [];
  observed.forEach((row, r) =>
    row.forEach((o, c) => {
      const e = (expected[r] as number[])[c] as number;
      terms.push((o - e) ** 2 / e);
    }),
  );
  return pairwiseSum(terms);
}

export function chi2Contingency(
  table: ReadonlyArray<ReadonlyArray<number>>,
  options: ChiSquareOptions = {},
): ChiSquareResult {
  const width = checkTable(table);
  const droppedColumns: number[] = [];
  const kept: number[] = [];
  for (let c = 0; c < width; c++) {
    if (table.every((row) => row[c] === 0)) droppedColumns.push(c);
    else kept.push(c);
  }
  const observed = table.map((row) => kept.map((c) => row[c] as number));
  const rowSums = observed.map((row) => pairwiseSum(row));
  rowSums.forEach((s, r) => {
    if (s === 0) throw new RangeError(`chi-square table row ${r} is empty (all counts are zero)`);
  });
  if (kept.length === 0) throw new RangeError('chi-square table has no non-zero column');
  const colSums = kept.map((_, c) => pairwiseSum(observed.map((row) => row[c] as number)));
  const total = pairwiseSum(rowSums);
  const expected = rowSums.map((rs) => colSums.map((cs) => (rs * cs) / total));
  const dof = (observed.length - 1) * (kept.length - 1);

  const uncorrected = dof === 0 ? 0 : pearsonStatistic(observed, expected);
  const minDim = Math.min(observed.length, kept.length) - 1;
  const cramersV = minDim > 0 ? Math.sqrt(uncorrected / total / minDim) : 0;
  if (dof === 0) {
    const base = { statistic: 0, pValue: 1, dof, yatesCorrection: false, expected };
    return { ...base, droppedColumns, cramersV, total };
  }

  const yates = dof === 1 && (options.correction ?? true);
  let statistic = uncorrected;
  if (yates) {
    // Move each observed count up to 0.5 toward its expected count.
    const adjusted = observed.map((row, r) =>
      row.map((o, c) => {
        const diff = ((expected[r] as number[])[c] as number) - o;
        return o + Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
      }),
    );
    statistic = pearsonStatistic(adjusted, expected);
  }
  const pValue = chiSquareSf(statistic, dof);
  return {
    statistic,
    pValue,
    dof,
    yatesCorrection: yates,
    expected,
    droppedColumns,
    cramersV,
    total,
  };
}
