import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostmortemListItem } from '../../../../shared/domain';
import { getApi, onEvent } from '../../api';
import { useDebounced } from '../../lib/use-debounced';

export interface Template {
  id: string;
  title: string;
  description: string;
}

/** The library's rows for a search, refreshed on demand and when any window changes a postmortem. */
export function useLibrary(query: string) {
  const debounced = useDebounced(query.trim(), 250);
  const [items, setItems] = useState<PostmortemListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const request = ++latest.current;
    getApi()
      ['postmortems.list'](debounced ? { query: debounced } : {})
      .then((rows) => {
        // A slower answer to an older search must not replace a newer one.
        if (request !== latest.current) return;
        setItems(rows);
        setError(null);
      })
      .catch((e: unknown) => {
        if (request === latest.current) setError(e instanceof Error ? e.message : String(e));
      });
  }, [debounced, generation]);

  useEffect(() => {
    const stops = [onEvent('postmortem.changed', refresh), onEvent('library.changed', refresh)];
    return () => stops.forEach((stop) => stop());
  }, [refresh]);

  return { items, error, refresh, searching: debounced };
}

export function useTemplates(): Template[] {
  const [templates, setTemplates] = useState<Template[]>([]);
  useEffect(() => {
    getApi()
      ['templates.list']({})
      .then(setTemplates)
      .catch(() => setTemplates([]));
  }, []);
  return templates;
}
