import { AppError } from '../../../shared/contract/errors';
import type { EvidenceWindowSpec, WindowValue } from '../../../shared/evidence';
import type { EvidenceColumn } from '../import/types';
import { MISSING, UNPARSED } from './column-store';
import type { EvidenceSource } from './source';

/** Rows of one evidence file picked by a window: 0-based positions in file order, or all rows. */
export interface Selection {
  source: EvidenceSource;
  rows: Uint32Array | null;
  size: number;
}

export type OpenSource = (evidenceId: string) => EvidenceSource;

export function selectWindow(
  window: EvidenceWindowSpec,
  main: EvidenceSource,
  open: OpenSource,
): Selection {
  switch (window.kind) {
    case 'evidence': {
      const source = window.evidenceId === main.id ? main : open(window.evidenceId);
      return { source, rows: null, size: source.rowCount };
    }
    case 'time':
      return selectTime(main, main.column(window.column), Date.parse(window.start), Date.parse(window.end));
    case 'values':
      return selectValues(main, main.column(window.column), window.values);
  }
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
  const { values } = source.store.numbers(column);
  return keep(source, values.length, (i) => {
    const t = values[i] as number;
    return t >= startMs && t < endMs;
  });
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
      throw new AppError('invalid_input', `"${String(v)}" is not a value of the numeric column "${column.name}".`);
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

function keep(source: EvidenceSource, n: number, test: (i: number) => boolean): Selection {
  const rows = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (test(i)) rows[k++] = i;
  return { source, rows: rows.slice(0, k), size: k };
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
  const data = sel.source.store.numbers(column);
  const { values, state } = data;
  if (sel.rows === null && !state) return { values, missing: 0, unparsed: 0 };
  const out = new Float64Array(sel.size);
  let k = 0;
  let missing = 0;
  let unparsed = 0;
  const n = sel.size;
  for (let j = 0; j < n; j++) {
    const i = sel.rows === null ? j : (sel.rows[j] as number);
    const s = state ? state[i] : 0;
    if (s === MISSING) missing++;
    else if (s === UNPARSED) unparsed++;
    else out[k++] = values[i] as number;
  }
  return { values: out.subarray(0, k), missing, unparsed };
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
    const i = sel.rows === null ? j : (sel.rows[j] as number);
    const code = codes[i] as number;
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
    const state = sel.source.store.numbers(column).state;
    if (state) {
      for (let j = 0; j < sel.size; j++) {
        const i = sel.rows === null ? j : (sel.rows[j] as number);
        if (state[i] === UNPARSED) unparsed++;
      }
      missing -= unparsed;
    }
  }
  return { counts, missing, unparsed };
}
