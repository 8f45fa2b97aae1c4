import { getApi, onEvent } from '../api';
import { useAppStore } from '../stores/store';
import { DocumentSync } from './document-sync';
import { takeLegacyDraft } from './legacy-drafts';
import { takePending, writePending } from './pending-store';
import { windowId } from './window-id';

/**
 * The server state of open postmortems, one way: every screen that shows or edits a postmortem
 * (editor, meeting, presenter, capture, pins) reads the same DocumentSync, kept live by the
 * back end's events. A sync lives while something uses it, and a little longer, so that going
 * from the editor to the meeting keeps its state and sends its pending edits.
 */
const KEEP_MS = 10_000;

interface Entry {
  sync: DocumentSync;
  users: number;
  idle: ReturnType<typeof setTimeout> | null;
}

const entries = new Map<string, Entry>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  onEvent('postmortem.ops', (batch) => entries.get(batch.postmortemId)?.sync.receive(batch));
  onEvent('postmortem.changed', ({ id }) => void entries.get(id)?.sync.reload());
  // A pin removed (or put back) outside the operations takes its citations in the cause tree along.
  onEvent('evidence.changed', ({ postmortemId }) => void entries.get(postmortemId)?.sync.reload());
  // A hidden window may have missed events (sleep, a dropped stream): check on its return.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible')
      for (const { sync } of entries.values()) void sync.reload();
  });
  // Leaving the page: send what is pending now (it is in localStorage either way).
  window.addEventListener('pagehide', () => {
    for (const { sync } of entries.values()) void sync.flush();
  });
}

function create(postmortemId: string): DocumentSync {
  const api = getApi();
  const me = windowId();
  const sync = new DocumentSync(postmortemId, {
    windowId: me,
    newId: () => crypto.randomUUID(),
    persist: (ops) => writePending(postmortemId, me, ops),
    notify: (notice) =>
      useAppStore.getState().pushToast({
        message: notice.message,
        ...(notice.action ? { action: notice.action } : {}),
        ...(notice.sticky ? { sticky: true } : {}),
      }),
    api: {
      get: (id) => api['postmortems.get']({ id }),
      apply: (input) => api['postmortems.apply'](input),
      undo: (input) => api['postmortems.undo'](input),
      redo: (input) => api['postmortems.redo'](input),
    },
  });
  const recovered = takePending(postmortemId, me);
  void sync.load(recovered).then(() => {
    // Edits kept by a version of the app before operations existed, as a whole document.
    const legacy = sync.getSnapshot().doc
      ? takeLegacyDraft(postmortemId, sync.getSnapshot().doc!)
      : [];
    if (legacy.length > 0) sync.adopt(legacy);
  });
  return sync;
}

function entryOf(postmortemId: string): Entry {
  listen();
  let entry = entries.get(postmortemId);
  if (!entry) {
    entry = { sync: create(postmortemId), users: 0, idle: null };
    entries.set(postmortemId, entry);
    idleOut(postmortemId, entry);
  }
  return entry;
}

/** The sync of a postmortem, made on first use; it stays while acquired (see acquireDocument). */
export function documentSync(postmortemId: string): DocumentSync {
  return entryOf(postmortemId).sync;
}

export function acquireDocument(postmortemId: string): DocumentSync {
  const entry = entryOf(postmortemId);
  if (entry.idle) clearTimeout(entry.idle);
  entry.idle = null;
  entry.users++;
  return entry.sync;
}

export function releaseDocument(postmortemId: string): void {
  const entry = entries.get(postmortemId);
  if (!entry) return;
  entry.users--;
  if (entry.users > 0) return;
  void entry.sync.flush();
  idleOut(postmortemId, entry);
}

/** Closes a sync nobody holds once its pending edits are stored. */
function idleOut(postmortemId: string, entry: Entry): void {
  if (entry.idle) clearTimeout(entry.idle);
  entry.idle = setTimeout(() => {
    entry.idle = null;
    if (entry.users > 0) return;
    if (entry.sync.hasPending()) return idleOut(postmortemId, entry);
    entry.sync.dispose();
    entries.delete(postmortemId);
  }, KEEP_MS);
}

/** The sync of a postmortem if one is open in this window (a capture flushes it first). */
export function openDocument(postmortemId: string): DocumentSync | null {
  return entries.get(postmortemId)?.sync ?? null;
}
