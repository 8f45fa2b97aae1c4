import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ReadDb } from '../../db/handles';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './format';
import { bundleParts, quote, storedColumns } from './tables';

export interface BundleSource {
  db: ReadDb;
  /** The data folder's evidence/ directory. */
  evidenceDir: string;
  appVersion: string;
  now: () => Date;
}

/**
 * One SQLite file holding a postmortem: its rows in every table that belongs to it (the same
 * tables and columns as the data folder, found from the schema), its part of the follow-up reviews
 * that walked its actions, its evidence files whole, and what wrote it. Written beside the target
 * and renamed into place, so it is whole or absent.
 */
export function writeBundle(source: BundleSource, postmortemId: string, target: string): number {
  const { db } = source;
  const title = db
    .prepare('SELECT title FROM postmortems WHERE id = ?')
    .pluck()
    .get(postmortemId) as string | undefined;
  if (title === undefined) throw new Error(`There is no postmortem with id "${postmortemId}".`);
  const parts = bundleParts(db);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(temp, { force: true });
  const out = new Database(temp);
  try {
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    out.pragma('foreign_keys = OFF');
    out.exec('CREATE TABLE bundle_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
    out.exec(
      'CREATE TABLE bundle_files (name TEXT PRIMARY KEY, evidence_id TEXT NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL) STRICT',
    );
    const meta = out.prepare('INSERT INTO bundle_meta (key, value) VALUES (?, ?)');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    out.transaction(() => {
      for (const [key, value] of Object.entries({
        format: BUNDLE_FORMAT,
        version: String(BUNDLE_VERSION),
        schema_version: String(schemaVersion),
        app_version: source.appVersion,
        exported_at: source.now().toISOString(),
        postmortem_id: postmortemId,
        title,
        tables: JSON.stringify(parts.map((p) => p.table)),
      })) {
        meta.run(key, value);
      }
      for (const part of parts) {
        const sql = db
          .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
          .pluck()
          .get(part.table) as string;
        out.exec(sql);
        const rows = db.prepare(part.select).all({ postmortem: postmortemId }) as Record<
          string,
          unknown
        >[];
        if (rows.length === 0) continue;
        const stored = new Set(storedColumns(db, part.table));
        const columns = Object.keys(rows[0]!).filter((c) => stored.has(c));
        const insert = out.prepare(
          `INSERT INTO ${quote(part.table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(...columns.map((c) => row[c]));
      }
      if (parts.some((p) => p.table === 'evidence')) {
        const files = db
          .prepare('SELECT id, path FROM evidence WHERE postmortem_id = ?')
          .all(postmortemId) as { id: string; path: string }[];
        const add = out.prepare(
          'INSERT INTO bundle_files (name, evidence_id, sha256, bytes) VALUES (?, ?, ?, ?)',
        );
        for (const f of files) {
          const bytes = fs.readFileSync(path.join(source.evidenceDir, f.path));
          add.run(f.path, f.id, createHash('sha256').update(bytes).digest('hex'), bytes);
        }
      }
    })();
    out.close();
    fs.renameSync(temp, target);
  } catch (error) {
    if (out.open) out.close();
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return fs.statSync(target).size;
}
