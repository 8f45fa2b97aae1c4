import type { EvidenceColumn } from '../import/types';
import { MISSING } from './column-store';
import type { EvidenceSource } from './source';

/**
 * Whether the column is sorted in memory (numbers from their cached sorted order, categories by a
 * counting sort of their codes) rather than by SQL: not for columns of +-Infinity or with too many
 * distinct texts to hold as codes.
 */
export function sortsInMemory(source: EvidenceSource, column: EvidenceColumn): boolean {
  if (!source.rowidsAreDense) return false;
  if (column.type === 'category' || column.type === 'text') {
    return source.store.categories(column).codes !== null;
  }
  return source.store.numbers(column).infinite === 0;
}

/**
 * Rowids of the candidate rows ordered by a category or text column: values in code-unit order
 * (SQLite's BINARY order except for characters beyond U+FFFF), equal values in file order, missing
 * cells last. A counting sort over the codes: one pass whatever the row count.
 */
export function categorySortOrder(
  source: EvidenceSource,
  column: EvidenceColumn,
  dir: 'asc' | 'desc',
  candidates: Uint32Array | null,
): Uint32Array {
  const data = source.store.categories(column);
  const codes = data.codes as Int32Array;
  const byValue = data.dictionary.map((_, code) => code);
  byValue.sort((a, b) => {
    const x = data.dictionary[a] as string;
    const y = data.dictionary[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  if (dir === 'desc') byValue.reverse();
  const width = byValue.length + 1; // the last slot holds missing cells
  const slotOf = new Int32Array(byValue.length);
  byValue.forEach((code, rank) => (slotOf[code] = rank));
  const slot = (row: number) => {
    const code = codes[row] as number;
    return code < 0 ? width - 1 : (slotOf[code] as number);
  };
  const n = candidates ? candidates.length : source.rowCount;
  const rowAt = (j: number) => (candidates ? (candidates[j] as number) - 1 : j);
  const starts = new Uint32Array(width + 1);
  for (let j = 0; j < n; j++) starts[slot(rowAt(j)) + 1]!++;
  for (let r = 0; r < width; r++) starts[r + 1]! += starts[r] as number;
  const out = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const row = rowAt(j);
    out[starts[slot(row)]!++] = row + 1;
  }
  return out;
}

/**
 * Rowids of the candidate rows (all rows when null) ordered by the column: numbers ascending or
 * descending with equal values in file order, then cells that did not parse, then missing cells,
 * both in file order. One pass over the column's sorted order (built once, ~0.3 s per 1M rows).
 */
export function memorySortOrder(
  source: EvidenceSource,
  column: EvidenceColumn,
  dir: 'asc' | 'desc',
  candidates: Uint32Array | null,
): Uint32Array {
  const n = source.rowCount;
  let keep: Uint8Array | null = null;
  if (candidates) {
    keep = new Uint8Array(n);
    for (const rowid of candidates) keep[rowid - 1] = 1;
  }
  const out = new Uint32Array(candidates ? candidates.length : n);
  let k = 0;
  const push = (row: number) => {
    if (!keep || keep[row] === 1) out[k++] = row + 1;
  };
  const { values, rows } = source.store.sorted(column);
  if (dir === 'asc') {
    for (let p = 0; p < values.length; p++) push(rows[p] as number);
  } else {
    // Runs of equal values from the largest down, each run in file order.
    let end = values.length;
    while (end > 0) {
      let start = end - 1;
      while (start > 0 && values[start - 1] === values[end - 1]) start--;
      for (let p = start; p < end; p++) push(rows[p] as number);
      end = start;
    }
  }
  const { state } = source.store.numbers(column);
  if (state) {
    for (let i = 0; i < n; i++) if (state[i] !== 0 && state[i] !== MISSING) push(i);
    for (let i = 0; i < n; i++) if (state[i] === MISSING) push(i);
  }
  return out.subarray(0, k);
}

/**
 * Rowids of the candidate rows ordered by a text column too varied for codes (ids), as SQL orders
 * them (values in BINARY order, equal values in file order, missing cells last), from the order
 * built once per column (and kept in the column cache): one pass instead of a sort per question.
 */
export function textSortOrder(
  source: EvidenceSource,
  column: EvidenceColumn,
  dir: 'asc' | 'desc',
  candidates: Uint32Array | null,
): Uint32Array {
  const { present, runStarts, missing } = source.store.textOrder(column);
  let keep: Uint8Array | null = null;
  if (candidates) {
    keep = new Uint8Array(source.rowCount + 1);
    for (const rowid of candidates) keep[rowid] = 1;
  }
  const out = new Uint32Array(candidates ? candidates.length : present.length + missing.length);
  let k = 0;
  const push = (rowid: number) => {
    if (!keep || keep[rowid] === 1) out[k++] = rowid;
  };
  if (dir === 'asc') {
    for (let p = 0; p < present.length; p++) push(present[p] as number);
  } else {
    // Runs of equal values from the largest down, each run in file order.
    let end = present.length;
    while (end > 0) {
      let start = end - 1;
      while (start > 0 && runStarts[start] !== 1) start--;
      for (let p = start; p < end; p++) push(present[p] as number);
      end = start;
    }
  }
  for (let p = 0; p < missing.length; p++) push(missing[p] as number);
  return out.subarray(0, k);
}
