import { AppError } from '../../../shared/contract/errors';
import { applyOp, getAt, findItem, OpRejected, type DocState } from '../../../shared/doc/apply';
import type {
  AppliedBatch,
  BatchReply,
  Overwrite,
  SkippedOp,
  UndoReply,
} from '../../../shared/doc/batch';
import { article, labelOf } from '../../../shared/doc/batch';
import { inverseOf, keysOf } from '../../../shared/doc/inverse';
import type { Op } from '../../../shared/doc/ops';
import { fieldPath, parseFieldPath } from '../../../shared/doc/paths';
import { DOC_FIELDS, LISTS } from '../../../shared/doc/registry';
import type { WriteDb } from '../../db/handles';
import type { PostmortemRepository } from '../repository';
import { contentOf } from '../rows';
import { OperationLog, type LogEntry } from './op-log';
import { noRestore, SqlWriter, type RestoreRows } from './sql-writer';

/** Typing into one field within this long of the last keystroke batch stays one undo step. */
export const COALESCE_MS = 1500;

export interface OperationEvents {
  /** After commit: a batch every window applies (the author reacts to its reply instead). */
  batch(batch: AppliedBatch): void;
  /** After commit: pins went with a deleted item, or came back with its undo. */
  pinsChanged(postmortemId: string): void;
}

interface Applied {
  state: DocState;
  ops: Op[];
  inverse: Op[];
  skipped: SkippedOp[];
  restore: RestoreRows;
  overwritten: Overwrite[];
}

/**
 * Changes postmortems by typed operations: checks each against the current state with the pure
 * reducer (shared/doc), writes only the rows it names, stores the batch with its inverse in the
 * operation log, and runs undo and redo for the asking window only. One transaction per batch;
 * events leave after the commit.
 */
export class OperationService {
  private readonly log: OperationLog;
  private readonly writer: SqlWriter;

  constructor(
    private readonly db: WriteDb,
    private readonly repository: PostmortemRepository,
    private readonly now: () => Date,
    private readonly events: OperationEvents,
  ) {
    this.log = new OperationLog(db);
    this.writer = new SqlWriter(db);
  }

  apply(postmortemId: string, windowId: string, batchId: string, ops: readonly Op[]): BatchReply {
    const result = this.db
      .transaction((): { reply: BatchReply; pins: boolean } => {
        const row = this.repository.requireLive(postmortemId);
        const earlier = this.log.byBatch(postmortemId, batchId);
        if (earlier) {
          const batch = this.replay(earlier);
          return {
            reply: { batch, skipped: [], history: this.history(postmortemId, windowId) },
            pins: false,
          };
        }
        const applied = this.run(postmortemId, windowId, ops, true);
        if (applied.ops.length === 0) {
          const history = this.history(postmortemId, windowId);
          return { reply: { batch: null, skipped: applied.skipped, history }, pins: false };
        }
        this.repository.search.sync(postmortemId, applied.state);
        const revision = this.bump(postmortemId, row.revision);
        const at = this.now().toISOString();
        const previous = this.log.latest(postmortemId);
        const keys = applied.ops.flatMap(keysOf);
        if (previous && this.coalesces(previous, windowId, applied.ops, keys, row.revision, at)) {
          this.log.coalesce(previous, revision, batchId, applied.ops, at);
        } else {
          this.log.dropRedo(postmortemId, windowId);
          this.log.insert({
            postmortemId,
            revision,
            windowId,
            batchId,
            kind: 'do',
            state: 'applied',
            ops: applied.ops,
            inverse: applied.inverse,
            restore: applied.restore,
            keys,
            at,
          });
        }
        const batch = this.batchOf(postmortemId, revision, windowId, batchId, 'do', applied);
        return {
          reply: { batch, skipped: applied.skipped, history: this.history(postmortemId, windowId) },
          pins: applied.restore.pins.length > 0,
        };
      })
      .immediate();
    this.announce(result.reply.batch, result.pins, postmortemId);
    return result.reply;
  }

  undo(postmortemId: string, windowId: string): UndoReply {
    return this.revert(postmortemId, windowId, 'undo');
  }

  redo(postmortemId: string, windowId: string): UndoReply {
    return this.revert(postmortemId, windowId, 'redo');
  }

  private revert(postmortemId: string, windowId: string, kind: 'undo' | 'redo'): UndoReply {
    const result = this.db
      .transaction((): { reply: UndoReply; pins: boolean } => {
        const row = this.repository.requireLive(postmortemId);
        const target =
          kind === 'undo'
            ? this.log.undoTarget(postmortemId, windowId)
            : this.log.redoTarget(postmortemId, windowId);
        if (!target) {
          return {
            reply: {
              outcome: 'nothing',
              message: `Nothing to ${kind} in this window.`,
              history: this.history(postmortemId, windowId),
            },
            pins: false,
          };
        }
        const since = kind === 'undo' ? target.revision : (target.undoneBy ?? target.revision);
        const clash = this.log.writtenByOthersSince(postmortemId, windowId, since, target.keys);
        if (clash !== null) {
          // Dropped from this window's stack, so the next press reaches the step before it.
          this.log.setState(target, 'spent');
          return {
            reply: {
              outcome: 'refused',
              message:
                `Not ${kind === 'undo' ? 'undone' : 'redone'}: ${describeKey(clash)} was changed ` +
                `in another window since. Nothing was changed; press again for the step before.`,
              history: this.history(postmortemId, windowId),
            },
            pins: false,
          };
        }
        // Redo applies the inverse of the undo as computed when it ran: it puts items back exactly
        // where the undo found them, even if other items arrived around them since.
        const undoRow = kind === 'redo' ? this.log.at(postmortemId, target.undoneBy ?? -1) : null;
        const ops = kind === 'undo' ? target.inverse : (undoRow?.inverse ?? target.ops);
        const applied = this.run(postmortemId, windowId, ops, false);
        if (kind === 'undo') this.writer.restore(target.restore);
        else if (undoRow) this.writer.restore(undoRow.restore);
        this.repository.search.sync(postmortemId, applied.state);
        const revision = this.bump(postmortemId, row.revision);
        const batchId = `${kind}-${postmortemId.slice(0, 8)}-${revision}`;
        this.log.insert({
          postmortemId,
          revision,
          windowId,
          batchId,
          kind,
          state: kind === 'undo' ? 'spent' : 'applied',
          ops: applied.ops,
          inverse: applied.inverse,
          restore: applied.restore,
          keys: applied.ops.flatMap(keysOf),
          at: this.now().toISOString(),
        });
        if (kind === 'undo') this.log.setState(target, 'undone', revision);
        else this.log.setState(target, 'spent');
        const batch = this.batchOf(postmortemId, revision, windowId, batchId, kind, applied);
        const pins = target.restore.pins.length > 0 || applied.restore.pins.length > 0;
        return {
          reply: { outcome: 'done', batch, history: this.history(postmortemId, windowId) },
          pins,
        };
      })
      .immediate();
    if (result.reply.outcome === 'done')
      this.announce(result.reply.batch, result.pins, postmortemId);
    return result.reply;
  }

  private history(postmortemId: string, windowId: string) {
    return {
      undo: this.log.undoTarget(postmortemId, windowId) !== null,
      redo: this.log.redoTarget(postmortemId, windowId) !== null,
    };
  }

  /**
   * Checks and writes each operation against the state it meets. An operation whose item is gone
   * (deleted in another window meanwhile) is skipped and reported; any other refusal fails the
   * whole batch, nothing written.
   */
  private run(
    postmortemId: string,
    windowId: string,
    ops: readonly Op[],
    notices: boolean,
  ): Applied {
    let state: DocState = contentOf(this.repository.get(postmortemId));
    const applied: Applied = {
      state,
      ops: [],
      inverse: [],
      skipped: [],
      restore: noRestore(),
      overwritten: [],
    };
    const inverses: Op[][] = [];
    for (const op of ops) {
      let next: DocState;
      try {
        next = applyOp(state, op);
      } catch (error) {
        if (!(error instanceof OpRejected)) throw error;
        if (
          error.reason === 'missing_item' ||
          error.reason === 'missing_link_end' ||
          error.reason === 'missing_parent'
        ) {
          applied.skipped.push({ op, message: error.message });
          continue;
        }
        throw new AppError('refused', `Not saved: ${error.message}`);
      }
      if (notices) {
        const overwrite = this.overwriteOf(postmortemId, windowId, state, op);
        if (overwrite) applied.overwritten.push(overwrite);
      }
      inverses.push(inverseOf(state, op));
      this.writer.write(postmortemId, op, applied.restore);
      applied.ops.push(op);
      state = next;
    }
    applied.state = state;
    applied.inverse = inverses.reverse().flat();
    return applied;
  }

  /**
   * A text set whose author saw another value than the one stored replaces someone's text: the
   * later write wins, and the window that wrote the replaced text is told, with that text.
   */
  private overwriteOf(
    postmortemId: string,
    windowId: string,
    state: DocState,
    op: Op,
  ): Overwrite | null {
    if (op.op !== 'set' || op.base === undefined) return null;
    const spec =
      op.list === 'doc'
        ? DOC_FIELDS[op.field]
        : (LISTS[op.list].fields as Record<string, { text: boolean } | undefined>)[op.field];
    if (!spec?.text) return null;
    const current =
      op.list === 'doc' ? getAt(state, op.field) : findItem(state, op.list, op.id)?.[op.field];
    if (
      typeof current !== 'string' ||
      current === op.base ||
      current === op.value ||
      current === ''
    ) {
      return null;
    }
    const target = op.list === 'doc' ? ({ list: 'doc', field: op.field } as const) : op;
    const path = fieldPath(target);
    const writer = this.log.lastWriterOf(postmortemId, keysOf(op)[0]!);
    if (writer === null || writer === windowId) return null;
    return { windowId: writer, path, label: labelOf(target), value: current };
  }

  private coalesces(
    previous: LogEntry,
    windowId: string,
    ops: readonly Op[],
    keys: readonly string[],
    revision: number,
    at: string,
  ): boolean {
    return (
      previous.revision === revision &&
      previous.windowId === windowId &&
      previous.kind === 'do' &&
      previous.state === 'applied' &&
      ops.every((op) => op.op === 'set') &&
      previous.ops.every((op) => op.op === 'set') &&
      keys.length === previous.keys.length &&
      keys.every((key) => previous.keys.includes(key)) &&
      Date.parse(at) - Date.parse(previous.at) <= COALESCE_MS
    );
  }

  private bump(postmortemId: string, revision: number): number {
    this.db
      .prepare('UPDATE postmortems SET revision = ?, updated_at = ? WHERE id = ?')
      .run(revision + 1, this.now().toISOString(), postmortemId);
    return revision + 1;
  }

  private batchOf(
    postmortemId: string,
    revision: number,
    windowId: string,
    batchId: string,
    kind: AppliedBatch['kind'],
    applied: Applied,
  ): AppliedBatch {
    return {
      postmortemId,
      revision,
      windowId,
      batchId,
      kind,
      ops: applied.ops,
      overwritten: applied.overwritten,
      at: this.now().toISOString(),
    };
  }

  /** A batch sent twice (its reply was lost): the same answer, nothing applied again. */
  private replay(entry: LogEntry): AppliedBatch {
    return {
      postmortemId: entry.postmortemId,
      revision: entry.revision,
      windowId: entry.windowId,
      batchId: entry.batchId,
      kind: entry.kind,
      ops: entry.ops,
      overwritten: [],
      at: entry.at,
    };
  }

  private announce(batch: AppliedBatch | null, pins: boolean, postmortemId: string): void {
    if (batch && batch.revision > 0) this.events.batch(batch);
    if (pins) this.events.pinsChanged(postmortemId);
  }
}

/** "What happened", "the owner of an action", "an action": a key in words. */
function describeKey(key: string): string {
  const target = parseFieldPath(key);
  if (target) return labelOf(target);
  const item = /^([A-Za-z]+)#/.exec(key);
  const list = item ? (LISTS as Record<string, { noun: string } | undefined>)[item[1]!] : undefined;
  return list ? `${article(list.noun)} ${list.noun}` : 'something it changed';
}
