import type Database from 'better-sqlite3';
import type { EvidenceColumn } from '../import/types';
import { physical } from './sql';

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
}

export interface CategoricalColumnData {
  kind: 'categorical';
  /** Index into `dictionary` per row, -1 where missing; null when the column has too many values. */
  codes: Int32Array | null;
  dictionary: string[];
  missing: number;
}

/** Columns with more distinct values than this are not held as categories (ids, free text). */
export const MAX_CATEGORIES = 100_000;

/**
 * Columns held in memory as typed arrays, loaded once per column on first use (one sequential
 * scan, ~0.2 s per 1M rows): histograms, time series and drift then run in milliseconds instead
 * of a full SQL scan per question. 1M rows cost 8 MB (numeric) or 4 MB (category codes) a column.
 */
export class ColumnStore {
  private readonly numeric = new Map<string, NumericColumnData>();
  private readonly categorical = new Map<string, CategoricalColumnData>();

  constructor(
    private readonly db: Database.Database,
    private readonly rowCount: number,
  ) {}

  /** Integer, real, instant and boolean columns as numbers (booleans as 0/1). */
  numbers(column: EvidenceColumn): NumericColumnData {
    let data = this.numeric.get(column.physicalName);
    if (!data) {
      data = this.loadNumeric(column);
      this.numeric.set(column.physicalName, data);
    }
    return data;
  }

  /** Category and text columns by value; booleans as "false"/"true". */
  categories(column: EvidenceColumn): CategoricalColumnData {
    let data = this.categorical.get(column.physicalName);
    if (!data) {
      data = column.type === 'boolean' ? this.booleanCategories(column) : this.loadCategorical(column);
      this.categorical.set(column.physicalName, data);
    }
    return data;
  }

  bytes(): number {
    let total = 0;
    for (const d of this.numeric.values()) total += d.values.byteLength + (d.state?.byteLength ?? 0);
    for (const d of this.categorical.values()) total += d.codes?.byteLength ?? 0;
    return total;
  }

  clear(): void {
    this.numeric.clear();
    this.categorical.clear();
  }

  private scan(column: EvidenceColumn): unknown[] {
    const sql = `SELECT ${physical(column.physicalName)} FROM rows ORDER BY rowid`;
    return this.db.prepare(sql).pluck().all();
  }

  private loadNumeric(column: EvidenceColumn): NumericColumnData {
    const cells = this.scan(column);
    const n = cells.length;
    const values = new Float64Array(n);
    let state: Uint8Array | null = null;
    let missing = 0;
    let unparsed = 0;
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      if (typeof v === 'number') {
        values[i] = v;
        continue;
      }
      values[i] = NaN;
      state ??= new Uint8Array(n);
      if (v === null || v === undefined) {
        state[i] = MISSING;
        missing++;
      } else {
        state[i] = UNPARSED;
        unparsed++;
      }
    }
    if (n !== this.rowCount) throw new Error(`Expected ${this.rowCount} rows, read ${n}.`);
    return { kind: 'numeric', values, state, missing, unparsed };
  }

  private loadCategorical(column: EvidenceColumn): CategoricalColumnData {
    const cells = this.scan(column);
    const n = cells.length;
    const codes = new Int32Array(n);
    const index = new Map<string, number>();
    const dictionary: string[] = [];
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      if (v === null || v === undefined) {
        codes[i] = -1;
        missing++;
        continue;
      }
      const text = typeof v === 'string' ? v : String(v);
      let code = index.get(text);
      if (code === undefined) {
        if (dictionary.length >= MAX_CATEGORIES) {
          return { kind: 'categorical', codes: null, dictionary: [], missing: countNulls(cells) };
        }
        code = dictionary.length;
        dictionary.push(text);
        index.set(text, code);
      }
      codes[i] = code;
    }
    return { kind: 'categorical', codes, dictionary, missing };
  }

  private booleanCategories(column: EvidenceColumn): CategoricalColumnData {
    const { values, state } = this.numbers(column);
    const codes = new Int32Array(values.length);
    let missing = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v === 0 || v === 1) codes[i] = v;
      else {
        codes[i] = -1;
        if (!state || state[i] === MISSING) missing++;
      }
    }
    return { kind: 'categorical', codes, dictionary: ['false', 'true'], missing };
  }
}

function countNulls(cells: unknown[]): number {
  let k = 0;
  for (const v of cells) if (v === null || v === undefined) k++;
  return k;
}
