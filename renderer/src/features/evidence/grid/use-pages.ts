import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Cell, EvidencePage, Filter, Sort } from '../../../../../shared/evidence';
import { errorMessage, evidenceApi } from '../api';
import { PageCache } from './page-cache';

export const PAGE_SIZE = 150;
/** Enough pages for a tall viewport plus the pages either side; older ones are dropped. */
const CACHED_PAGES = 8;

export interface GridQuery {
  sort: Sort | null;
  filters: Filter[];
  search: string;
}

export interface GridRow {
  rowNumber: number;
  cells: Cell[];
}

export interface Pages {
  /** Rows matching the query; null until the first page answers. */
  total: number | null;
  columns: string[];
  error: string | null;
  row(index: number): GridRow | undefined;
  /** Fetches the pages covering rows [first, last] that are not cached or on their way. */
  ensure(first: number, last: number): void;
}

/** Rows of one evidence file under one query, fetched a page at a time as the grid scrolls. */
export function usePages(evidenceId: string, query: GridQuery): Pages {
  const key = useMemo(() => JSON.stringify([evidenceId, query]), [evidenceId, query]);
  const cache = useRef(new PageCache<EvidencePage>(CACHED_PAGES));
  const inFlight = useRef(new Set<number>());
  const keyRef = useRef(key);
  const [, setVersion] = useState(0);
  // Kept with the key they answer, so a new query shows "loading" without resetting state in an effect.
  const [meta, setMeta] = useState<{ key: string; total: number; columns: string[] } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);

  const fetchPage = useCallback(
    (page: number) => {
      if (cache.current.has(page) || inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const askedFor = key;
      // Read back from the key so that a new query object with the same content changes nothing.
      const [id, q] = JSON.parse(key) as [string, GridQuery];
      evidenceApi()
        ['evidence.page']({
          evidenceId: id,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
          ...(q.sort ? { sort: q.sort } : {}),
          filters: q.filters,
          ...(q.search.trim() ? { search: q.search.trim() } : {}),
        })
        .then((result) => {
          // A page of a query the user has since changed must not land in the new query's cache.
          if (keyRef.current !== askedFor) return;
          cache.current.set(page, result);
          setMeta({ key: askedFor, total: result.total, columns: result.columns });
          setFailure(null);
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => {
          if (keyRef.current === askedFor) setFailure({ key: askedFor, message: errorMessage(e) });
        })
        .finally(() => {
          if (keyRef.current === askedFor) inFlight.current.delete(page);
        });
    },
    [key],
  );

  useEffect(() => {
    keyRef.current = key;
    cache.current.clear();
    inFlight.current.clear();
    fetchPage(0);
  }, [key, fetchPage]);

  const ensure = useCallback(
    (first: number, last: number) => {
      if (last < first) return;
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) {
        fetchPage(p);
      }
    },
    [fetchPage],
  );

  const row = useCallback((index: number): GridRow | undefined => {
    const page = cache.current.get(Math.floor(index / PAGE_SIZE));
    if (!page) return undefined;
    const at = index - page.offset;
    const cells = page.rows[at];
    const rowNumber = page.rowNumbers[at];
    return cells && rowNumber !== undefined ? { rowNumber, cells } : undefined;
  }, []);

  const current = meta?.key === key ? meta : null;
  return {
    total: current?.total ?? null,
    columns: current?.columns ?? [],
    error: failure?.key === key ? failure.message : null,
    row,
    ensure,
  };
}
