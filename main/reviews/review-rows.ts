import type { ActionArea, ActionStatus } from '../../shared/domain';
import type { LastReview, RecordedReview, ReviewItem, ReviewWorked } from '../../shared/review';
import type { ReadDb } from '../db/handles';

interface ItemRow {
  postmortemId: string;
  postmortemTitle: string;
  actionId: string;
  area: ActionArea;
  description: string;
  owner: string;
  dueDate: string | null;
  status: ActionStatus;
  reviewDate: string | null;
  statusBefore: ActionStatus;
  done: 0 | 1 | null;
  worked: ReviewWorked | null;
  note: string;
  nextReviewDate: string | null;
  recordedAt: string | null;
}

/** A review's actions as they are now (joined with the action and its postmortem), in order. */
export function readItems(db: ReadDb, reviewId: string): ReviewItem[] {
  const rows = db
    .prepare(
      `SELECT i.postmortem_id AS postmortemId, p.title AS postmortemTitle, i.action_id AS actionId,
         a.area, a.description, a.owner, a.due_date AS dueDate, a.status,
         a.review_date AS reviewDate, i.status_before AS statusBefore, i.done, i.worked, i.note,
         i.next_review_date AS nextReviewDate, i.recorded_at AS recordedAt
       FROM review_items i
       JOIN actions a ON a.postmortem_id = i.postmortem_id AND a.id = i.action_id
       JOIN postmortems p ON p.id = i.postmortem_id
       WHERE i.review_id = ? ORDER BY i.position`,
    )
    .all(reviewId) as ItemRow[];
  return rows.map(({ done, worked, note, nextReviewDate, recordedAt, ...action }) => ({
    ...action,
    outcome:
      done === null || worked === null || recordedAt === null
        ? null
        : { done: done === 1, worked, note, nextReviewDate, recordedAt },
  }));
}

interface LastRow {
  actionId: string;
  reviewId: string;
  done: 0 | 1;
  worked: ReviewWorked;
  note: string;
  nextReviewDate: string | null;
  recordedAt: string;
}

const LAST_SQL = `SELECT action_id AS actionId, review_id AS reviewId, done, worked, note,
    next_review_date AS nextReviewDate, recorded_at AS recordedAt
  FROM review_items i
  WHERE postmortem_id = ? AND recorded_at IS NOT NULL
    AND recorded_at = (SELECT max(recorded_at) FROM review_items j
      WHERE j.postmortem_id = i.postmortem_id AND j.action_id = i.action_id)`;

/** The last recorded outcome of each of a postmortem's actions that has one. */
export function lastReviews(db: ReadDb, postmortemId: string): Record<string, LastReview> {
  const out: Record<string, LastReview> = {};
  for (const row of db.prepare(LAST_SQL).all(postmortemId) as LastRow[]) {
    out[row.actionId] = { ...row, done: row.done === 1 };
  }
  return out;
}

const HISTORY_SQL = `SELECT action_id AS actionId, review_id AS reviewId, done, worked, note,
    next_review_date AS nextReviewDate, recorded_at AS recordedAt
  FROM review_items
  WHERE postmortem_id = ? AND recorded_at IS NOT NULL
  ORDER BY action_id, recorded_at, review_id`;

/**
 * Every recorded outcome of each of a postmortem's actions, oldest first (the report's follow-up
 * history). Actions walked but not yet decided on are left out: the room has said nothing.
 */
export function reviewHistory(db: ReadDb, postmortemId: string): Record<string, RecordedReview[]> {
  const out: Record<string, RecordedReview[]> = {};
  for (const { actionId, ...row } of db.prepare(HISTORY_SQL).all(postmortemId) as LastRow[]) {
    (out[actionId] ??= []).push({ ...row, done: row.done === 1 });
  }
  return out;
}

/** The same, for a SELECT that has the action as `a`: a JSON object or NULL, one per row. */
export const LAST_REVIEW_JSON = `(SELECT json_object('reviewId', i.review_id, 'done', i.done,
    'worked', i.worked, 'note', i.note, 'nextReviewDate', i.next_review_date,
    'recordedAt', i.recorded_at)
  FROM review_items i WHERE i.postmortem_id = a.postmortem_id AND i.action_id = a.id
    AND i.recorded_at IS NOT NULL ORDER BY i.recorded_at DESC LIMIT 1)`;

/** Reads a LAST_REVIEW_JSON column. */
export function lastReviewOf(json: string | null): LastReview | null {
  if (json === null) return null;
  const raw = JSON.parse(json) as Omit<LastReview, 'done'> & { done: 0 | 1 };
  return { ...raw, done: raw.done === 1 };
}
