import path from 'node:path';
import { openWritable } from '../../../main/db/connection';
import type { WriteDb } from '../../../main/db/handles';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { tempDir } from './temp';

/** A new database file migrated to exactly `version`, as a migration test starts from. */
export function freshAt(version: number): WriteDb {
  const db = openWritable(path.join(tempDir(), 'documents.sqlite'));
  migrate(db, migrations, version);
  return db;
}

/** SQLite's plan for a query, one line: the tests assert on index use and on sort steps. */
export function queryPlan(db: WriteDb, sql: string, ...params: unknown[]): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

export const INSERT_POSTMORTEM = `INSERT INTO postmortems (id, title, status, model_name,
  model_version, what_happened, time_zone, detected_by, impacted_who, impacted_unit, objective,
  notes, created_at, updated_at)
  VALUES (?, 'T', 'draft', '', '', '', 'UTC', '', '', '', '', '', '2024-01-01', '2024-01-01')`;
