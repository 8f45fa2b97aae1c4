// The columns of an evidence file as the queries hold them in memory (typed arrays, sorted orders,
// category codes, the time overview), written once beside the file as `<id>.columns` so a file
// opened again is read in tens of milliseconds instead of a scan and a sort per column. Exact:
// it holds every value, in the form the ColumnStore would build from SQLite. Optional: a missing,
// old or unreadable cache is rebuilt from the evidence file, which stays the only truth.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { TimeOverview } from '../../../shared/evidence';
import { openSqlite } from '../../db/sqlite';
import type { EvidenceColumn } from '../import/types';
import type { CategoricalColumnData, NumericColumnData } from './column-data';

const CACHE_VERSION = 1;

/** Rowids of a column's non-missing cells in SQL's ORDER BY col, rowid; then the missing ones. */
export interface TextOrder {
  present: Uint32Array;
  /** 1 where a present cell's value differs from the one before it (a run of equal values starts). */
  runStarts: Uint8Array;
  missing: Uint32Array;
}

export function cachePathFor(evidencePath: string): string {
  return evidencePath.replace(/\.sqlite$/, '.columns');
}

interface Part {
  name: string;
  json: string | null;
  data: Buffer | null;
}

const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** A copy of the blob in an ArrayBuffer of its own (typed arrays need their elements aligned). */
function aligned(data: Buffer): ArrayBuffer {
  const out = new ArrayBuffer(data.byteLength);
  new Uint8Array(out).set(data);
  return out;
}

/** Reads parts of a cache file; every method returns null for what the cache does not hold. */
export class ColumnCache {
  private constructor(private readonly db: Database.Database) {}

  /** The cache beside an evidence file, when it exists and was written for this very file. */
  static open(evidencePath: string, evidenceId: string, rowCount: number): ColumnCache | null {
    const file = cachePathFor(evidencePath);
    if (!fs.existsSync(file)) return null;
    let db: Database.Database | null = null;
    try {
      db = openSqlite(file, { readonly: true, fileMustExist: true });
      const cache = new ColumnCache(db);
      const meta = cache.json<{ version: number; evidenceId: string; rowCount: number }>('meta');
      if (
        meta?.version === CACHE_VERSION &&
        meta.evidenceId === evidenceId &&
        meta.rowCount === rowCount
      ) {
        return cache;
      }
    } catch {
      // Unreadable: the columns are read from the evidence file, and the cache is written again.
    }
    db?.close();
    return null;
  }

  private part(name: string): Part | null {
    try {
      return (
        (this.db.prepare('SELECT name, json, data FROM parts WHERE name = ?').get(name) as
          Part | undefined) ?? null
      );
    } catch {
      return null;
    }
  }

  private json<T>(name: string): T | null {
    const p = this.part(name);
    return p?.json ? (JSON.parse(p.json) as T) : null;
  }

  numbers(column: EvidenceColumn): NumericColumnData | null {
    const p = this.part(`num:${column.physicalName}`);
    if (!p?.json || !p.data) return null;
    const info = JSON.parse(p.json) as { missing: number; unparsed: number; infinite: number };
    const state = this.part(`state:${column.physicalName}`)?.data ?? null;
    return {
      kind: 'numeric',
      values: new Float64Array(aligned(p.data)),
      state: state ? new Uint8Array(aligned(state)) : null,
      ...info,
    };
  }

  sortedRows(column: EvidenceColumn): Uint32Array | null {
    const data = this.part(`sort:${column.physicalName}`)?.data;
    return data ? new Uint32Array(aligned(data)) : null;
  }

  categories(column: EvidenceColumn): CategoricalColumnData | null {
    const p = this.part(`cat:${column.physicalName}`);
    if (!p?.json) return null;
    const info = JSON.parse(p.json) as { dictionary: string[]; missing: number };
    return {
      kind: 'categorical',
      codes: p.data ? new Int32Array(aligned(p.data)) : null,
      dictionary: info.dictionary,
      missing: info.missing,
      overflow: null,
    };
  }

  textOrder(column: EvidenceColumn): TextOrder | null {
    const p = this.part(`text:${column.physicalName}`);
    const runs = this.part(`runs:${column.physicalName}`)?.data;
    if (!p?.json || !p.data || !runs) return null;
    const { present } = JSON.parse(p.json) as { present: number };
    const all = new Uint32Array(aligned(p.data));
    return {
      present: all.subarray(0, present),
      missing: all.subarray(present),
      runStarts: new Uint8Array(aligned(runs)),
    };
  }

  timeOverview(): TimeOverview | null {
    return this.json<TimeOverview>('overview');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** What a cache is written from: everything the queries hold for one file. */
export interface CacheContents {
  evidenceId: string;
  rowCount: number;
  numbers: Map<string, NumericColumnData>;
  sortedRows: Map<string, Uint32Array>;
  categories: Map<string, CategoricalColumnData>;
  textOrders: Map<string, TextOrder>;
  timeOverview: TimeOverview | null;
}

/** Writes the cache beside the evidence file: a temporary file renamed into place when whole. */
export function writeColumnCache(evidencePath: string, contents: CacheContents): void {
  const file = cachePathFor(evidencePath);
  // Two workers of one process may write at once (a query worker and a test's): unique names.
  const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  fs.rmSync(temporary, { force: true });
  const db = openSqlite(temporary);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec('CREATE TABLE parts (name TEXT PRIMARY KEY, json TEXT, data BLOB)');
    const put = db.prepare('INSERT INTO parts (name, json, data) VALUES (?, ?, ?)');
    db.transaction(() => {
      const meta = {
        version: CACHE_VERSION,
        evidenceId: contents.evidenceId,
        rowCount: contents.rowCount,
      };
      put.run('meta', JSON.stringify(meta), null);
      for (const [name, d] of contents.numbers) {
        const info = { missing: d.missing, unparsed: d.unparsed, infinite: d.infinite };
        put.run(`num:${name}`, JSON.stringify(info), bytes(d.values));
        if (d.state) put.run(`state:${name}`, null, bytes(d.state));
      }
      for (const [name, rows] of contents.sortedRows) put.run(`sort:${name}`, null, bytes(rows));
      for (const [name, d] of contents.categories) {
        // A column too varied to hold by value (missing -1, no codes) is kept as such.
        const info = { dictionary: d.dictionary, missing: d.missing };
        put.run(`cat:${name}`, JSON.stringify(info), d.codes ? bytes(d.codes) : null);
      }
      for (const [name, order] of contents.textOrders) {
        const all = new Uint32Array(order.present.length + order.missing.length);
        all.set(order.present);
        all.set(order.missing, order.present.length);
        put.run(`text:${name}`, JSON.stringify({ present: order.present.length }), bytes(all));
        put.run(`runs:${name}`, null, bytes(order.runStarts));
      }
      if (contents.timeOverview) put.run('overview', JSON.stringify(contents.timeOverview), null);
    })();
    db.close();
    fs.renameSync(temporary, file);
  } catch (error) {
    if (db.open) db.close();
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Rowids ordered by a text column as SQL orders them: present cells by value then rowid, then missing. */
export function buildTextOrder(db: Database.Database, col: string): TextOrder {
  const rows = db
    .prepare(`SELECT rowid, ${col} FROM rows WHERE ${col} IS NOT NULL ORDER BY ${col}, rowid`)
    .raw()
    .iterate() as IterableIterator<[number, unknown]>;
  const ids: number[] = [];
  const starts: number[] = [];
  let previous: unknown = undefined;
  for (const [rowid, value] of rows) {
    starts.push(ids.length === 0 || value !== previous ? 1 : 0);
    ids.push(rowid);
    previous = value;
  }
  const missing = db
    .prepare(`SELECT rowid FROM rows WHERE ${col} IS NULL ORDER BY rowid`)
    .pluck()
    .all() as number[];
  return {
    present: Uint32Array.from(ids),
    runStarts: Uint8Array.from(starts),
    missing: Uint32Array.from(missing),
  };
}
