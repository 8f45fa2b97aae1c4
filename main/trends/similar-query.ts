import type { Similar } from '../../shared/trends/similar';
import type { ReadDb } from '../db/handles';

const LIVE = 'p.deleted_at IS NULL';

// The drifted columns of a postmortem: those of its cited drift findings, and those its pins show
// (the evidence the room pointed at as having moved).
const COLUMNS_SQL = `
SELECT x.postmortem_id AS pid, x.col FROM (
  SELECT postmortem_id, column_name AS col FROM cited_findings
  UNION SELECT postmortem_id, json_extract(spec_json, '$.query.column') FROM pins
  UNION SELECT pins.postmortem_id, j.value FROM pins, json_each(pins.spec_json, '$.query.columns') j
) x JOIN postmortems p ON p.id = x.postmortem_id AND ${LIVE} WHERE x.col IS NOT NULL`;

const LAYERS_SQL = `SELECT DISTINCT r.postmortem_id AS pid, r.layer AS layer FROM root_causes r
  JOIN postmortems p ON p.id = r.postmortem_id AND ${LIVE} WHERE r.description <> ''`;

function grouped(rows: { pid: string; value: string }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { pid, value } of rows) {
    const set = out.get(pid);
    if (set) set.add(value);
    else out.set(pid, new Set([value]));
  }
  return out;
}

/**
 * Earlier postmortems that resemble this one: the same model (3 points), each shared drifted
 * column (cited finding or pinned; 2 points), each shared root-cause layer (1 point); the best
 * first, with what was done then.
 */
export function similarIncidents(db: ReadDb, postmortemId: string, limit: number): Similar[] {
  const self = db
    .prepare('SELECT model_name AS model FROM postmortems WHERE id = ?')
    .get(postmortemId) as { model: string } | undefined;
  if (!self) return [];
  const columns = grouped(
    (db.prepare(COLUMNS_SQL).all() as { pid: string; col: string }[]).map((r) => ({
      pid: r.pid,
      value: r.col,
    })),
  );
  const layers = grouped(
    (db.prepare(LAYERS_SQL).all() as { pid: string; layer: string }[]).map((r) => ({
      pid: r.pid,
      value: r.layer,
    })),
  );
  const model = self.model.trim().toLowerCase();
  const ownColumns = columns.get(postmortemId) ?? new Set<string>();
  const ownLayers = layers.get(postmortemId) ?? new Set<string>();
  const others = db
    .prepare(
      `SELECT p.id, p.title, p.model_name AS modelName, p.started_at AS startedAt,
         p.updated_at AS updatedAt FROM postmortems p WHERE ${LIVE} AND p.id <> ?`,
    )
    .all(postmortemId) as {
    id: string;
    title: string;
    modelName: string;
    startedAt: string | null;
    updatedAt: string;
  }[];
  const scored = others
    .map((o) => {
      const sameModel = model !== '' && o.modelName.trim().toLowerCase() === model;
      const sharedColumns = [...(columns.get(o.id) ?? [])].filter((c) => ownColumns.has(c)).sort();
      const sharedLayers = [...(layers.get(o.id) ?? [])].filter((l) => ownLayers.has(l)).sort();
      const score = (sameModel ? 3 : 0) + 2 * sharedColumns.length + sharedLayers.length;
      return { ...o, sameModel, sharedColumns, sharedLayers, score };
    })
    .filter((o) => o.score > 0)
    .sort((a, b) => b.score - a.score || b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit);
  const actions = db.prepare(
    `SELECT id, area, description, status FROM actions
     WHERE postmortem_id = ? AND description <> '' ORDER BY position`,
  );
  return scored.map(({ updatedAt: _u, ...o }) => ({
    ...o,
    sharedLayers: o.sharedLayers as Similar['sharedLayers'],
    actions: actions.all(o.id) as Similar['actions'],
  }));
}
