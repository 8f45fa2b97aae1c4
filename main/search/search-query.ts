import type { PostmortemListItem } from '../../shared/domain';
import { ftsQuery, MARK_CLOSE, MARK_OPEN, parseSnippet } from '../../shared/search/query';
import type { SearchHit, SearchRequest, SearchResult } from '../../shared/search/types';
import { whereOf } from '../../shared/search/where';
import type { ReadDb } from '../db/handles';

const ITEM = `p.id, p.title, p.model_name AS modelName, p.model_version AS modelVersion,
  p.started_at AS incidentStartedAt, p.time_zone AS timeZone, p.status, p.updated_at AS updatedAt,
  p.deleted_at AS deletedAt`;

/** The filters as SQL on the postmortems row `p`, with their parameters. */
function filtersOf(request: SearchRequest): { sql: string; params: Record<string, unknown> } {
  const clauses = ['p.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (request.layer) {
    clauses.push(
      'EXISTS (SELECT 1 FROM root_causes r WHERE r.postmortem_id = p.id AND r.layer = :layer)',
    );
    params.layer = request.layer;
  }
  if (request.model) {
    clauses.push('p.model_name = :model COLLATE NOCASE');
    params.model = request.model;
  }
  if (request.severity) {
    clauses.push('p.severity = :severity');
    params.severity = request.severity;
  }
  if (request.status) {
    clauses.push('p.status = :status');
    params.status = request.status;
  }
  const day = 'substr(coalesce(p.started_at, p.created_at), 1, 10)';
  if (request.from) {
    clauses.push(`${day} >= :from`);
    params.from = request.from;
  }
  if (request.to) {
    clauses.push(`${day} <= :to`);
    params.to = request.to;
  }
  return { sql: clauses.join(' AND '), params };
}

// The best-ranked text of each matching postmortem (bm25, lower is better; a match in the title
// counts double), with how many of its texts match.
const MATCH_SQL = (filters: string) => `
WITH matched AS (
  SELECT e.postmortem_id AS pid, e.id AS rid, e.key AS key,
    CASE WHEN e.key = 'title' THEN 2 * search_fts.rank ELSE search_fts.rank END AS rank
  FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
  WHERE search_fts MATCH :match
), ranked AS (
  SELECT pid, rid, key, rank, count(*) OVER (PARTITION BY pid) AS matches,
    row_number() OVER (PARTITION BY pid ORDER BY rank, rid) AS n
  FROM matched
)
SELECT ${ITEM}, r.rid, r.key, r.matches, count(*) OVER () AS total
FROM ranked r JOIN postmortems p ON p.id = r.pid
WHERE r.n = 1 AND ${filters}
ORDER BY r.rank, r.matches DESC, p.updated_at DESC
LIMIT :limit`;

const SNIPPET_SQL = `SELECT rowid AS rid,
  snippet(search_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 14) AS snippet
  FROM search_fts WHERE search_fts MATCH :match AND rowid IN (SELECT value FROM json_each(:ids))`;

type Row = PostmortemListItem & { rid: number; key: string; matches: number; total: number };

const itemOf = ({ rid: _r, key: _k, matches: _m, total: _t, ...item }: Row): PostmortemListItem =>
  item;

/**
 * Ranked search over the index: one hit per postmortem (its best text), with a highlighted
 * snippet. Snippets are made only for the hits returned, so a common word stays fast.
 */
export function searchPostmortems(db: ReadDb, request: SearchRequest): SearchResult {
  const filters = filtersOf(request);
  const match = ftsQuery(request.query);
  if (match === null) {
    const rows = db
      .prepare(
        `SELECT ${ITEM}, count(*) OVER () AS total FROM postmortems p WHERE ${filters.sql}
         ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit`,
      )
      .all({ ...filters.params, limit: request.limit }) as (PostmortemListItem & {
      total: number;
    })[];
    return {
      total: rows[0]?.total ?? 0,
      hits: rows.map(({ total: _t, ...postmortem }) => ({
        postmortem,
        key: '',
        where: '',
        snippet: '',
        highlights: [],
        matches: 0,
      })),
    };
  }
  const rows = db
    .prepare(MATCH_SQL(filters.sql))
    .all({ ...filters.params, match, limit: request.limit }) as Row[];
  const snippets = new Map<number, string>();
  if (rows.length > 0) {
    const found = db
      .prepare(SNIPPET_SQL)
      .all({ match, ids: JSON.stringify(rows.map((r) => r.rid)) }) as {
      rid: number;
      snippet: string;
    }[];
    for (const s of found) snippets.set(s.rid, s.snippet);
  }
  const hits: SearchHit[] = rows.map((row) => {
    const { text, highlights } = parseSnippet(snippets.get(row.rid) ?? '');
    return {
      postmortem: itemOf(row),
      key: row.key,
      where: whereOf(row.key),
      snippet: text,
      highlights,
      matches: row.matches,
    };
  });
  return { hits, total: rows[0]?.total ?? 0 };
}
