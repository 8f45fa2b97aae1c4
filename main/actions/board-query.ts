import type {
  BoardAction,
  BoardCause,
  BoardRequest,
  BoardResult,
} from '../../shared/actions/board';
import type { ReadDb } from '../db/handles';
import { LAST_REVIEW_JSON, lastReviewOf } from '../reviews/review-rows';

type Row = Omit<BoardAction, 'causes' | 'overdue' | 'lastReview'> & {
  overdue: 0 | 1;
  total: number;
  lastReview: string | null;
};

const UNFINISHED = "a.status IN ('open', 'in_progress')";

function filtersOf(request: BoardRequest, today: string) {
  const clauses = ['p.deleted_at IS NULL', "(a.description <> '' OR a.owner <> '')"];
  const params: Record<string, unknown> = { today };
  if (request.owner) {
    clauses.push('instr(fold(a.owner), :owner) > 0');
    params.owner = request.owner.normalize('NFC').toLowerCase();
  }
  if (request.area) {
    clauses.push('a.area = :area');
    params.area = request.area;
  }
  if (request.status === 'unfinished') clauses.push(UNFINISHED);
  else if (request.status) {
    clauses.push('a.status = :status');
    params.status = request.status;
  }
  if (request.overdue) clauses.push(`${UNFINISHED} AND a.due_date < :today`);
  if (request.postmortemIds) {
    clauses.push('a.postmortem_id IN (SELECT value FROM json_each(:ids))');
    params.ids = JSON.stringify(request.postmortemIds);
  }
  return { sql: clauses.join(' AND '), params };
}

/**
 * Every action of every live postmortem that says something, filtered: overdue first (the most
 * overdue at the top), then by due date, undated last. Each with the root causes it answers.
 * `fold` is the repository's Unicode lower case, registered on the connection.
 */
export function boardActions(db: ReadDb, request: BoardRequest, today: string): BoardResult {
  const filters = filtersOf(request, today);
  const rows = db
    .prepare(
      `SELECT a.postmortem_id AS postmortemId, p.title AS postmortemTitle, a.id, a.area,
         a.description, a.owner, a.due_date AS dueDate, a.status, a.review_date AS reviewDate,
         (${UNFINISHED} AND a.due_date < :today) AS overdue, count(*) OVER () AS total,
         ${LAST_REVIEW_JSON} AS lastReview
       FROM actions a JOIN postmortems p ON p.id = a.postmortem_id
       WHERE ${filters.sql}
       ORDER BY overdue DESC, a.due_date IS NULL, a.due_date, p.updated_at DESC, a.position
       LIMIT :limit`,
    )
    .all({ ...filters.params, limit: request.limit ?? -1 }) as Row[];
  const postmortems = [...new Set(rows.map((r) => r.postmortemId))];
  const causes = new Map<string, BoardCause[]>();
  const linked = db
    .prepare(
      `SELECT l.postmortem_id AS pid, l.action_id AS aid, r.id, r.layer, r.description
       FROM action_causes l
       JOIN root_causes r ON r.postmortem_id = l.postmortem_id AND r.id = l.cause_id
       WHERE l.postmortem_id IN (SELECT value FROM json_each(?))
       ORDER BY r.position`,
    )
    .all(JSON.stringify(postmortems)) as (BoardCause & { pid: string; aid: string })[];
  for (const { pid, aid, ...cause } of linked) {
    const key = `${pid}\u0000${aid}`;
    const list = causes.get(key);
    if (list) list.push(cause);
    else causes.set(key, [cause]);
  }
  return {
    total: rows[0]?.total ?? 0,
    actions: rows.map(({ total: _t, ...row }) => ({
      ...row,
      overdue: row.overdue === 1,
      lastReview: lastReviewOf(row.lastReview),
      causes: causes.get(`${row.postmortemId}\u0000${row.id}`) ?? [],
    })),
  };
}
