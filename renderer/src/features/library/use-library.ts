import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostmortemListItem } from '../../../../shared/domain';
import type { SearchHit } from '../../../../shared/search/types';
import { getApi, onEvent } from '../../api';
import { useDebounced } from '../../lib/use-debounced';
import { hasFilters, type Filters } from './SearchFilters';

export interface Template {
  id: string;
  title: string;
  description: string;
}

export interface LibraryEntry {
  item: PostmortemListItem;
  /** Where the search matched, when searching. */
  hit: SearchHit | null;
}

/**
 * The library's rows: every postmortem, or the search's hits (everything written, ranked) when
 * words or filters are given. Refreshed on demand and when any window changes a postmortem. The
 * search box stays instant: requests leave once typing pauses, and an older answer never replaces
 * a newer one.
 */
export function useLibrary(query: string, filters: Filters) {
  const debounced = useDebounced(query.trim(), 150);
  const settledFilters = useDebounced(filters, 150);
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const request = ++latest.current;
    const searching = debounced !== '' || hasFilters(settledFilters);
    const answer: Promise<{ entries: LibraryEntry[]; total: number }> = searching
      ? getApi()
          ['library.search']({ query: debounced, ...settledFilters })
          .then((r) => ({
            entries: r.hits.map((hit) => ({ item: hit.postmortem, hit })),
            total: r.total,
          }))
      : getApi()
          ['postmortems.list']({})
          .then((rows) => ({
            entries: rows.map((item) => ({ item, hit: null })),
            total: rows.length,
          }));
    answer
      .then((result) => {
        if (request !== latest.current) return;
        setEntries(result.entries);
        setTotal(result.total);
        setError(null);
      })
      .catch((e: unknown) => {
        if (request === latest.current) setError(e instanceof Error ? e.message : String(e));
      });
  }, [debounced, settledFilters, generation]);

  const searching = debounced !== '' || hasFilters(settledFilters);
  useEffect(() => {
    const stops = [onEvent('postmortem.changed', refresh), onEvent('library.changed', refresh)];
    // While searching, what another window types can change the hits: follow it.
    if (searching) stops.push(onEvent('postmortem.ops', refresh));
    return () => stops.forEach((stop) => stop());
  }, [refresh, searching]);

  return {
    entries,
    total,
    error,
    refresh,
    searching: debounced,
    filtered: hasFilters(settledFilters),
  };
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
