import { ApiError } from '../../../shared/contract';
import { applyOp, findItem, OpRejected, type DocState } from '../../../shared/doc/apply';
import type { AppliedBatch, BatchReply, UndoReply } from '../../../shared/doc/batch';
import { labelOf } from '../../../shared/doc/batch';
import type { Op } from '../../../shared/doc/ops';
import { fieldPath, parseFieldPath, type FieldTarget } from '../../../shared/doc/paths';
import { fieldSpecOf, LISTS, type ListName } from '../../../shared/doc/registry';
import type { LinkKind, Postmortem } from '../../../shared/domain';
import { valueAt } from './doc-paths';
import { changedScopes, type Scope } from './doc-scopes';
import { mirrorOf } from '../../../shared/analysis/root-cause-ops';

/** What the sync needs from the back end: the contract's calls, nothing else. */
export interface SyncApi {
  get(id: string): Promise<Postmortem>;
  apply(input: {
    postmortemId: string;
    windowId: string;
    batchId: string;
    ops: Op[];
  }): Promise<BatchReply>;
  undo(input: { postmortemId: string; windowId: string }): Promise<UndoReply>;
  redo(input: { postmortemId: string; windowId: string }): Promise<UndoReply>;
}

export interface SyncNotice {
  message: string;
  action?: { label: string; run: () => void };
  /** Stays until dismissed: it holds text that would be lost otherwise. */
  sticky?: boolean;
}

export interface SyncDeps {
  api: SyncApi;
  windowId: string;
  notify: (notice: SyncNotice) => void;
  /** Persists the pending operations (pending-store.ts); called on every change of them. */
  persist: (ops: readonly Op[]) => void;
  newId: () => string;
}

export type SyncStatus =
  { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; reason: string };

export interface Invalid {
  value: unknown;
  message: string;
}

export interface DocSnapshot {
  /** What this window shows: the stored document with this window's unsent edits on top. */
  doc: Postmortem | null;
  status: SyncStatus;
  loadError: string | null;
  /** Values typed that their field refuses (shown with the message, never sent). */
  invalid: Readonly<Record<string, Invalid>>;
  /** Whether undo and redo have something of this window's to revert, as far as it knows. */
  history: { undo: boolean; redo: boolean };
}

interface Pending {
  op: Op;
  /** The field path of a set (edits of one field coalesce), else null. */
  path: string | null;
  /** The batch it travels in, once sent. */
  batchId: string | null;
}

/** Typing settles this long before its batch leaves; a long burst still leaves every MAX_WAIT_MS. */
export const TYPING_DEBOUNCE_MS = 300;
export const MAX_WAIT_MS = 1_000;
const RETRY_MS = 4_000;
const GAP_RELOAD_MS = 1_500;

/**
 * One open postmortem in this window: the stored document (`confirmed`, at its revision), this
 * window's edits not yet stored (`pending`), and the merge of both that the fields show. Edits
 * are typed operations, applied here at once (one field, one item: never the whole document),
 * sent in batches, one batch in flight. Batches stored by other windows arrive as events and are
 * applied in revision order; this window's own batches come back as replies, never as events.
 */
export class DocumentSync {
  private confirmed: Postmortem | null = null;
  private pending: Pending[] = [];
  private readonly buffer = new Map<number, AppliedBatch>();
  private snapshot: DocSnapshot = {
    doc: null,
    status: { kind: 'saved' },
    loadError: null,
    invalid: {},
    // Undo may reach edits made before a reload (the log keeps them); redo only after an undo.
    history: { undo: true, redo: false },
  };
  private readonly listeners = new Set<() => void>();
  private readonly scopedListeners = new Map<Scope, Set<() => void>>();
  private readonly scopedSubscribes = new Map<Scope, (listener: () => void) => () => void>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt: number | null = null;
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: string | null = null;
  private failure: string | null = null;
  private disposed = false;
  private settleWaiters: (() => void)[] = [];

  constructor(
    readonly postmortemId: string,
    private readonly deps: SyncDeps,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * A subscribe (one per scope, the same function each time, as useSyncExternalStore wants) whose
   * listeners are woken only when their scope of the document changed (doc-scopes.ts).
   */
  subscribeScope(scope: Scope): (listener: () => void) => () => void {
    let subscribe = this.scopedSubscribes.get(scope);
    if (!subscribe) {
      subscribe = (listener) => {
        let set = this.scopedListeners.get(scope);
        if (!set) this.scopedListeners.set(scope, (set = new Set()));
        set.add(listener);
        return () => {
          set.delete(listener);
          if (set.size === 0) this.scopedListeners.delete(scope);
        };
      };
      this.scopedSubscribes.set(scope, subscribe);
    }
    return subscribe;
  }

  getSnapshot = (): DocSnapshot => this.snapshot;

  /** Loads the stored document; `recovered` are edits kept from before a reload or crash. */
  async load(recovered: readonly Op[] = []): Promise<void> {
    try {
      const stored = await this.deps.api.get(this.postmortemId);
      if (this.disposed) return;
      this.confirmed = stored;
      this.pending = recovered.map((op) => ({ op, path: pathOf(op), batchId: null }));
      this.rebuild(false);
      if (recovered.length > 0) {
        this.deps.notify({ message: 'Restored the changes that had not been saved yet.' });
        this.schedule(0);
      }
    } catch (error) {
      this.publish({ loadError: messageOf(error) });
    }
  }

  /** Edits recovered from elsewhere (an older version's draft): applied and sent like typing. */
  adopt(ops: readonly Op[]): void {
    let doc = this.snapshot.doc;
    if (!doc) return;
    for (const op of ops) {
      try {
        doc = applyOp(doc, op) as Postmortem;
        this.pending.push({ op, path: pathOf(op), batchId: null });
      } catch {
        // An edit that no longer fits the stored document is left out.
      }
    }
    this.deps.persist(this.pending.map((p) => p.op));
    this.publish({ doc, status: this.status() });
    this.deps.notify({ message: 'Restored the changes that had not been saved yet.' });
    this.schedule(0);
  }

  /** Sets one field by its path ('summary.whatHappened', 'actions#<id>.owner'). */
  set(path: string, value: unknown): void {
    const target = parseFieldPath(path);
    const view = this.snapshot.doc;
    if (!target || !view) return;
    const spec = fieldSpecOf(target);
    if (!spec) return;
    const parsed = spec.schema.safeParse(value);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'Not a valid value.';
      this.publish({ invalid: { ...this.snapshot.invalid, [path]: { value, message } } });
      return;
    }
    const invalid = this.withoutInvalid(path);
    // A field shown in two places (a cause-tree node that is a root cause) is written to both.
    const mirror = mirrorOf(view, target, parsed.data);
    const targets = mirror ? [target, mirror] : [target];
    const paths = targets.map(fieldPath);
    const tail = this.pending.slice(-targets.length);
    const typingOn =
      tail.length === targets.length &&
      tail.every((p, i) => p.path === paths[i] && p.batchId === null && p.op.op === 'set');
    if (typingOn) {
      // Typing on in the same field: one operation, with the value seen before the burst as base.
      for (const p of tail) p.op = { ...p.op, value: parsed.data } as Op;
    } else {
      targets.forEach((t, i) => {
        const base = valueAt(view, t);
        const op = (
          t.list === 'doc'
            ? { op: 'set', list: 'doc', field: t.field, value: parsed.data, base }
            : { op: 'set', list: t.list, id: t.id, field: t.field, value: parsed.data, base }
        ) as Op;
        this.pending.push({ op, path: paths[i]!, batchId: null });
      });
    }
    this.localEdit(
      this.pending.slice(-targets.length).map((p) => p.op),
      invalid,
      TYPING_DEBOUNCE_MS,
    );
  }

  insert(
    list: ListName,
    item: Record<string, unknown> & { id: string },
    before: string | null = null,
  ): void {
    this.structural({ op: 'insert', list, item, before });
  }

  move(list: ListName, id: string, before: string | null): void {
    this.structural({ op: 'move', list, id, before });
  }

  remove(list: ListName, id: string): void {
    this.structural({ op: 'delete', list, id });
  }

  link(kind: LinkKind, from: string, to: string, linked: boolean): void {
    this.structural({ op: linked ? 'link' : 'unlink', kind, from, to });
  }

  /** Several operations that belong together (one undo step), e.g. every instant of a new zone. */
  applyAll(ops: readonly Op[]): void {
    if (!this.snapshot.doc || ops.length === 0) return;
    let doc: Postmortem = this.snapshot.doc;
    try {
      for (const op of ops) doc = applyOp(doc, op) as Postmortem;
    } catch (error) {
      if (!(error instanceof OpRejected)) throw error;
      this.deps.notify({ message: error.message });
      return;
    }
    // What was typed before leaves first, so that these travel as a batch (one undo step) of their own.
    void this.send();
    for (const op of ops) this.pending.push({ op, path: null, batchId: null });
    this.deps.persist(this.pending.map((p) => p.op));
    this.publish({ doc, status: this.status() });
    this.schedule(0);
  }

  /** Sends what is pending now and resolves once nothing is pending (or sending failed). */
  flush(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    this.schedule(0);
    return new Promise((resolve) => this.settleWaiters.push(resolve));
  }

  async undo(): Promise<void> {
    await this.revert('undo');
  }

  async redo(): Promise<void> {
    await this.revert('redo');
  }

  /** A batch another window stored (the event); this window's own come back as replies. */
  receive(batch: AppliedBatch): void {
    if (batch.postmortemId !== this.postmortemId || batch.windowId === this.deps.windowId) return;
    this.accept(batch);
  }

  /** A batch of this window's stored by another call (a capture): its reply carries it. */
  receiveOwn(batch: AppliedBatch): void {
    if (batch.postmortemId === this.postmortemId) this.accept(batch);
  }

  /** The document changed other than by operations (restored from the bin): load it again. */
  async reload(): Promise<void> {
    try {
      const stored = await this.deps.api.get(this.postmortemId);
      if (this.disposed || (this.confirmed && stored.revision < this.confirmed.revision)) return;
      this.confirmed = stored;
      for (const revision of this.buffer.keys())
        if (revision <= stored.revision) this.buffer.delete(revision);
      this.drain();
    } catch {
      // The next event or edit tries again.
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of [this.flushTimer, this.gapTimer]) if (timer) clearTimeout(timer);
    this.listeners.clear();
    this.scopedListeners.clear();
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  private structural(op: Op): void {
    if (!this.snapshot.doc) return;
    this.pending.push({ op, path: null, batchId: null });
    this.localEdit([op], this.snapshot.invalid, 0);
  }

  /** Shows the last `ops` pushed to pending at once; a refused one takes them all back. */
  private localEdit(
    ops: readonly Op[],
    invalid: Readonly<Record<string, Invalid>>,
    delay: number,
  ): void {
    let doc = this.snapshot.doc!;
    try {
      for (const op of ops) doc = applyOp(doc, op) as Postmortem;
    } catch (error) {
      if (!(error instanceof OpRejected)) throw error;
      this.pending.splice(this.pending.length - ops.length, ops.length);
      this.deps.notify({ message: error.message });
      return;
    }
    this.deps.persist(this.pending.map((p) => p.op));
    this.firstPendingAt ??= Date.now();
    this.publish({ doc, invalid, status: this.status() });
    this.schedule(delay);
  }

  private schedule(delay: number): void {
    if (this.disposed || this.inFlight) return;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    const waited = this.firstPendingAt === null ? 0 : Date.now() - this.firstPendingAt;
    this.flushTimer = setTimeout(
      () => void this.send(),
      Math.max(0, Math.min(delay, MAX_WAIT_MS - waited)),
    );
  }

  private async send(): Promise<void> {
    this.flushTimer = null;
    const batch = this.pending.filter((p) => p.batchId === null);
    if (this.inFlight || batch.length === 0 || this.disposed) return;
    const batchId = this.deps.newId();
    for (const p of batch) p.batchId = batchId;
    this.inFlight = batchId;
    this.firstPendingAt = null;
    this.publish({ status: this.status() });
    try {
      const reply = await this.deps.api.apply({
        postmortemId: this.postmortemId,
        windowId: this.deps.windowId,
        batchId,
        ops: batch.map((p) => p.op),
      });
      this.failure = null;
      this.inFlight = null;
      for (const skipped of reply.skipped) this.reportLost(skipped.op, skipped.message);
      if (reply.batch) {
        this.publish({ history: reply.history });
        this.accept(reply.batch);
      } else {
        this.pending = this.pending.filter((p) => p.batchId !== batchId);
        this.rebuild(true);
      }
    } catch (error) {
      this.inFlight = null;
      if (
        error instanceof ApiError &&
        (error.code === 'invalid_input' || error.code === 'refused' || error.code === 'not_found')
      ) {
        // The back end will never take this batch: drop it, show the stored state, say why.
        this.pending = this.pending.filter((p) => p.batchId !== batchId);
        this.deps.notify({ message: `Not saved: ${error.body.message}` });
        this.rebuild(true);
      } else {
        for (const p of this.pending) if (p.batchId === batchId) p.batchId = null;
        this.failure = messageOf(error);
        this.flushTimer = setTimeout(() => void this.send(), RETRY_MS);
      }
    }
    this.publish({ status: this.status() });
    if (this.pending.some((p) => p.batchId === null) && !this.flushTimer) this.schedule(0);
    this.settle();
  }

  /** Takes a stored batch (own reply or another window's event) into `confirmed`, in order. */
  private accept(batch: AppliedBatch): void {
    if (!this.confirmed || batch.revision <= this.confirmed.revision) {
      this.dropSent(batch.batchId);
      this.rebuild(true);
      return;
    }
    this.buffer.set(batch.revision, batch);
    this.drain();
  }

  private drain(): void {
    if (!this.confirmed) return;
    let next = this.buffer.get(this.confirmed.revision + 1);
    while (next) {
      this.buffer.delete(next.revision);
      this.confirmed = this.applyStored(this.confirmed, next);
      next = this.buffer.get(this.confirmed.revision + 1);
    }
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = null;
    // A batch arrived before one it follows: an event was missed; load the stored state.
    if (this.buffer.size > 0) this.gapTimer = setTimeout(() => void this.reload(), GAP_RELOAD_MS);
    this.rebuild(true);
  }

  private applyStored(doc: Postmortem, batch: AppliedBatch): Postmortem {
    let state: DocState = doc;
    for (const op of batch.ops) {
      if (op.op === 'delete' && batch.windowId !== this.deps.windowId) {
        // As this window showed it: an edit still pending here can then offer the item back.
        const shown = findItem(this.snapshot.doc ?? state, op.list, op.id);
        if (shown) this.removedElsewhere.set(`${op.list}#${op.id}`, shown);
      }
      try {
        state = applyOp(state, op);
      } catch {
        // Stored by the back end against the same state: cannot happen unless events were lost,
        // which the revision check turns into a reload.
      }
    }
    if (batch.windowId === this.deps.windowId) this.dropSent(batch.batchId);
    else this.noticeOverwrites(batch);
    return { ...(state as Postmortem), revision: batch.revision, updatedAt: batch.at };
  }

  private dropSent(batchId: string): void {
    this.pending = this.pending.filter((p) => p.batchId !== batchId);
    this.deps.persist(this.pending.map((p) => p.op));
  }

  /** The view again: the stored document with the pending edits that still apply on top. */
  private rebuild(notify: boolean): void {
    if (!this.confirmed) return;
    let doc: DocState = this.confirmed;
    const kept: Pending[] = [];
    for (const p of this.pending) {
      try {
        doc = applyOp(doc, p.op);
        kept.push(p);
      } catch (error) {
        if (!(error instanceof OpRejected)) throw error;
        if (notify) this.reportLost(p.op, error.message);
      }
    }
    if (kept.length !== this.pending.length) {
      this.pending = kept;
      this.deps.persist(kept.map((p) => p.op));
    }
    this.publish({ doc: doc as Postmortem, status: this.status(), loadError: null });
  }

  private noticeOverwrites(batch: AppliedBatch): void {
    for (const overwrite of batch.overwritten) {
      if (overwrite.windowId !== this.deps.windowId) continue;
      this.deps.notify({
        sticky: true,
        message: `Another window replaced your text in ${overwrite.label}. Yours was: “${clip(overwrite.value)}”`,
        action: { label: 'Put mine back', run: () => this.set(overwrite.path, overwrite.value) },
      });
    }
  }

  /** An edit whose item is gone (deleted in another window): tell its author, offer it back. */
  private reportLost(op: Op, reason: string): void {
    if (op.op === 'set' && op.list !== 'doc') {
      const spec = LISTS[op.list];
      const before = this.confirmedBefore(op.list, op.id);
      this.deps.notify({
        sticky: true,
        message: `The ${spec.noun} you were editing was removed in another window. Your ${labelOf(op as FieldTarget)}: “${clip(String(op.value ?? ''))}”`,
        ...(before
          ? {
              action: {
                label: 'Put it back',
                run: () => this.insert(op.list as ListName, { ...before, [op.field]: op.value }),
              },
            }
          : {}),
      });
    } else if (op.op === 'insert' || op.op === 'link') {
      this.deps.notify({ message: `Not saved: ${reason}` });
    }
  }

  /** The item as this window showed it when another window deleted it. */
  private confirmedBefore(
    list: ListName,
    id: string,
  ): (Record<string, unknown> & { id: string }) | null {
    return (
      (this.removedElsewhere.get(`${list}#${id}`) as
        (Record<string, unknown> & { id: string }) | undefined) ?? null
    );
  }

  private readonly removedElsewhere = new Map<string, Record<string, unknown>>();

  private async revert(kind: 'undo' | 'redo'): Promise<void> {
    await this.flush();
    try {
      const input = { postmortemId: this.postmortemId, windowId: this.deps.windowId };
      const reply = await (kind === 'undo' ? this.deps.api.undo(input) : this.deps.api.redo(input));
      this.publish({ history: reply.history });
      if (reply.outcome === 'done') this.accept(reply.batch);
      else this.deps.notify({ message: reply.message });
    } catch (error) {
      this.deps.notify({
        message: `Not ${kind === 'undo' ? 'undone' : 'redone'}: ${messageOf(error)}`,
      });
    }
  }

  /** The save state; the same object while it is unchanged, so a keystroke wakes no status view. */
  private status(): SyncStatus {
    const now: SyncStatus = this.failure
      ? { kind: 'failed', reason: this.failure }
      : this.inFlight
        ? { kind: 'saving' }
        : this.pending.length > 0
          ? { kind: 'pending' }
          : { kind: 'saved' };
    const was = this.snapshot.status;
    const same = was.kind === now.kind && (was.kind !== 'failed' || was.reason === this.failure);
    return same ? was : now;
  }

  private settle(): void {
    if (this.pending.length > 0 && !this.failure) return;
    for (const resolve of this.settleWaiters.splice(0)) resolve();
  }

  private withoutInvalid(path: string): Readonly<Record<string, Invalid>> {
    if (!(path in this.snapshot.invalid)) return this.snapshot.invalid;
    const { [path]: _gone, ...rest } = this.snapshot.invalid;
    return rest;
  }

  private publish(change: Partial<DocSnapshot>): void {
    const before = this.snapshot;
    this.snapshot = { ...before, ...change };
    for (const listener of this.listeners) listener();
    if (this.scopedListeners.size === 0) return;
    const after = this.snapshot;
    // Scoped listeners read only their part of the document (and `invalid` at their path).
    const scopes = changedScopes(before.doc, after.doc, before.invalid, after.invalid);
    if (scopes === 'all') {
      for (const set of [...this.scopedListeners.values()]) for (const listener of set) listener();
      return;
    }
    for (const scope of scopes) {
      const set = this.scopedListeners.get(scope);
      if (set) for (const listener of [...set]) listener();
    }
  }
}

function pathOf(op: Op): string | null {
  if (op.op !== 'set') return null;
  return fieldPath(
    op.list === 'doc'
      ? { list: 'doc', field: op.field }
      : { list: op.list, id: op.id, field: op.field },
  );
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.body.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
