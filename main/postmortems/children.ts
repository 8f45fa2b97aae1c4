import type Database from 'better-sqlite3';
import type { Link } from '../../shared/domain';
import { LINKS, LISTS, listNames, type LinkSpec, type ListName } from '../../shared/doc/registry';
import { linkInsertParams, linkInsertSql } from './link-sql';
import type { WriteDb } from '../db/handles';
import { sortLinks } from '../../shared/doc/apply';

/**
 * The list tables of a postmortem, driven by the registry in shared/doc: every item field maps to
 * the snake_case column of the same name, and `position` orders the items.
 */
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** An item's fields other than its id, in the order of the item schema. */
export function itemFields(list: ListName): string[] {
  return Object.keys(LISTS[list].item.shape).filter((name) => name !== 'id');
}

export function columnOf(field: string): string {
  return snake(field);
}

export type Children = { [L in ListName]: Record<string, unknown>[] } & { links: Link[] };

/** Prepared statements for the list and link tables, made once per connection. */
export class ChildStatements {
  private readonly selects = new Map<ListName, Database.Statement<[string]>>();
  private readonly inserts = new Map<ListName, Database.Statement<unknown[]>>();
  private readonly linkSelects: { kind: Link['kind']; statement: Database.Statement<[string]> }[] =
    [];

  constructor(private readonly db: WriteDb) {
    for (const list of listNames) {
      const { table } = LISTS[list];
      const fields = itemFields(list);
      const columns = fields.map(columnOf);
      this.selects.set(
        list,
        db.prepare<[string]>(
          `SELECT id, ${columns.map((c, i) => `${c} AS "${fields[i]}"`).join(', ')} FROM ${table} ` +
            'WHERE postmortem_id = ? ORDER BY position, id',
        ),
      );
      this.inserts.set(
        list,
        db.prepare<unknown[]>(
          `INSERT INTO ${table} (postmortem_id, id, position, ${columns.join(', ')}) ` +
            `VALUES (?, ?, ?, ${columns.map(() => '?').join(', ')})`,
        ),
      );
    }
    for (const [kind, spec] of Object.entries(LINKS) as [
      Link['kind'],
      (typeof LINKS)[Link['kind']],
    ][]) {
      this.linkSelects.push({
        kind,
        statement: db.prepare<[string]>(
          `SELECT ${spec.from.column} AS "from", ${spec.to.column} AS "to" FROM ${spec.table} ` +
            `WHERE postmortem_id = ? ORDER BY ${spec.from.column}, ${spec.to.column}`,
        ),
      });
    }
  }

  /** Inserts the items of a new postmortem in order; call inside the caller's transaction. */
  insertAll(postmortemId: string, children: Children): void {
    for (const list of listNames) {
      const insert = this.inserts.get(list)!;
      const fields = itemFields(list);
      children[list].forEach((item, position) => {
        insert.run(postmortemId, item.id, position, ...fields.map((field) => item[field]));
      });
    }
    for (const link of children.links) {
      const spec: LinkSpec = LINKS[link.kind];
      // A copy's citations of the original's pins are left out (pins are not copied).
      this.db
        .prepare(linkInsertSql(spec))
        .run(...linkInsertParams(spec, postmortemId, link.from, link.to));
    }
  }

  read(postmortemId: string): Children {
    const result = {} as Record<string, unknown>;
    for (const list of listNames) result[list] = this.selects.get(list)!.all(postmortemId);
    // In the canonical order of the pure reducer (kind, from, to), so copies compare equal.
    result.links = sortLinks(
      this.linkSelects.flatMap(({ kind, statement }) =>
        (statement.all(postmortemId) as { from: string; to: string }[]).map((row) => ({
          kind,
          ...row,
        })),
      ),
    );
    return result as Children;
  }
}
