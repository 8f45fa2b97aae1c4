import { AppError } from '../../../shared/contract/errors';
import type { EvidenceWindowSpec, WindowValue } from '../../../shared/evidence';
import type { EvidenceColumn } from '../import/types';
import { MISSING, UNPARSED } from './column-store';
import type { EvidenceSource, Selection } from './source';

export type { Selection } from './source';

export type OpenSource = (evidenceId: string) => EvidenceSource;

const MAX_CACHED = 8;

export function selectWindow(
  window: EvidenceWindowSpec,
  main: EvidenceSource,
  open: OpenSource,
): Selection {
  if (window.kind === 'evidence') {
    const source = window.evidenceId === main.id ? main : open(window.evidenceId);
    return range(source, 0, source.rowCount);
  }
  const key = JSON.stringify(window);
  const cached = main.selections.get(key);
  if (cached) return cached;
  const sel =
    window.kind === 'time'
      ? selectTime(
          main,
          main.column(window.column),
          Date.parse(window.start),
          Date.parse(window.end),
        )
      : selectValues(main, main.column(window.column), window.values);
  main.selections.set(key, sel);
  while (main.selections.size > MAX_CACHED) {
    main.selections.delete(main.selections.keys().next().value as string);
  }
  return sel;
}

/** Rows whose instant lies in [startMs, endMs). */
export function selectTime(
  source: EvidenceSource,
  column: EvidenceColumn,
  startMs: number,
  endMs: number,
): Selection {
  if (column.type !== 'instant') {
    throw new AppError(
      'invalid_input',
      `The column "${column.name}" does not hold instants, so it cannot cut a time window. Choose the time column.`,
    );
  }
  const data = source.store.numbers(column);
  const values = data.values;
  if (column.sorted && data.state === null) {
    // Sorted without gaps (the usual log): the window is one run of rows, found by binary search.
    return range(source, lowerBound(values, startMs), lowerBound(values, endMs));
  }
  return keep(source, values.length, (i) => {
    const t = values[i] as number;
    return t >= startMs && t < endMs;
  });
}

function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function selectValues(
  source: EvidenceSource,
  column: EvidenceColumn,
  wanted: readonly WindowValue[],
): Selection {
  if (column.type === 'category' || column.type === 'text' || column.type === 'boolean') {
    const data = source.store.categories(column);
    if (!data.codes) throw tooManyValues(column);
    const codes = data.codes;
    const texts = new Set(wanted.map((v) => normaliseBoolean(column, v)));
    const keepCode = new Uint8Array(data.dictionary.length);
    data.dictionary.forEach((value, code) => {
      if (texts.has(value)) keepCode[code] = 1;
    });
    return keep(source, codes.length, (i) => {
      const code = codes[i] as number;
      return code >= 0 && keepCode[code] === 1;
    });
  }
  const numbers = new Set<number>();
  for (const v of wanted) {
    const n = column.type === 'instant' && typeof v === 'string' ? Date.parse(v) : Number(v);
    if (!Number.isFinite(n)) {
      throw new AppError(
        'invalid_input',
        `"${String(v)}" is not a value of the numeric column "${column.name}".`,
      );
    }
    numbers.add(n);
  }
  const { values } = source.store.numbers(column);
  return keep(source, values.length, (i) => numbers.has(values[i] as number));
}

function normaliseBoolean(column: EvidenceColumn, v: WindowValue): string {
  if (column.type !== 'boolean') return String(v);
  if (v === true || v === 1 || v === '1' || v === 'true') return 'true';
  if (v === false || v === 0 || v === '0' || v === 'false') return 'false';
  return String(v);
}

function range(source: EvidenceSource, from: number, to: number): Selection {
  return { source, rows: null, from, to, size: Math.max(0, to - from) };
}

function keep(source: EvidenceSource, n: number, test: (i: number) => boolean): Selection {
  const rows = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (test(i)) rows[k++] = i;
  return { source, rows: rows.slice(0, k), from: 0, to: 0, size: k };
}

/** Row position of the j-th selected row. */
export function rowAt(sel: Selection, j: number): number {
  return sel.rows === null ? sel.from + j : (sel.rows[j] as number);
}

/** A test "is row i selected", constant time. */
export function membership(sel: Selection): (i: number) => boolean {
  if (sel.rows === null) {
    const { from, to } = sel;
    return (i) => i >= from && i < to;
  }
  if (!sel.mask) {
    const mask = new Uint8Array(sel.source.rowCount);
    for (const i of sel.rows) mask[i] = 1;
    sel.mask = mask;
  }
  const mask = sel.mask;
  return (i) => mask[i] === 1;
}

export function tooManyValues(column: EvidenceColumn): AppError {
  return new AppError(
    'refused',
    `The column "${column.name}" has too many distinct values to count by value (it looks like an id or free text).`,
  );
}

export interface NumericSample {
  /** Finite values of the column in the selection, in file order. */
  values: Float64Array;
  missing: number;
  unparsed: number;
}

/** The column's values in the selection (the column matched by name in the selection's file). */
export function numericSample(sel: Selection, name: string): NumericSample {
  const column = sel.source.column(name);
  const { values, state } = sel.source.store.numbers(column);
  if (sel.rows === null && !state)
    return { values: values.subarray(sel.from, sel.to), missing: 0, unparsed: 0 };
  const out = new Float64Array(sel.size);
  let k = 0;
  let missing = 0;
  let unparsed = 0;
  for (let j = 0; j < sel.size; j++) {
    const i = rowAt(sel, j);
    const s = state ? state[i] : 0;
    if (s === MISSING) missing++;
    else if (s === UNPARSED) unparsed++;
    else out[k++] = values[i] as number;
  }
  return { values: out.subarray(0, k), missing, unparsed };
}

/** Missing and unparsed cells of a numeric column in the selection. */
export function numericGaps(sel: Selection, name: string): { missing: number; unparsed: number } {
  const { state } = sel.source.store.numbers(sel.source.column(name));
  let missing = 0;
  let unparsed = 0;
  if (!state) return { missing, unparsed };
  for (let j = 0; j < sel.size; j++) {
    const s = state[rowAt(sel, j)];
    if (s === MISSING) missing++;
    else if (s === UNPARSED) unparsed++;
  }
  return { missing, unparsed };
}

/**
 * The finite values of two selections of the same file, each already in ascending order, in one
 * pass over the column's sorted order instead of two sorts.
 */
export function sortedPair(a: Selection, b: Selection, name: string): [Float64Array, Float64Array] {
  if (a.source !== b.source) return [sortedOf(a, name), sortedOf(b, name)];
  const sorted = a.source.store.sorted(a.source.column(name));
  const inA = membership(a);
  const inB = membership(b);
  const outA = new Float64Array(Math.min(a.size, sorted.values.length));
  const outB = new Float64Array(Math.min(b.size, sorted.values.length));
  let ka = 0;
  let kb = 0;
  const { values, rows } = sorted;
  for (let p = 0; p < values.length; p++) {
    const r = rows[p] as number;
    if (inA(r)) outA[ka++] = values[p] as number;
    if (inB(r)) outB[kb++] = values[p] as number;
  }
  return [outA.subarray(0, ka), outB.subarray(0, kb)];
}

function sortedOf(sel: Selection, name: string): Float64Array {
  const sorted = sel.source.store.sorted(sel.source.column(name));
  if (sel.rows === null && sel.from === 0 && sel.to === sel.source.rowCount) return sorted.values;
  const inSel = membership(sel);
  const out = new Float64Array(Math.min(sel.size, sorted.values.length));
  let k = 0;
  for (let p = 0; p < sorted.values.length; p++) {
    if (inSel(sorted.rows[p] as number)) out[k++] = sorted.values[p] as number;
  }
  return out.subarray(0, k);
}

/** Missing cells of a column in the selection; text columns too varied to hold are asked of SQL. */
export function missingIn(sel: Selection, column: EvidenceColumn): number {
  if (column.missingCount === 0) return 0;
  const inSel = membership(sel);
  let missing = 0;
  for (const row of sel.source.nullRows(column)) if (inSel(row)) missing++;
  return missing;
}

export interface CategorySample {
  /** Counts by value, in order of first appearance in the column. */
  counts: Map<string, number>;
  missing: number;
  unparsed: number;
}

export function categorySample(sel: Selection, name: string): CategorySample {
  const column = sel.source.column(name);
  const data = sel.source.store.categories(column);
  if (!data.codes) throw tooManyValues(column);
  const codes = data.codes;
  const perCode = new Float64Array(data.dictionary.length);
  let missing = 0;
  for (let j = 0; j < sel.size; j++) {
    const code = codes[rowAt(sel, j)] as number;
    if (code < 0) missing++;
    else perCode[code]!++;
  }
  const counts = new Map<string, number>();
  data.dictionary.forEach((value, code) => {
    const c = perCode[code] as number;
    if (c > 0) counts.set(value, c);
  });
  // Booleans are read through numbers: a cell that was not a boolean word counts as unparsed.
  let unparsed = 0;
  if (column.type === 'boolean') {
    unparsed = numericGaps(sel, name).unparsed;
    missing -= unparsed;
  }
  return { counts, missing, unparsed };
}
