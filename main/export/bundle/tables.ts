import type Database from 'better-sqlite3';
import type { BundlePart } from './format';
import { reviewParts } from './review-tables';

export interface TableLink {
  table: string;
  /** How its rows belong to the postmortem: this column references parent(parentColumn). */
  column: string;
  parent: string;
  parentColumn: string;
}

interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

/**
 * The tables that hold a postmortem's rows, found from the schema rather than listed: every table
 * that reaches `postmortems` through foreign keys, parents before children. A later migration's
 * table comes along on its own as long as it references the postmortem's rows.
 */
export function postmortemTables(db: Database.Database): TableLink[] {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[]
  )
    .filter((name) => !NOT_CONTENT.has(name))
    .sort();
  const keys = new Map<string, ForeignKey[]>();
  for (const t of tables) {
    keys.set(
      t,
      db
        .prepare(`SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)`)
        .all(t) as ForeignKey[],
    );
  }
  const order: TableLink[] = [
    { table: 'postmortems', column: 'id', parent: 'postmortems', parentColumn: 'id' },
  ];
  const included = new Set(['postmortems']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tables) {
      if (included.has(t)) continue;
      const fks = keys.get(t) ?? [];
      // Only once every referenced table of ours is in: parents are always copied first.
      if (fks.some((fk) => tables.includes(fk.table) && !included.has(fk.table) && fk.table !== t))
        continue;
      // A key straight to the postmortem wins: pins also key (postmortem_id, timeline_event_id)
      // to timeline_events, which holds none of a pin on the diagnosis when the timeline is empty.
      const link =
        fks.find((fk) => fk.table === 'postmortems') ?? fks.find((fk) => included.has(fk.table));
      if (!link) continue;
      order.push({
        table: t,
        column: link.from,
        parent: link.table,
        parentColumn: link.to ?? 'id',
      });
      included.add(t);
      grew = true;
    }
  }
  return order;
}

/**
 * Tables that reference a postmortem but are not its content: the operation log is this data
 * folder's undo history of its windows, meaningless elsewhere.
 */
// The search index is derived: an imported postmortem is indexed anew (SearchIndex).
const NOT_CONTENT = new Set(['op_log', 'search_entries']);

/** A table's stored columns: generated ones (pins' foreign-key columns) follow from them. */
export function storedColumns(db: Database.Database, table: string): string[] {
  return db
    .prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0')
    .pluck()
    .all(table) as string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
export { quote };

/** SQL selecting one table's rows of the postmortem `:postmortem`, through its chain of parents. */
export function selectRows(links: TableLink[], table: string): string {
  const link = links.find((l) => l.table === table);
  if (!link) throw new Error(`Table ${table} does not hold postmortem rows.`);
  if (link.table === 'postmortems') return 'SELECT * FROM postmortems WHERE id = :postmortem';
  const parent = selectRows(links, link.parent);
  return `SELECT * FROM ${quote(link.table)} WHERE ${quote(link.column)} IN (SELECT ${quote(link.parentColumn)} FROM (${parent}))`;
}

/**
 * Every table the portable file carries, parents before children: the postmortem's own (found
 * from the foreign keys), then its follow-up review history (named, see review-tables.ts).
 */
export function bundleParts(db: Database.Database): BundlePart[] {
  const links = postmortemTables(db);
  return [
    ...links.map((l) => ({ table: l.table, select: selectRows(links, l.table) })),
    ...reviewParts(db, new Set(links.map((l) => l.table))),
  ];
}

/** Columns that are a table's whole primary key, holding ids unique across the database. */
export function globalIdColumn(db: Database.Database, table: string): string | null {
  const columns = db.prepare('SELECT name, pk, type FROM pragma_table_info(?)').all(table) as {
    name: string;
    pk: number;
    type: string;
  }[];
  const pk = columns.filter((c) => c.pk > 0);
  if (pk.length !== 1 || pk[0]!.type.toUpperCase() !== 'TEXT') return null;
  // A primary key that is itself a reference (meetings.postmortem_id) follows its parent.
  const fks = db
    .prepare('SELECT "from" FROM pragma_foreign_key_list(?)')
    .pluck()
    .all(table) as string[];
  return fks.includes(pk[0]!.name) ? null : pk[0]!.name;
}
