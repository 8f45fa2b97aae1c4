/**
 * This window's id in the operation log: undo and redo revert only its own batches. Kept in
 * sessionStorage, so a reload keeps its undo steps; another tab has its own. Each window also
 * marks itself alive in localStorage, so a tab that is gone can be told from one still open
 * (its unsent edits are then taken over, see pending-store.ts).
 */
const KEY = 'pm-window-id';
const ALIVE_PREFIX = 'pm-alive:';
export const ALIVE_EVERY_MS = 2_000;

let id: string | null = null;

export function windowId(): string {
  if (id) return id;
  const stored = safe(() => window.sessionStorage.getItem(KEY));
  id = stored && /^[A-Za-z0-9_-]{1,64}$/.test(stored) ? stored : crypto.randomUUID();
  safe(() => window.sessionStorage.setItem(KEY, id!));
  startHeartbeat(id);
  return id;
}

function startHeartbeat(own: string): void {
  const beat = () =>
    safe(() => window.localStorage.setItem(ALIVE_PREFIX + own, String(Date.now())));
  beat();
  setInterval(beat, ALIVE_EVERY_MS);
  window.addEventListener('pagehide', () =>
    safe(() => window.localStorage.removeItem(ALIVE_PREFIX + own)),
  );
}

/** Whether another window has shown a sign of life within `withinMs`. */
export function isAlive(other: string, now = Date.now(), withinMs = 5 * ALIVE_EVERY_MS): boolean {
  const at = Number(safe(() => window.localStorage.getItem(ALIVE_PREFIX + other)) ?? 0);
  return now - at < withinMs;
}

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    // Storage disabled: the window still works, with a new id per load.
    return null;
  }
}
