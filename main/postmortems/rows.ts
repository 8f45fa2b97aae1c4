import type { Postmortem, PostmortemContent } from '../../shared/domain';
import { getAt, setAt } from '../../shared/doc/apply';
import { DOC_FIELDS, docFields } from '../../shared/doc/registry';
import type { Children } from './children';

/** One row of the postmortems table, as SQLite returns it (the content columns by DOC_FIELDS). */
export interface PostmortemRow extends Record<string, unknown> {
  id: string;
  title: string;
  template_id: string | null;
  hints_json: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
}

/** The columns a new postmortem writes: each of the postmortem's own fields, and its hints. */
export function contentColumns(content: PostmortemContent): Record<string, unknown> {
  const columns: Record<string, unknown> = { hints_json: JSON.stringify(content.hints) };
  for (const field of docFields) columns[DOC_FIELDS[field].column] = getAt(content, field);
  return columns;
}

export function assemble(row: PostmortemRow, children: Children): Postmortem {
  let content = {
    title: row.title,
    status: row.status,
    summary: {},
    purpose: { kpis: children.kpis, acceptedRisks: children.acceptedRisks },
    diagnosis: children.diagnosis,
    rootCauses: children.rootCauses,
    workedWell: children.workedWell,
    actions: children.actions,
    lessons: children.lessons,
    timeline: children.timeline,
    participants: children.participants,
    parkingLot: children.parkingLot,
    notes: children.notes,
    causeNodes: children.causeNodes,
    findings: children.findings,
    links: children.links,
    hints: JSON.parse(row.hints_json) as Record<string, string>,
  } as unknown as PostmortemContent;
  for (const field of docFields) content = setAt(content, field, row[DOC_FIELDS[field].column]);
  return {
    id: row.id,
    templateId: row.template_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    ...content,
  };
}

/** The content of a stored postmortem, without what the store keeps about it. */
export function contentOf(postmortem: Postmortem): PostmortemContent {
  const {
    id: _id,
    templateId: _t,
    createdAt: _c,
    updatedAt: _u,
    revision: _r,
    ...content
  } = postmortem;
  return content;
}
