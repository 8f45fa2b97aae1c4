// The shapes of columns held in memory (column-store.ts) and kept in the column cache beside the
// evidence file (column-cache.ts): a file of their own so the two can share them without
// importing each other.

/** Per-row state of a numeric column when not every cell holds a number. */
export const VALUE = 0;
export const MISSING = 1;
export const UNPARSED = 2;

export interface NumericColumnData {
  kind: 'numeric';
  /** One entry per row in file order; NaN where the cell is missing or did not parse. */
  values: Float64Array;
  /** VALUE / MISSING / UNPARSED per row; null when every cell holds a number. */
  state: Uint8Array | null;
  missing: number;
  unparsed: number;
  /** Values that are +-Infinity (left out of the sorted order like NaN). */
  infinite: number;
}

export interface CategoricalColumnData {
  kind: 'categorical';
  /** Index into `dictionary` per row, -1 where missing; null when the column has too many values. */
  codes: Int32Array | null;
  dictionary: string[];
  /** Missing cells; -1 (not counted) when codes is null. */
  missing: number;
  /** Columns with too many values (codes null): see ColumnStore.overflowStats. */
  overflow: OverflowStats | null;
  /** Derived from a boolean column's numbers (not kept in the column cache). */
  fromBoolean?: true;
}

export interface OverflowStats {
  missing: number;
  distinct: number;
  /** Most frequent values, most frequent first (at most 10). */
  top: [string, number][];
}

/** A numeric column's finite values in ascending order, with the row each came from. */
export interface SortedColumnData {
  values: Float64Array;
  /** Row position (0-based, file order) of each sorted value; ties keep file order. */
  rows: Uint32Array;
}
