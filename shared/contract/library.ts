import { boardInputSchema, type BoardResult } from '../actions/board';
import { searchInputSchema, type SearchResult } from '../search/types';
import { similarInputSchema, type Similar } from '../trends/similar';
import { trendsInputSchema, type Trends } from '../trends/types';
import { call } from './define';

/** Calls across all postmortems: what the library, the board and the trends read. */
export const libraryCalls = {
  /** Full-text search over everything written, ranked, one hit per postmortem, with filters. */
  'library.search': call<SearchResult>()(searchInputSchema),
  /**
   * Every postmortem's actions, filtered, overdue first. Changing one goes through
   * `postmortems.apply` with the board's window id, like any edit.
   */
  'actions.board': call<BoardResult>()(boardInputSchema),
  /** Incidents per month, causes by layer, time to detect, actions done on time. */
  'library.trends': call<Trends>()(trendsInputSchema),
  /** Earlier postmortems like this one (model, pinned columns, layers), with their actions. */
  'library.similar': call<Similar[]>()(similarInputSchema),
} as const;
