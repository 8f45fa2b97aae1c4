import { boardInputSchema, type BoardAction } from '../actions/board';
import { searchInputSchema, type SearchResult } from '../search/types';
import { call } from './define';

/** Calls across all postmortems: what the library, the board and the trends read. */
export const libraryCalls = {
  /** Full-text search over everything written, ranked, one hit per postmortem, with filters. */
  'library.search': call<SearchResult>()(searchInputSchema),
  /**
   * Every postmortem's actions, filtered, overdue first. Changing one goes through
   * `postmortems.apply` with the board's window id, like any edit.
   */
  'actions.board': call<BoardAction[]>()(boardInputSchema),
} as const;
