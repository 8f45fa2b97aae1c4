import { useEffect, useState } from 'react';
import { errorMessage } from './api';

export interface AsyncState<T> {
  value: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes and keeps the newest answer; an answer to an older key is
 * dropped, so a slow drift computation cannot overwrite the one the user asked for since.
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({
    value: null,
    error: null,
    loading: key !== null,
  });
  useEffect(() => {
    if (key === null) {
      setState({ value: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ value: s.value, error: null, loading: true }));
    load().then(
      (value) => live && setState({ value, error: null, loading: false }),
      (e: unknown) => live && setState({ value: null, error: errorMessage(e), loading: false }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `key` says when its inputs changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
