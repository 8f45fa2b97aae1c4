import type { PostmortemContent } from '../../shared/domain';
import type Database from 'better-sqlite3';
import type { WriteDb } from '../db/handles';

/**
 * The list sections of a postmortem, one table each. Every field maps to the snake_case column of
 * the same name, and `position` keeps the order the facilitator gave them.
 */
const CHILDREN = {
  kpis: ['id', 'name', 'target', 'unit', 'note'],
  accepted_risks: ['id', 'name', 'value', 'unit', 'note'],
  diagnosis_answers: ['question', 'status', 'findings'],
  root_causes: ['id', 'layer', 'description'],
  worked_well: ['id', 'text'],
  actions: ['id', 'area', 'description', 'owner', 'dueDate', 'status', 'reviewDate'],
  lessons: ['prompt', 'answer'],
  timeline_events: ['id', 'at', 'kind', 'text'],
  participants: ['id', 'name', 'team', 'role'],
  parking_lot: ['id', 'text', 'createdAt'],
} as const;

export type ChildTable = keyof typeof CHILDREN;
export const childTables = Object.keys(CHILDREN) as ChildTable[];

export interface Children {
  kpis: PostmortemContent['purpose']['kpis'];
  accepted_risks: PostmortemContent['purpose']['acceptedRisks'];
  diagnosis_answers: PostmortemContent['diagnosis'];
  root_causes: PostmortemContent['rootCauses'];
  worked_well: PostmortemContent['workedWell'];
  actions: PostmortemContent['actions'];
  lessons: PostmortemContent['lessons'];
  timeline_events: PostmortemContent['timeline'];
  participants: PostmortemContent['participants'];
  parking_lot: PostmortemContent['parkingLot'];
}

export function childrenOf(content: PostmortemContent): Children {
  return {
    kpis: content.purpose.kpis,
    accepted_risks: content.purpose.acceptedRisks,
    diagnosis_answers: content.diagnosis,
    root_causes: content.rootCauses,
    worked_well: content.workedWell,
    actions: content.actions,
    lessons: content.lessons,
    timeline_events: content.timeline,
    participants: content.participants,
    parking_lot: content.parkingLot,
  };
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function childSql(table: ChildTable): { insert: string; delete: string; select: string } {
  const fields = CHILDREN[table];
  const columns = fields.map(snake);
  return {
    insert:
      `INSERT INTO ${table} (postmortem_id, position, ${columns.join(', ')}) ` +
      `VALUES (?, ?, ${columns.map(() => '?').join(', ')})`,
    delete: `DELETE FROM ${table} WHERE postmortem_id = ?`,
    select:
      `SELECT ${columns.map((c, i) => `${c} AS "${fields[i]}"`).join(', ')} FROM ${table} ` +
      'WHERE postmortem_id = ? ORDER BY position',
  };
}

/** Prepared statements for the child tables, made once per connection. */
export class ChildStatements {
  private readonly inserts = new Map<ChildTable, Database.Statement<unknown[]>>();
  private readonly deletes = new Map<ChildTable, Database.Statement<[string]>>();
  private readonly selects = new Map<ChildTable, Database.Statement<[string]>>();

  constructor(db: WriteDb) {
    for (const table of childTables) {
      const sql = childSql(table);
      this.inserts.set(table, db.prepare<unknown[]>(sql.insert));
      this.deletes.set(table, db.prepare<[string]>(sql.delete));
      this.selects.set(table, db.prepare<[string]>(sql.select));
    }
  }

  /** Replaces every child row of one postmortem; call inside the caller's transaction. */
  replace(postmortemId: string, children: Children): void {
    for (const table of childTables) {
      this.deletes.get(table)!.run(postmortemId);
      const insert = this.inserts.get(table)!;
      const fields = CHILDREN[table];
      const items = children[table] as readonly Record<string, unknown>[];
      items.forEach((item, position) => {
        insert.run(postmortemId, position, ...fields.map((field) => item[field]));
      });
    }
  }

  read(postmortemId: string): Children {
    const result = {} as Record<ChildTable, unknown[]>;
    for (const table of childTables) result[table] = this.selects.get(table)!.all(postmortemId);
    return result as unknown as Children;
  }
}
