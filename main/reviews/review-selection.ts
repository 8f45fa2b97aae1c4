import type { ActionStatus } from '../../shared/domain';
import { walksAction, type ReviewScope, type ReviewWorked } from '../../shared/review';
import type { ReadDb } from '../db/handles';

/** At most this many actions in one review: a follow-up stays a short meeting. */
export const MAX_REVIEW_ACTIONS = 60;

interface Candidate {
  postmortemId: string;
  actionId: string;
  status: ActionStatus;
  lastWorked: ReviewWorked | null;
}

const LAST_WORKED = `(SELECT i.worked FROM review_items i
  WHERE i.postmortem_id = a.postmortem_id AND i.action_id = a.id AND i.recorded_at IS NOT NULL
  ORDER BY i.recorded_at DESC LIMIT 1)`;

// Actions that say nothing (an empty row a template left) are not walked.
const SAYS_SOMETHING = "(a.description <> '' OR a.owner <> '')";

export interface ActionsToReview {
  actions: { postmortemId: string; actionId: string; status: ActionStatus }[];
  /** Actions that qualified but did not fit in MAX_REVIEW_ACTIONS: the next review's. */
  leftOut: number;
}

/**
 * The actions a new review walks. 'postmortems': the named ones' unfinished actions and those
 * done but not yet seen to work, in the order given and then the document's. 'overdue': every
 * live postmortem's unfinished actions due before today, most overdue first.
 */
export function actionsToReview(
  db: ReadDb,
  scope: ReviewScope,
  postmortemIds: readonly string[],
  today: string,
): ActionsToReview {
  const rows =
    scope === 'overdue'
      ? (db
          .prepare(
            `SELECT a.postmortem_id AS postmortemId, a.id AS actionId, a.status,
               NULL AS lastWorked
             FROM actions a JOIN postmortems p ON p.id = a.postmortem_id
             WHERE p.deleted_at IS NULL AND ${SAYS_SOMETHING}
               AND a.status IN ('open', 'in_progress') AND a.due_date < ?
             ORDER BY a.due_date, p.updated_at DESC, a.position`,
          )
          .all(today) as Candidate[])
      : (db
          .prepare(
            `SELECT a.postmortem_id AS postmortemId, a.id AS actionId, a.status,
               ${LAST_WORKED} AS lastWorked
             FROM json_each(?) j
             JOIN postmortems p ON p.id = j.value AND p.deleted_at IS NULL
             JOIN actions a ON a.postmortem_id = p.id
             WHERE ${SAYS_SOMETHING}
             ORDER BY j.key, a.position`,
          )
          .all(JSON.stringify(postmortemIds)) as Candidate[]);
  const walked = rows.filter((r) =>
    walksAction(r.status, r.lastWorked === null ? null : { worked: r.lastWorked }),
  );
  return {
    actions: walked
      .slice(0, MAX_REVIEW_ACTIONS)
      .map(({ postmortemId, actionId, status }) => ({ postmortemId, actionId, status })),
    leftOut: Math.max(0, walked.length - MAX_REVIEW_ACTIONS),
  };
}

/** The postmortems of these actions, in their first action's order. */
export function postmortemsOf(actions: readonly { postmortemId: string }[]): string[] {
  return [...new Set(actions.map((a) => a.postmortemId))];
}
