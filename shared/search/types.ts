import { z } from 'zod';
import { dateSchema, documentStatus, rootCauseLayer, severity } from '../domain';
import type { PostmortemListItem } from '../domain';

/** What the library's search asks: words, and filters that narrow the postmortems searched. */
export const searchInputSchema = z.object({
  query: z.string().max(200, 'A search is at most 200 characters.'),
  /** Postmortems with at least one root cause in this layer. */
  layer: rootCauseLayer.schema.optional(),
  /** The model's name, as written in the summary (case aside). */
  model: z.string().trim().max(200, 'A model name is at most 200 characters.').optional(),
  severity: severity.schema.optional(),
  status: documentStatus.schema.optional(),
  /** On the incident's start (else the postmortem's creation), inclusive, YYYY-MM-DD. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  limit: z.number().int().min(1).max(500).default(50),
});

export type SearchInput = z.input<typeof searchInputSchema>;
export type SearchRequest = z.output<typeof searchInputSchema>;

export interface SearchHit {
  postmortem: PostmortemListItem;
  /** Where the best match is: a field path ('actions#a1.owner'), 'evidence:<id>' or 'pin:<id>'. */
  key: string;
  /** That place in words: "Action", "What happened", "Evidence file". */
  where: string;
  /** A few words around the match; empty when only filters were given. */
  snippet: string;
  /** The [start, end) ranges of the matched words in the snippet. */
  highlights: [number, number][];
  /** How many texts of this postmortem match. */
  matches: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Postmortems matching, of which `hits` holds the best `limit`. */
  total: number;
}
