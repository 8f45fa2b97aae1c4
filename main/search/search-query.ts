import type { PostmortemListItem } from '../../shared/domain';
import { ftsQuery, snippetOf } from '../../shared/search/query';
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

// Every matching text of the postmortems the filters keep, without ranking (cheap).
const MATCH_SQL = (filters: string) => `
SELECT e.postmortem_id AS pid, e.id AS rid, e.key AS key
FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
JOIN postmortems p ON p.id = e.postmortem_id
WHERE search_fts MATCH :match AND ${filters}`;

// bm25 of every matching text (lower is better). Not restricted by rowid: FTS5 would run the
// whole query again for each rowid asked for.
const RANK_SQL = `SELECT rowid AS rid, rank FROM search_fts WHERE search_fts MATCH :match`;

/**
 * Above this many matching texts, bm25 is not computed: a word that common does not tell the
 * postmortems apart, and scoring every text would cost more than the 50 ms a search may take.
 * They are ranked by a match in the title, then by how many of their texts match.
 */
const RANK_AT_MOST = 3000;

const ITEMS_SQL = `SELECT ${ITEM} FROM postmortems p WHERE p.id IN (SELECT value FROM json_each(:ids))`;

const BODY_SQL = `SELECT id AS rid, body FROM search_entries WHERE id IN (SELECT value FROM json_each(:ids))`;

interface Best {
  pid: string;
  rid: number;
  key: string;
  score: number;
  matches: number;
}

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
  const rows = db.prepare(MATCH_SQL(filters.sql)).all({ ...filters.params, match }) as {
    pid: string;
    rid: number;
    key: string;
  }[];
  const ranks = new Map<number, number>();
  if (rows.length > 0 && rows.length <= RANK_AT_MOST) {
    const ranked = db.prepare(RANK_SQL).all({ match }) as {
      rid: number;
      rank: number;
    }[];
    for (const r of ranked) ranks.set(r.rid, r.rank);
  }
  // A match in the title counts double (bm25 is negative: lower is better).
  const scoreOf = (rid: number, key: string) => (ranks.get(rid) ?? -1) * (key === 'title' ? 2 : 1);
  const best = new Map<string, Best>();
  for (const { pid, rid, key } of rows) {
    const score = scoreOf(rid, key);
    const seen = best.get(pid);
    if (!seen) best.set(pid, { pid, rid, key, score, matches: 1 });
    else {
      seen.matches++;
      if (score < seen.score || (score === seen.score && rid < seen.rid))
        Object.assign(seen, { rid, key, score });
    }
  }
  const top = [...best.values()]
    .sort((a, b) => a.score - b.score || b.matches - a.matches || a.pid.localeCompare(b.pid))
    .slice(0, request.limit);
  if (top.length === 0) return { hits: [], total: 0 };
  const items = new Map(
    (
      db
        .prepare(ITEMS_SQL)
        .all({ ids: JSON.stringify(top.map((t) => t.pid)) }) as PostmortemListItem[]
    ).map((item) => [item.id, item]),
  );
  const bodies = new Map(
    (
      db.prepare(BODY_SQL).all({ ids: JSON.stringify(top.map((t) => t.rid)) }) as {
        rid: number;
        body: string;
      }[]
    ).map((r) => [r.rid, r.body]),
  );
  const hits: SearchHit[] = top.map((t) => {
    const { text, highlights } = snippetOf(bodies.get(t.rid) ?? '', request.query);
    return {
      postmortem: items.get(t.pid)!,
      key: t.key,
      where: whereOf(t.key),
      snippet: text,
      highlights,
      matches: t.matches,
    };
  });
  return { hits, total: best.size };
}
