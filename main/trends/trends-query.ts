import { actionArea, rootCauseLayer, type ActionArea } from '../../shared/domain';
import type { ReviewWorked } from '../../shared/review';
import { monthsBetween, quantile, type Trends } from '../../shared/trends/types';
import type { ReadDb } from '../db/handles';

const LIVE = 'p.deleted_at IS NULL';
const MONTH = 'substr(coalesce(p.started_at, p.created_at), 1, 7)';

// The day each action was last marked done, from the operation log: a set of its status to 'done'
// (or an insert already done). The LIKE skips batches that touched no status before any JSON work.
const DONE_AT_SQL = `
SELECT o.postmortem_id AS pid,
  coalesce(json_extract(j.value, '$.id'), json_extract(j.value, '$.item.id')) AS aid,
  max(substr(o.at, 1, 10)) AS day
FROM op_log o JOIN postmortems p ON p.id = o.postmortem_id AND ${LIVE}, json_each(o.ops_json) j
WHERE o.state <> 'undone' AND o.ops_json LIKE '%"done"%'
  AND json_extract(j.value, '$.list') = 'actions'
  AND ((json_extract(j.value, '$.op') = 'set' AND json_extract(j.value, '$.field') = 'status'
        AND json_extract(j.value, '$.value') = 'done')
    OR (json_extract(j.value, '$.op') = 'insert' AND json_extract(j.value, '$.item.status') = 'done'))
GROUP BY pid, aid`;

/**
 * The library's trends: incidents per month, root causes by layer, time to detect (detected minus
 * started) per month, and whether actions were done by their due date. One pass per figure over
 * the live postmortems; no sampling.
 */
export function libraryTrends(db: ReadDb, today: string): Trends {
  const postmortems = db
    .prepare(`SELECT count(*) FROM postmortems p WHERE ${LIVE}`)
    .pluck()
    .get() as number;
  const perMonth = db
    .prepare(
      `SELECT ${MONTH} AS month, count(*) AS count FROM postmortems p WHERE ${LIVE}
       GROUP BY month ORDER BY month`,
    )
    .all() as { month: string; count: number }[];
  const counts = new Map(perMonth.map((r) => [r.month, r.count]));
  const incidents =
    perMonth.length === 0
      ? []
      : monthsBetween(perMonth[0]!.month, perMonth.at(-1)!.month).map((month) => ({
          month,
          count: counts.get(month) ?? 0,
        }));

  const layers = new Map(
    (
      db
        .prepare(
          `SELECT r.layer, count(*) AS count FROM root_causes r
           JOIN postmortems p ON p.id = r.postmortem_id AND ${LIVE}
           WHERE r.description <> '' GROUP BY r.layer`,
        )
        .all() as { layer: string; count: number }[]
    ).map((r) => [r.layer, r.count]),
  );
  const causesByLayer = rootCauseLayer.values.map((layer) => ({
    layer,
    count: layers.get(layer) ?? 0,
  }));

  const detections = db
    .prepare(
      `SELECT ${MONTH} AS month, p.started_at AS started, p.detected_at AS detected
       FROM postmortems p
       WHERE ${LIVE} AND p.started_at IS NOT NULL AND p.detected_at IS NOT NULL
         AND julianday(p.detected_at) >= julianday(p.started_at)`,
    )
    .all() as { month: string; started: string; detected: string }[];
  const byMonth = new Map<string, number[]>();
  const all: number[] = [];
  for (const d of detections) {
    const minutes = (Date.parse(d.detected) - Date.parse(d.started)) / 60_000;
    all.push(minutes);
    const list = byMonth.get(d.month);
    if (list) list.push(minutes);
    else byMonth.set(d.month, [minutes]);
  }
  all.sort((a, b) => a - b);
  const timeToDetect = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, minutes]) => {
      const sorted = minutes.sort((a, b) => a - b);
      return { month, medianMinutes: quantile(sorted, 0.5)!, count: sorted.length };
    });

  const doneAt = new Map(
    (db.prepare(DONE_AT_SQL).all() as { pid: string; aid: string; day: string }[]).map((r) => [
      `${r.pid}\u0000${r.aid}`,
      r.day,
    ]),
  );
  const actions = db
    .prepare(
      `SELECT a.postmortem_id AS pid, a.id AS aid, a.status, a.due_date AS due FROM actions a
       JOIN postmortems p ON p.id = a.postmortem_id AND ${LIVE}
       WHERE a.due_date IS NOT NULL AND a.status <> 'wont_do'`,
    )
    .all() as { pid: string; aid: string; status: string; due: string }[];
  const timeliness = { onTime: 0, late: 0, doneUndated: 0, overdue: 0, pending: 0 };
  for (const a of actions) {
    if (a.status === 'done') {
      const day = doneAt.get(`${a.pid}\u0000${a.aid}`);
      if (day === undefined) timeliness.doneUndated++;
      else if (day <= a.due) timeliness.onTime++;
      else timeliness.late++;
    } else if (a.due < today) timeliness.overdue++;
    else timeliness.pending++;
  }
  const decided = timeliness.onTime + timeliness.late + timeliness.overdue;
  const reviewOutcomes = actionArea.values.map((area) => ({ area, yes: 0, no: 0, unknown: 0 }));
  // The last recorded outcome of each action of a live postmortem.
  const reviewed = db
    .prepare(
      `SELECT a.area, i.worked FROM review_items i
       JOIN actions a ON a.postmortem_id = i.postmortem_id AND a.id = i.action_id
       JOIN postmortems p ON p.id = a.postmortem_id AND ${LIVE}
       WHERE i.recorded_at = (SELECT max(recorded_at) FROM review_items j
         WHERE j.postmortem_id = i.postmortem_id AND j.action_id = i.action_id)`,
    )
    .all() as { area: ActionArea; worked: ReviewWorked }[];
  for (const r of reviewed) {
    const row = reviewOutcomes.find((o) => o.area === r.area);
    if (row) row[r.worked] += 1;
  }
  return {
    postmortems,
    incidents,
    causesByLayer,
    timeToDetect,
    detect: {
      medianMinutes: quantile(all, 0.5),
      p90Minutes: quantile(all, 0.9),
      count: all.length,
    },
    actions: { ...timeliness, onTimeShare: decided === 0 ? null : timeliness.onTime / decided },
    reviewOutcomes,
  };
}
