import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Cell, EvidencePage, Filter, Sort } from '../../../../../shared/evidence';
import { errorMessage, evidenceApi } from '../api';
import { PageCache } from './page-cache';

export const PAGE_SIZE = 150;
/** Columns fetched together: a file of any width is read a block of columns at a time. */
export const COLUMN_BLOCK = 100;
/** Enough pages for a tall and wide viewport plus the pages either side; older ones are dropped. */
const CACHED_PAGES = 16;
/** Page keys: row page * this + column block (at most 2,000 columns: 20 blocks). */
const BLOCKS = 64;

export interface GridQuery {
  sort: Sort | null;
  filters: Filter[];
  search: string;
}

export interface Pages {
  /** Rows matching the query; null until the first page answers. */
  total: number | null;
  error: string | null;
  /** The file's row number of a result row, once a page holding it has arrived. */
  rowNumber(index: number): number | undefined;
  /** A cell of a result row by column index, once its page has arrived (undefined before). */
  cell(index: number, column: number): Cell | undefined;
  /** Fetches the pages covering rows [first, last] × columns [firstCol, lastCol] not yet cached. */
  ensure(first: number, last: number, firstCol: number, lastCol: number): void;
}

/**
 * Rows of one evidence file under one query, fetched a page of rows by a block of columns at a
 * time as the grid scrolls either way: SQLite answers at most 2,000 columns per query, so a wide
 * file is read in blocks and the window only asks for the columns in view.
 */
export function usePages(evidenceId: string, query: GridQuery): Pages {
  const key = useMemo(() => JSON.stringify([evidenceId, query]), [evidenceId, query]);
  const cache = useRef(new PageCache<EvidencePage>(CACHED_PAGES));
  const inFlight = useRef(new Set<number>());
  const keyRef = useRef(key);
  const [, setVersion] = useState(0);
  // Kept with the key it answers, so a new query shows "loading" without resetting state in an effect.
  const [meta, setMeta] = useState<{ key: string; total: number } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);

  const fetchPage = useCallback(
    (page: number, block: number) => {
      const slot = page * BLOCKS + block;
      if (cache.current.has(slot) || inFlight.current.has(slot)) return;
      inFlight.current.add(slot);
      const askedFor = key;
      // Read back from the key so that a new query object with the same content changes nothing.
      const [id, q] = JSON.parse(key) as [string, GridQuery];
      evidenceApi()
        ['evidence.page']({
          evidenceId: id,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
          columnOffset: block * COLUMN_BLOCK,
          columnLimit: COLUMN_BLOCK,
          ...(q.sort ? { sort: q.sort } : {}),
          filters: q.filters,
          ...(q.search.trim() ? { search: q.search.trim() } : {}),
        })
        .then((result) => {
          // A page of a query the user has since changed must not land in the new query's cache.
          if (keyRef.current !== askedFor) return;
          cache.current.set(slot, result);
          setMeta({ key: askedFor, total: result.total });
          setFailure(null);
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => {
          if (keyRef.current === askedFor) setFailure({ key: askedFor, message: errorMessage(e) });
        })
        .finally(() => {
          if (keyRef.current === askedFor) inFlight.current.delete(slot);
        });
    },
    [key],
  );

  useEffect(() => {
    keyRef.current = key;
    cache.current.clear();
    inFlight.current.clear();
    fetchPage(0, 0);
  }, [key, fetchPage]);

  const ensure = useCallback(
    (first: number, last: number, firstCol: number, lastCol: number) => {
      if (last < first || lastCol < firstCol) return;
      const b0 = Math.floor(firstCol / COLUMN_BLOCK);
      const b1 = Math.floor(lastCol / COLUMN_BLOCK);
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) {
        for (let b = b0; b <= b1; b++) fetchPage(p, b);
      }
    },
    [fetchPage],
  );

  const pageOf = useCallback((index: number, block: number): EvidencePage | undefined => {
    return cache.current.get(Math.floor(index / PAGE_SIZE) * BLOCKS + block);
  }, []);

  const cell = useCallback(
    (index: number, column: number): Cell | undefined => {
      const page = pageOf(index, Math.floor(column / COLUMN_BLOCK));
      if (!page) return undefined;
      return page.rows[index - page.offset]?.[column - page.columnOffset];
    },
    [pageOf],
  );

  const rowNumber = useCallback((index: number): number | undefined => {
    const block = Math.floor(index / PAGE_SIZE) * BLOCKS;
    for (let b = 0; b < BLOCKS; b++) {
      const page = cache.current.get(block + b);
      if (page) return page.rowNumbers[index - page.offset];
    }
    return undefined;
  }, []);

  const current = meta?.key === key ? meta : null;
  return {
    total: current?.total ?? null,
    error: failure?.key === key ? failure.message : null,
    rowNumber,
    cell,
    ensure,
  };
}
