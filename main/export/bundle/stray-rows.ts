import type Database from 'better-sqlite3';
import { strayEvidenceInJson } from './evidence-refs';
import type { BundlePart } from './format';
import { quote } from './tables';

interface KeyColumn {
  id: number;
  table: string;
  from: string;
  to: string | null;
}

/**
 * Why a portable file holds a row that is not its postmortem's, or null. The import re-keys only
 * the ids the file holds, and trusts the rest as they are: a row naming a postmortem, evidence or
 * review that is not in the file would be inserted into whatever this data folder holds under that
 * id. So before anything is written, every row must be one the writer would have selected for the
 * file's postmortem, and every key it holds into a table the file carries must name a row of the
 * file. The keys are this app's schema's, never the file's: the file's own schema is as open to
 * editing as its rows. Evidence named inside JSON (a pin's spec) is checked last, once the rows
 * it must agree with are known to be the file's (evidence-refs.ts).
 */
export function strayRows(
  bundle: Database.Database,
  db: Database.Database,
  parts: readonly BundlePart[],
  present: ReadonlySet<string>,
  postmortemId: string,
): string | null {
  const carried = parts.filter((p) => present.has(p.table));
  // A table the file should carry but lacks counts as empty: its children name nothing.
  const tables = new Set(parts.map((p) => p.table));
  // Keys first, parents before children: the message then names the row that was edited, not
  // the rows that follow it out of the file.
  for (const { table } of carried) {
    const stray = strayKey(bundle, db, table, tables);
    if (stray) return stray;
  }
  // What keys cannot see: a row whose key is empty, or a review that covers none of it.
  for (const part of carried) {
    if (!belongs(bundle, part, postmortemId))
      return `holds rows in table ${part.table} that are not its postmortem's`;
  }
  return strayEvidenceInJson(bundle, db, present);
}

/** Whether every row of the part's table is one the writer selects for the postmortem. */
function belongs(bundle: Database.Database, part: BundlePart, postmortemId: string): boolean {
  const all = bundle
    .prepare(`SELECT count(*) FROM ${quote(part.table)}`)
    .pluck()
    .get();
  try {
    const ours = bundle
      .prepare(`SELECT count(*) FROM (${part.select})`)
      .pluck()
      .get({ postmortem: postmortemId });
    return all === ours;
  } catch {
    // The file lacks a table or column its rows belong through: none of them can be shown ours.
    return all === 0;
  }
}

/** The first key of `table` (one per foreign key, composite ones whole) naming no row of the file. */
function strayKey(
  bundle: Database.Database,
  db: Database.Database,
  table: string,
  carried: ReadonlySet<string>,
): string | null {
  const columnsOf = (of: Database.Database, t: string) =>
    new Set(of.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck().all(t) as string[]);
  const inFile = columnsOf(bundle, table);
  const keys = new Map<number, KeyColumn[]>();
  for (const k of db
    .prepare('SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(?) ORDER BY id, seq')
    .all(table) as KeyColumn[]) {
    keys.set(k.id, [...(keys.get(k.id) ?? []), k]);
  }
  for (const key of keys.values()) {
    const parent = key[0]!.table;
    // A key into a table the file does not carry is this folder's to check (after insert).
    if (!carried.has(parent)) continue;
    const from = key.map((k) => k.from);
    // A column the file lacks (an older file) takes this folder's default, checked after insert.
    if (!from.every((c) => inFile.has(c))) continue;
    const to = key.map((k, i) => k.to ?? primaryKey(db, parent)[i]!);
    const tuple = (cols: string[]) => `(${cols.map(quote).join(', ')})`;
    const parentInFile = columnsOf(bundle, parent);
    const held = to.every((c) => parentInFile.has(c))
      ? `SELECT ${to.map(quote).join(', ')} FROM ${quote(parent)} WHERE ${to.map((c) => `${quote(c)} IS NOT NULL`).join(' AND ')}`
      : `SELECT ${to.map(() => 'NULL').join(', ')} WHERE 0`;
    // SQLite checks a key only when all its columns are set; so does this.
    const row = bundle
      .prepare(
        `SELECT ${from.map(quote).join(', ')} FROM ${quote(table)}
         WHERE ${from.map((c) => `${quote(c)} IS NOT NULL`).join(' AND ')}
           AND ${tuple(from)} NOT IN (${held}) LIMIT 1`,
      )
      .raw()
      .get() as unknown[] | undefined;
    if (!row) continue;
    const elsewhere = db
      .prepare(
        `SELECT 1 FROM ${quote(parent)} WHERE ${tuple(to)} = (${to.map(() => '?').join(', ')})`,
      )
      .get(...row);
    return elsewhere
      ? `holds rows of another postmortem in table ${table}`
      : `holds rows in table ${table} that point to no row of it (${from.join(', ')})`;
  }
  return null;
}

function primaryKey(db: Database.Database, table: string): string[] {
  return db
    .prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
    .pluck()
    .all(table) as string[];
}
