import { useEffect, useState } from 'react';
import { errorMessage } from './api';

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
 * Runs `load` whenever `key` changes and keeps the newest answer; an answer to an older key is
 * dropped, so a slow drift computation cannot overwrite the one the user asked for since.
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> {
  const [settled, setSettled] = useState<Settled<T>>({ key: null, value: null, error: null });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (value) => live && setSettled({ key, value, error: null }),
      (e: unknown) => live && setSettled({ key, value: null, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `key` says when its inputs changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return { value: null, error: null, loading: false };
  const loading = settled.key !== key;
  return { value: settled.value, error: loading ? null : settled.error, loading };
}
