import type { Postmortem, PostmortemContent } from '../../shared/domain';
import type { Children } from './children';

/** One row of the postmortems table, as SQLite returns it. */
export interface PostmortemRow {
  id: string;
  title: string;
  status: PostmortemContent['status'];
  model_name: string;
  model_version: string;
  severity: PostmortemContent['summary']['severity'];
  what_happened: string;
  time_zone: string;
  started_at: string | null;
  ended_at: string | null;
  detected_at: string | null;
  detected_by: string;
  discovery: PostmortemContent['summary']['discovery'];
  impacted_who: string;
  impacted_count: number | null;
  impacted_unit: string;
  objective: string;
  task_type: PostmortemContent['purpose']['taskType'];
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
}

/** The columns a save writes: everything the facilitator edits outside the list sections. */
export type ContentColumns = Omit<
  PostmortemRow,
  'id' | 'created_at' | 'updated_at' | 'deleted_at' | 'revision'
>;

export function contentColumns(content: PostmortemContent): ContentColumns {
  const { summary, purpose } = content;
  return {
    title: content.title,
    status: content.status,
    model_name: summary.modelName,
    model_version: summary.modelVersion,
    severity: summary.severity,
    what_happened: summary.whatHappened,
    time_zone: summary.timeZone,
    started_at: summary.startedAt,
    ended_at: summary.endedAt,
    detected_at: summary.detectedAt,
    detected_by: summary.detectedBy,
    discovery: summary.discovery,
    impacted_who: summary.impactedWho,
    impacted_count: summary.impactedCount,
    impacted_unit: summary.impactedUnit,
    objective: purpose.objective,
    task_type: purpose.taskType,
    notes: content.notes,
  };
}

export function assemble(row: PostmortemRow, children: Children): Postmortem {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    title: row.title,
    status: row.status,
    summary: {
      modelName: row.model_name,
      modelVersion: row.model_version,
      severity: row.severity,
      whatHappened: row.what_happened,
      timeZone: row.time_zone,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      detectedAt: row.detected_at,
      detectedBy: row.detected_by,
      discovery: row.discovery,
      impactedWho: row.impacted_who,
      impactedCount: row.impacted_count,
      impactedUnit: row.impacted_unit,
    },
    purpose: {
      objective: row.objective,
      taskType: row.task_type,
      kpis: children.kpis,
      acceptedRisks: children.accepted_risks,
    },
    diagnosis: children.diagnosis_answers,
    rootCauses: children.root_causes,
    workedWell: children.worked_well,
    actions: children.actions,
    lessons: children.lessons,
    timeline: children.timeline_events,
    participants: children.participants,
    parkingLot: children.parking_lot,
    notes: row.notes,
  };
}

/** The content of a stored postmortem, without what the store keeps about it. */
export function contentOf(postmortem: Postmortem): PostmortemContent {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...content } = postmortem;
  return content;
}
