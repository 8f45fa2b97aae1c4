/**
 * Undo/redo history of immutable snapshots. Edits with the same coalescing key that follow each
 * other within `windowMs` (a burst of typing in one field) become one step.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** Key and time of the last recorded edit, or null when the next edit must start a new step. */
  readonly burst: { key: string; at: number } | null;
}

export interface RecordOptions {
  /** Edits sharing a key (e.g. the field's path) may coalesce; omit to always start a new step. */
  key?: string;
  /** Milliseconds since some epoch; only differences matter. */
  at: number;
  windowMs?: number;
  limit?: number;
}

export const DEFAULT_COALESCE_MS = 1000;
export const DEFAULT_HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], burst: null };
}

export function record<T>(history: History<T>, next: T, options: RecordOptions): History<T> {
  if (Object.is(next, history.present)) return history;
  const windowMs = options.windowMs ?? DEFAULT_COALESCE_MS;
  const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
  const { burst } = history;
  const continues =
    options.key !== undefined &&
    burst !== null &&
    burst.key === options.key &&
    options.at - burst.at <= windowMs &&
    history.past.length > 0;
  const nextBurst = options.key === undefined ? null : { key: options.key, at: options.at };
  if (continues) {
    return { past: history.past, present: next, future: [], burst: nextBurst };
  }
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
    burst: nextBurst,
  };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    burst: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return {
    past: [...history.past, history.present],
    present: next as T,
    future: rest,
    burst: null,
  };
}

/** Replaces the present without an undo step (e.g. the stored version reloaded after a conflict). */
export function reset<T>(present: T): History<T> {
  return createHistory(present);
}
