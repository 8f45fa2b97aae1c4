import { useCallback, useSyncExternalStore } from 'react';

/*
 * Dismissed language hints, per postmortem, in this computer's localStorage: a dismissal is the
 * writer's own judgement about their wording, not part of the document (it is not exported, and
 * another computer shows the hint again). It survives a reload and is shared by the windows of
 * this computer (the storage event). Keyed by field path and occurrence (shared/language).
 */
const PREFIX = 'postmortem-studio.language-dismissed.';
type Dismissed = Record<string, string[]>;

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; value: Dismissed }>();

function read(postmortemId: string): Dismissed {
  const raw = window.localStorage.getItem(PREFIX + postmortemId);
  const cached = cache.get(postmortemId);
  if (cached && cached.raw === raw) return cached.value;
  let value: Dismissed = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) value = parsed as Dismissed;
  } catch {
    // A damaged entry only brings the hints back.
  }
  cache.set(postmortemId, { raw, value });
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function dismissHint(postmortemId: string, path: string, key: string): void {
  const current = read(postmortemId);
  const keys = current[path] ?? [];
  if (keys.includes(key)) return;
  const next = { ...current, [path]: [...keys, key] };
  try {
    window.localStorage.setItem(PREFIX + postmortemId, JSON.stringify(next));
  } catch {
    // Storage full or refused: the hint stays dismissed until the window closes.
    cache.set(postmortemId, {
      raw: window.localStorage.getItem(PREFIX + postmortemId),
      value: next,
    });
  }
  for (const l of listeners) l();
}

/** The occurrence keys dismissed in one field, and a function that dismisses one more. */
export function useDismissed(postmortemId: string, path: string) {
  const keys = useSyncExternalStore(subscribe, () => read(postmortemId)[path]);
  const dismiss = useCallback(
    (key: string) => dismissHint(postmortemId, path, key),
    [postmortemId, path],
  );
  return { dismissed: keys ?? NONE, dismiss };
}

const NONE: string[] = [];
