import { useEffect, useState } from 'react';
import { errorMessage } from './api';
import { PageCache } from './grid/page-cache';

export interface AsyncState<T> {
  /** The newest answer; while a new key loads, the previous key's answer stays shown. */
  value: T | null;
  error: string | null;
  loading: boolean;
}

interface Settled<T> {
  key: string | null;
  value: T | null;
  error: string | null;
}

/**
 * Answers about committed evidence never change (a file is immutable once committed, and a new
 * import gets a new id), so the last few are kept: switching tabs back does not recompute a drift
 * table over a million rows.
 */
const answers = new PageCache<unknown>(40);
const answerKeys = new Map<string, number>();
let nextSlot = 0;

function slotOf(key: string): number {
  let slot = answerKeys.get(key);
  if (slot === undefined) {
    slot = nextSlot++;
    answerKeys.set(key, slot);
  }
  return slot;
}

function cached<T>(key: string | null): T | undefined {
  if (key === null) return undefined;
  const slot = answerKeys.get(key);
  if (slot === undefined) return undefined;
  const value = answers.get(slot);
  if (value === undefined) answerKeys.delete(key);
  return value as T | undefined;
}

/** Answers being fetched, by full key: a view asked for while it is preloaded waits for that one. */
const pending = new Map<string, Promise<unknown>>();

function loadOnce<T>(fullKey: string | null, load: () => Promise<T>): Promise<T> {
  if (fullKey === null) return load();
  let promise = pending.get(fullKey) as Promise<T> | undefined;
  if (!promise) {
    promise = load().then((value) => {
      answers.set(slotOf(fullKey), value);
      return value;
    });
    pending.set(fullKey, promise);
    const done = () => pending.delete(fullKey);
    promise.then(done, done);
  }
  return promise;
}

/**
 * Fetches an answer into the cache before it is asked for (the few views one click away), so the
 * click only draws. A failure is not kept: asked for, the view fetches again and shows it.
 */
export async function preload<T>(key: string, load: () => Promise<T>, cacheAs: string) {
  const fullKey = `${cacheAs}:${key}`;
  if (cached(fullKey) !== undefined) return;
  await loadOnce(fullKey, load).catch(() => undefined);
}

/**
 * Runs `load` whenever `key` changes and keeps the newest answer; an answer to an older key is
 * dropped, so a slow drift computation cannot overwrite the one the user asked for since.
 * With `cacheAs` (a name for the kind of answer), answers are remembered across mounts.
 */
export function useAsync<T>(
  key: string | null,
  load: () => Promise<T>,
  cacheAs?: string,
): AsyncState<T> {
  const fullKey = key !== null && cacheAs ? `${cacheAs}:${key}` : null;
  const hit = cached<T>(fullKey);
  const [settled, setSettled] = useState<Settled<T>>({ key: null, value: null, error: null });
  useEffect(() => {
    if (key === null || hit !== undefined) return;
    let live = true;
    loadOnce(fullKey, load).then(
      (value) => {
        if (live) setSettled({ key, value, error: null });
      },
      (e: unknown) => live && setSettled({ key, value: null, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `key` says when its inputs changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return { value: null, error: null, loading: false };
  if (hit !== undefined) return { value: hit, error: null, loading: false };
  const loading = settled.key !== key;
  return { value: settled.value, error: loading ? null : settled.error, loading };
}
