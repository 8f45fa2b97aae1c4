import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { TimeOverview } from '../../../shared/evidence';
import type { EvidenceColumn, EvidenceMeta } from '../import/types';
import { ColumnCache } from './column-cache';
import { ColumnStore } from './column-store';
import { physical } from './sql';

/**
 * Rows of one evidence file picked by a window, as 0-based positions in file order: either the
 * listed `rows`, or (rows null) the contiguous positions from..to-1 (a window on a sorted time
 * column, or a whole file), which costs no memory. Cut by selection.ts; declared here because
 * each source keeps the windows cut from it.
 */
export interface Selection {
  source: EvidenceSource;
  rows: Uint32Array | null;
  from: number;
  to: number;
  size: number;
  /** 1 for each selected row, built on first use (membership tests for non-contiguous windows). */
  mask?: Uint8Array;
}

/**
 * One committed evidence file opened read-only, with its metadata and the in-memory caches that
 * make repeated questions cheap (column arrays, sorted row orders). The file is never written.
 */
export class EvidenceSource {
  readonly db: Database.Database;
  readonly columns: readonly EvidenceColumn[];
  readonly store: ColumnStore;
  /** Row orders per (filters, search, sort), most recently used last. */
  readonly orders = new Map<string, Uint32Array>();
  /** Windows already cut, by their JSON (see selection.ts). */
  readonly selections = new Map<string, Selection>();
  /** The time span and change point, computed once (see change-point.ts). */
  timeOverview: TimeOverview | null = null;
  /** The column cache found beside the file when it opened (null: it is built by the prefetch). */
  readonly cache: ColumnCache | null;
  /** The background read of every column (prefetch.ts), once started. */
  prefetched: Promise<void> | null = null;
  private readonly byName = new Map<string, EvidenceColumn>();
  private denseRowids: boolean | null = null;

  /** `db` is a read-only connection to the committed file (the import's openEvidence). */
  constructor(
    readonly id: string,
    readonly path: string,
    db: Database.Database,
    readonly meta: EvidenceMeta,
  ) {
    this.db = db;
    this.columns = meta.columns;
    for (const c of meta.columns) this.byName.set(c.name, c);
    this.cache = ColumnCache.open(path, id, meta.rowCount);
    this.timeOverview = this.cache?.timeOverview() ?? null;
    this.store = new ColumnStore(this.db, meta.rowCount, this.cache);
  }

  get rowCount(): number {
    return this.meta.rowCount;
  }

  get timeColumn(): EvidenceColumn | null {
    const index = this.meta.timeColumn;
    return index === null ? null : (this.columns.find((c) => c.index === index) ?? null);
  }

  /** The column named `name`, or a clear not_found error listing what exists. */
  column(name: string): EvidenceColumn {
    const column = this.byName.get(name);
    if (column) return column;
    const known = this.columns.map((c) => c.name);
    const shown = known.slice(0, 20).join(', ') + (known.length > 20 ? ', ...' : '');
    throw new AppError(
      'not_found',
      `The evidence "${this.meta.sourceFileName}" has no column "${name}". Its columns: ${shown}.`,
    );
  }

  private readonly nulls = new Map<string, Uint32Array>();

  /**
   * 0-based rows whose cell of the column is missing: from the column's text order when it is kept
   * (ids and free text, see prefetch.ts), else read once by SQL (a scan of the file).
   */
  nullRows(column: EvidenceColumn): Uint32Array {
    let rows = this.nulls.get(column.physicalName);
    const order = rows || !this.rowidsAreDense ? null : this.store.textOrderIfKept(column);
    if (order) {
      rows = order.missing.map((rowid) => rowid - 1);
      this.nulls.set(column.physicalName, rows);
    }
    if (!rows) {
      const sql = `SELECT rowid - 1 FROM rows WHERE ${physical(column.physicalName)} IS NULL`;
      rows = Uint32Array.from(this.db.prepare(sql).pluck().all() as number[]);
      this.nulls.set(column.physicalName, rows);
    }
    return rows;
  }

  hasColumn(name: string): boolean {
    return this.byName.has(name);
  }

  /** Row i of the file has rowid i + 1 when the import inserted rows in order and none is missing. */
  get rowidsAreDense(): boolean {
    if (this.denseRowids === null) {
      const max = this.db.prepare('SELECT max(rowid) FROM rows').pluck().get() as number | null;
      this.denseRowids = (max ?? 0) === this.meta.rowCount;
    }
    return this.denseRowids;
  }

  close(): void {
    this.store.clear();
    this.orders.clear();
    this.selections.clear();
    this.timeOverview = null;
    this.cache?.close();
    if (this.db.open) this.db.close();
  }
}
