import type { Op } from '../../../shared/doc/ops';
import { keysCollide } from '../../../shared/doc/inverse';
import type { WriteDb } from '../../db/handles';
import type { RestoreRows } from './sql-writer';

export type LogKind = 'do' | 'undo' | 'redo';
export type LogState = 'applied' | 'undone' | 'spent';

export interface LogEntry {
  postmortemId: string;
  revision: number;
  firstRevision: number;
  windowId: string;
  batchId: string;
  kind: LogKind;
  state: LogState;
  undoneBy: number | null;
  ops: Op[];
  inverse: Op[];
  restore: RestoreRows;
  keys: string[];
  at: string;
}

interface LogRow {
  postmortem_id: string;
  revision: number;
  first_revision: number;
  window_id: string;
  batch_id: string;
  kind: LogKind;
  state: LogState;
  undone_by: number | null;
  ops_json: string;
  inverse_json: string;
  restore_json: string;
  keys_json: string;
  at: string;
}

function fromRow(row: LogRow): LogEntry {
  return {
    postmortemId: row.postmortem_id,
    revision: row.revision,
    firstRevision: row.first_revision,
    windowId: row.window_id,
    batchId: row.batch_id,
    kind: row.kind,
    state: row.state,
    undoneBy: row.undone_by,
    ops: JSON.parse(row.ops_json) as Op[],
    inverse: JSON.parse(row.inverse_json) as Op[],
    restore: JSON.parse(row.restore_json) as RestoreRows,
    keys: JSON.parse(row.keys_json) as string[],
    at: row.at,
  };
}

/** How many batches of a postmortem the log keeps: far more than anyone undoes in a session. */
export const LOG_KEPT = 2000;

/**
 * The operation log: one row per batch with its inverse, read by undo and redo (only the asking
 * window's rows) and by the notices (who last wrote a field). Every call runs inside the
 * operation service's transaction.
 */
export class OperationLog {
  constructor(private readonly db: WriteDb) {}

  byBatch(postmortemId: string, batchId: string): LogEntry | null {
    const row = this.db
      .prepare('SELECT * FROM op_log WHERE postmortem_id = ? AND batch_id = ?')
      .get(postmortemId, batchId) as LogRow | undefined;
    return row ? fromRow(row) : null;
  }

  at(postmortemId: string, revision: number): LogEntry | null {
    const row = this.db
      .prepare('SELECT * FROM op_log WHERE postmortem_id = ? AND revision = ?')
      .get(postmortemId, revision) as LogRow | undefined;
    return row ? fromRow(row) : null;
  }

  latest(postmortemId: string): LogEntry | null {
    const row = this.db
      .prepare('SELECT * FROM op_log WHERE postmortem_id = ? ORDER BY revision DESC LIMIT 1')
      .get(postmortemId) as LogRow | undefined;
    return row ? fromRow(row) : null;
  }

  /** The window's newest batch that undo would revert. */
  undoTarget(postmortemId: string, windowId: string): LogEntry | null {
    const row = this.db
      .prepare(
        `SELECT * FROM op_log WHERE postmortem_id = ? AND window_id = ? AND kind IN ('do', 'redo')
         AND state = 'applied' ORDER BY revision DESC LIMIT 1`,
      )
      .get(postmortemId, windowId) as LogRow | undefined;
    return row ? fromRow(row) : null;
  }

  /** The window's batch undone most recently, which redo would apply again. */
  redoTarget(postmortemId: string, windowId: string): LogEntry | null {
    const row = this.db
      .prepare(
        `SELECT * FROM op_log WHERE postmortem_id = ? AND window_id = ? AND state = 'undone'
         ORDER BY undone_by DESC LIMIT 1`,
      )
      .get(postmortemId, windowId) as LogRow | undefined;
    return row ? fromRow(row) : null;
  }

  /** The first key of `keys` that another window wrote after `revision`, or null. */
  writtenByOthersSince(
    postmortemId: string,
    windowId: string,
    revision: number,
    keys: readonly string[],
  ): string | null {
    const rows = this.db
      .prepare(
        `SELECT keys_json FROM op_log WHERE postmortem_id = ? AND revision > ? AND window_id <> ?`,
      )
      .pluck()
      .all(postmortemId, revision, windowId) as string[];
    for (const json of rows) {
      const theirs = JSON.parse(json) as string[];
      const hit = keys.find((key) => theirs.some((other) => keysCollide(key, other)));
      if (hit !== undefined) return hit;
    }
    return null;
  }

  /** The window that last wrote `key` (a field, or its item as a whole), among recent batches. */
  lastWriterOf(postmortemId: string, key: string): string | null {
    const rows = this.db
      .prepare(
        'SELECT window_id, keys_json FROM op_log WHERE postmortem_id = ? ORDER BY revision DESC LIMIT 500',
      )
      .all(postmortemId) as { window_id: string; keys_json: string }[];
    for (const row of rows) {
      const keys = JSON.parse(row.keys_json) as string[];
      if (keys.some((other) => keysCollide(key, other))) return row.window_id;
    }
    return null;
  }

  insert(entry: Omit<LogEntry, 'undoneBy' | 'firstRevision'> & { firstRevision?: number }): void {
    this.db
      .prepare(
        `INSERT INTO op_log (postmortem_id, revision, first_revision, window_id, batch_id, kind,
           state, undone_by, ops_json, inverse_json, restore_json, keys_json, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.postmortemId,
        entry.revision,
        entry.firstRevision ?? entry.revision,
        entry.windowId,
        entry.batchId,
        entry.kind,
        entry.state,
        JSON.stringify(entry.ops),
        JSON.stringify(entry.inverse),
        JSON.stringify(entry.restore),
        JSON.stringify(entry.keys),
        entry.at,
      );
    if (entry.revision % 100 === 0) {
      this.db
        .prepare('DELETE FROM op_log WHERE postmortem_id = ? AND revision <= ?')
        .run(entry.postmortemId, entry.revision - LOG_KEPT);
    }
  }

  /** Folds a batch into the row before it (typing in one field is one undo step). */
  coalesce(previous: LogEntry, revision: number, batchId: string, ops: Op[], at: string): void {
    this.db
      .prepare(
        `UPDATE op_log SET revision = ?, batch_id = ?, ops_json = ?, at = ?
         WHERE postmortem_id = ? AND revision = ?`,
      )
      .run(revision, batchId, JSON.stringify(ops), at, previous.postmortemId, previous.revision);
  }

  setState(entry: LogEntry, state: LogState, undoneBy: number | null = null): void {
    this.db
      .prepare(
        'UPDATE op_log SET state = ?, undone_by = ? WHERE postmortem_id = ? AND revision = ?',
      )
      .run(state, undoneBy, entry.postmortemId, entry.revision);
  }

  /** A new edit ends the window's redo stack, as in any editor. */
  dropRedo(postmortemId: string, windowId: string): void {
    this.db
      .prepare(
        `UPDATE op_log SET state = 'spent' WHERE postmortem_id = ? AND window_id = ? AND state = 'undone'`,
      )
      .run(postmortemId, windowId);
  }
}
