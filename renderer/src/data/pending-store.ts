import type { Op } from '../../../shared/doc/ops';
import { isAlive } from './window-id';

/**
 * Edits not yet acknowledged by the back end, kept in localStorage per postmortem and window and
 * written synchronously on every change: a reload, a crash or a closed tab between a keystroke and
 * its batch loses nothing. Only the pending operations are written, never the document.
 */
const PREFIX = 'pm-pending:';

export interface StoredPending {
  ops: Op[];
}

const keyOf = (postmortemId: string, windowId: string) => `${PREFIX}${postmortemId}:${windowId}`;

export function writePending(postmortemId: string, windowId: string, ops: readonly Op[]): void {
  try {
    if (ops.length === 0) window.localStorage.removeItem(keyOf(postmortemId, windowId));
    else window.localStorage.setItem(keyOf(postmortemId, windowId), JSON.stringify({ ops }));
  } catch {
    // Storage full or disabled: the edits still travel; only the crash safety net is missing.
  }
}

/**
 * This window's pending edits from before a reload, and those of windows that are gone (a closed
 * tab, a crash): they are taken over and removed from storage. Another open window's are left.
 */
export function takePending(postmortemId: string, windowId: string): Op[] {
  const ops: Op[] = [];
  const prefix = `${PREFIX}${postmortemId}:`;
  try {
    const storage = window.localStorage;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) {
      const owner = key.slice(prefix.length);
      if (owner !== windowId && isAlive(owner)) continue;
      const stored = parse(storage.getItem(key));
      if (stored) ops.push(...stored.ops);
      storage.removeItem(key);
    }
  } catch {
    return ops;
  }
  return ops;
}

function parse(raw: string | null): StoredPending | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (
      typeof value === 'object' &&
      value !== null &&
      Array.isArray((value as StoredPending).ops)
    ) {
      return value as StoredPending;
    }
  } catch {
    // A damaged entry is dropped: it cannot be told apart from noise.
  }
  return null;
}
