import type { Op } from '../../../shared/doc/ops';
import {
  DOC_FIELDS,
  LINKS,
  LISTS,
  type LinkSpec,
  type ListName,
} from '../../../shared/doc/registry';
import type { WriteDb } from '../../db/handles';
import { columnOf, itemFields } from '../children';
import { linkInsertParams, linkInsertSql } from '../link-sql';

/** Rows that a delete took along through a foreign key, to put back when it is undone. */
export interface RestoreRows {
  pins: Record<string, unknown>[];
  pinEvidence: Record<string, unknown>[];
  /** Cause-tree nodes citing those pins (node_pins rows): they cascade with the pins. */
  pinCitations?: Record<string, unknown>[];
  /** Follow-up review outcomes of a deleted action (review_items rows): they cascade with it. */
  reviewItems?: Record<string, unknown>[];
}

export const noRestore = (): RestoreRows => ({ pins: [], pinEvidence: [], pinCitations: [] });

// The pin columns written on restore (the generated foreign-key columns follow from them).
const PIN_COLUMNS = [
  'id',
  'postmortem_id',
  'target_kind',
  'target_id',
  'kind',
  'spec_json',
  'caption',
  'position',
  'created_at',
  'updated_at',
];

const REVIEW_ITEM_COLUMNS = [
  'review_id',
  'postmortem_id',
  'action_id',
  'position',
  'status_before',
  'done',
  'worked',
  'note',
  'next_review_date',
  'recorded_at',
];

/**
 * Writes one operation to the tables, touching only the rows it names: a field is one UPDATE, an
 * insert or a move writes one position between the neighbours. The operation has been checked by
 * the pure reducer against the same state first (operation-service.ts), so here it fits.
 * Runs inside the caller's transaction: no awaits.
 */
export class SqlWriter {
  constructor(private readonly db: WriteDb) {}

  write(postmortemId: string, op: Op, restore: RestoreRows): void {
    switch (op.op) {
      case 'set':
        if (op.list === 'doc') {
          this.db
            .prepare(`UPDATE postmortems SET ${DOC_FIELDS[op.field].column} = ? WHERE id = ?`)
            .run(sqlValue(op.value), postmortemId);
        } else {
          this.db
            .prepare(
              `UPDATE ${LISTS[op.list].table} SET ${columnOf(op.field)} = ? ` +
                'WHERE postmortem_id = ? AND id = ?',
            )
            .run(sqlValue(op.value), postmortemId, op.id);
        }
        return;
      case 'insert': {
        const fields = itemFields(op.list);
        const position = this.positionBefore(op.list, postmortemId, op.before, null);
        this.db
          .prepare(
            `INSERT INTO ${LISTS[op.list].table} (postmortem_id, id, position, ` +
              `${fields.map(columnOf).join(', ')}) VALUES (?, ?, ?, ${fields.map(() => '?').join(', ')})`,
          )
          .run(postmortemId, op.item.id, position, ...fields.map((f) => sqlValue(op.item[f])));
        return;
      }
      case 'move': {
        // Before itself: where it is (as the pure reducer reads it).
        if (op.before === op.id) return;
        const position = this.positionBefore(op.list, postmortemId, op.before, op.id);
        this.db
          .prepare(
            `UPDATE ${LISTS[op.list].table} SET position = ? WHERE postmortem_id = ? AND id = ?`,
          )
          .run(position, postmortemId, op.id);
        return;
      }
      case 'delete':
        this.collectPins(postmortemId, op.list, op.id, restore);
        if (op.list === 'actions') this.collectReviewItems(postmortemId, op.id, restore);
        // The foreign keys take the item's links and pins along in the same statement.
        this.db
          .prepare(`DELETE FROM ${LISTS[op.list].table} WHERE postmortem_id = ? AND id = ?`)
          .run(postmortemId, op.id);
        return;
      case 'link': {
        const spec: LinkSpec = LINKS[op.kind];
        this.db
          .prepare(linkInsertSql(spec))
          .run(...linkInsertParams(spec, postmortemId, op.from, op.to));
        return;
      }
      case 'unlink': {
        const spec = LINKS[op.kind];
        this.db
          .prepare(
            `DELETE FROM ${spec.table} WHERE postmortem_id = ? AND ${spec.from.column} = ? ` +
              `AND ${spec.to.column} = ?`,
          )
          .run(postmortemId, op.from, op.to);
        return;
      }
    }
  }

  /** Puts back pins (and what they read) that an undone delete had removed. */
  restore(rows: RestoreRows): void {
    const insertPin = this.db.prepare(
      `INSERT OR IGNORE INTO pins (${PIN_COLUMNS.join(', ')}) VALUES (${PIN_COLUMNS.map(() => '?').join(', ')})`,
    );
    for (const pin of rows.pins) insertPin.run(...PIN_COLUMNS.map((c) => pin[c]));
    const insertRead = this.db.prepare(
      `INSERT OR IGNORE INTO pin_evidence (pin_id, evidence_id)
       SELECT ?, ? WHERE EXISTS (SELECT 1 FROM evidence WHERE id = ?)`,
    );
    for (const read of rows.pinEvidence)
      insertRead.run(read.pin_id, read.evidence_id, read.evidence_id);
    const insertCitation = this.db.prepare(
      `INSERT OR IGNORE INTO node_pins (postmortem_id, node_id, pin_id)
       SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM cause_nodes WHERE postmortem_id = ? AND id = ?)`,
    );
    for (const c of rows.pinCitations ?? []) {
      insertCitation.run(c.postmortem_id, c.node_id, c.pin_id, c.postmortem_id, c.node_id);
    }
    // The action is back (its insert ran first); a review deleted since takes its rows along.
    const insertItem = this.db.prepare(
      `INSERT OR IGNORE INTO review_items (${REVIEW_ITEM_COLUMNS.join(', ')})
       SELECT ${REVIEW_ITEM_COLUMNS.map(() => '?').join(', ')}
       WHERE EXISTS (SELECT 1 FROM reviews WHERE id = ?)`,
    );
    for (const item of rows.reviewItems ?? []) {
      insertItem.run(...REVIEW_ITEM_COLUMNS.map((c) => item[c]), item.review_id);
    }
  }

  private collectReviewItems(postmortemId: string, actionId: string, into: RestoreRows): void {
    const rows = this.db
      .prepare(
        `SELECT ${REVIEW_ITEM_COLUMNS.join(', ')} FROM review_items
         WHERE postmortem_id = ? AND action_id = ?`,
      )
      .all(postmortemId, actionId) as Record<string, unknown>[];
    if (rows.length > 0) (into.reviewItems ??= []).push(...rows);
  }

  private collectPins(postmortemId: string, list: ListName, id: string, into: RestoreRows): void {
    const column =
      list === 'timeline' ? 'timeline_event_id' : list === 'diagnosis' ? 'diagnosis_id' : null;
    if (column === null) return;
    const pins = this.db
      .prepare(
        `SELECT ${PIN_COLUMNS.join(', ')} FROM pins WHERE postmortem_id = ? AND ${column} = ?`,
      )
      .all(postmortemId, id) as Record<string, unknown>[];
    const citations = this.db.prepare(
      'SELECT postmortem_id, node_id, pin_id FROM node_pins WHERE pin_id = ?',
    );
    for (const pin of pins) {
      into.pins.push(pin);
      (into.pinCitations ??= []).push(...(citations.all(pin.id) as Record<string, unknown>[]));
      into.pinEvidence.push(
        ...(this.db
          .prepare('SELECT pin_id, evidence_id FROM pin_evidence WHERE pin_id = ?')
          .all(pin.id) as Record<string, unknown>[]),
      );
    }
  }

  /**
   * A position just before `before` (or after the last item), ignoring the item being moved. When
   * repeated halving runs out of precision, the list is renumbered 0, 1, 2, … in its current order.
   */
  private positionBefore(
    list: ListName,
    postmortemId: string,
    before: string | null,
    moving: string | null,
  ): number {
    const table = LISTS[list].table;
    const others = moving === null ? '' : 'AND id <> @moving';
    const params = { pm: postmortemId, before, moving };
    const anchor =
      before === null
        ? undefined
        : (this.db
            .prepare(
              `SELECT position FROM ${table} WHERE postmortem_id = @pm AND id = @before ${others}`,
            )
            .pluck()
            .get(params) as number | undefined);
    if (anchor === undefined) {
      const last = this.db
        .prepare(`SELECT max(position) FROM ${table} WHERE postmortem_id = @pm ${others}`)
        .pluck()
        .get(params) as number | null;
      return last === null ? 0 : Math.floor(last) + 1;
    }
    const previous = this.db
      .prepare(
        `SELECT max(position) FROM ${table} WHERE postmortem_id = @pm AND position < @anchor ${others}`,
      )
      .pluck()
      .get({ ...params, anchor }) as number | null;
    if (previous === null) return anchor - 1;
    const middle = (previous + anchor) / 2;
    if (middle > previous && middle < anchor) return middle;
    this.renumber(table, postmortemId);
    return this.positionBefore(list, postmortemId, before, moving);
  }

  private renumber(table: string, postmortemId: string): void {
    const ids = this.db
      .prepare(`SELECT id FROM ${table} WHERE postmortem_id = ? ORDER BY position, id`)
      .pluck()
      .all(postmortemId) as string[];
    const update = this.db.prepare(
      `UPDATE ${table} SET position = ? WHERE postmortem_id = ? AND id = ?`,
    );
    ids.forEach((id, index) => update.run(index, postmortemId, id));
  }
}

/** SQLite takes strings, numbers and null; the contract's values are exactly these. */
function sqlValue(value: unknown): string | number | null {
  if (value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value === null) return value;
  throw new Error(`A value of type ${typeof value} cannot be stored.`);
}
