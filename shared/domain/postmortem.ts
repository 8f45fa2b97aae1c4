import { z } from 'zod';
import {
  actionArea,
  actionStatus,
  diagnosisQuestionId,
  diagnosisStatus,
  discoveryChannel,
  documentStatus,
  lessonPromptId,
  participantRole,
  rootCauseLayer,
  severity,
  taskType,
  timelineKind,
} from './enums';
import {
  dateSchema,
  idSchema,
  instantSchema,
  LIMITS,
  list,
  longText,
  optionalNumber,
  shortText,
  timeZoneSchema,
} from './fields';
import { causeNodeSchema, citedFindingSchema } from './analysis';

export const summarySchema = z.object({
  modelName: shortText('The model name'),
  modelVersion: shortText('The model version'),
  severity: severity.schema.nullable(),
  whatHappened: longText('"What happened"'),
  timeZone: timeZoneSchema,
  startedAt: instantSchema.nullable(),
  endedAt: instantSchema.nullable(),
  detectedAt: instantSchema.nullable(),
  detectedBy: shortText('"Detected by"'),
  discovery: discoveryChannel.schema.nullable(),
  impactedWho: longText('"Who was impacted"'),
  impactedCount: optionalNumber('The impacted count').refine((n) => n === null || n >= 0, {
    message: 'The impacted count cannot be negative.',
  }),
  impactedUnit: shortText('The impact unit'),
});

export const kpiSchema = z.object({
  id: idSchema,
  name: shortText('A KPI name'),
  target: optionalNumber('A KPI target'),
  unit: shortText('A KPI unit'),
  note: shortText('A KPI note'),
});

export const acceptedRiskSchema = z.object({
  id: idSchema,
  name: shortText('An accepted-risk name'),
  value: optionalNumber('An accepted-risk value'),
  unit: shortText('An accepted-risk unit'),
  note: shortText('An accepted-risk note'),
});

export const purposeSchema = z.object({
  objective: longText('The business objective'),
  taskType: taskType.schema.nullable(),
  kpis: list(kpiSchema, 'KPIs'),
  acceptedRisks: list(acceptedRiskSchema, 'accepted risks'),
});

/** A template's prompt for a field: shown as a placeholder, never stored as an answer. */
export const hintSchema = z.string().max(LIMITS.longText);

/**
 * One question of the diagnosis: one of the method's six (its id is the question's id), or a
 * hypothesis the room added (`question` null, its wording in `text`).
 */
export const diagnosisAnswerSchema = z.object({
  id: idSchema,
  question: diagnosisQuestionId.schema.nullable(),
  text: shortText('A hypothesis'),
  status: diagnosisStatus.schema,
  findings: longText('Findings'),
  hint: hintSchema,
});

export const rootCauseSchema = z.object({
  id: idSchema,
  layer: rootCauseLayer.schema,
  description: longText('A root cause'),
  hint: hintSchema,
});

export const workedWellSchema = z.object({
  id: idSchema,
  text: longText('An item of what worked well'),
});

export const actionSchema = z.object({
  id: idSchema,
  area: actionArea.schema,
  description: longText('An action description'),
  owner: shortText('An action owner'),
  dueDate: dateSchema.nullable(),
  status: actionStatus.schema,
  reviewDate: dateSchema.nullable(),
  hint: hintSchema,
});

/** The answer to one of the method's four lesson prompts; its id is the prompt's id. */
export const lessonSchema = z.object({
  id: idSchema,
  prompt: lessonPromptId.schema,
  answer: longText('A lesson'),
});

export const timelineEventSchema = z.object({
  id: idSchema,
  at: instantSchema,
  kind: timelineKind.schema,
  text: longText('A timeline event'),
});

export const participantSchema = z.object({
  id: idSchema,
  // May be empty while it is being typed; documentWarnings() asks for it.
  name: shortText('A participant name'),
  team: shortText('A team'),
  role: participantRole.schema,
});

export const parkingLotItemSchema = z.object({
  id: idSchema,
  text: longText('A parking-lot item'),
  createdAt: instantSchema,
});

/** A note of the scribe's; `step` names the meeting step it was captured in, if any. */
export const noteSchema = z.object({
  id: idSchema,
  text: longText('A note'),
  step: shortText('A step title'),
  createdAt: instantSchema,
});

/** The kinds of link between items; each is a table with foreign keys to both ends. */
export const linkKind = z.enum([
  'action_cause',
  'node_cause',
  'chain_answer',
  'node_event',
  'node_pin',
  'node_finding',
]);

/**
 * Where each kind of link points, as paths of the document's lists (null: a pin, which lives with
 * the evidence, outside the document). The registry (shared/doc) names their tables.
 */
export const LINK_ENDS = {
  action_cause: ['actions', 'rootCauses'],
  node_cause: ['causeNodes', 'rootCauses'],
  chain_answer: ['causeNodes', 'diagnosis'],
  node_event: ['causeNodes', 'timeline'],
  node_pin: ['causeNodes', null],
  node_finding: ['causeNodes', 'findings'],
} as const satisfies Record<z.output<typeof linkKind>, readonly [string, string | null]>;

/**
 * A link between two items: for 'action_cause', `from` is an action and `to` the root cause it
 * answers; for the other kinds, `from` is a node of the cause tree (see analysis.ts).
 */
export const linkSchema = z.object({
  kind: linkKind,
  from: idSchema,
  to: idSchema,
});

/** The editable content of a postmortem: everything the facilitator writes. */
export const postmortemContentSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'The title cannot be empty.')
      .max(LIMITS.title, `The title is at most ${LIMITS.title} characters.`),
    status: documentStatus.schema,
    summary: summarySchema,
    purpose: purposeSchema,
    diagnosis: z.array(diagnosisAnswerSchema).length(6, 'The diagnosis has exactly six questions.'),
    rootCauses: list(rootCauseSchema, 'root causes'),
    workedWell: list(workedWellSchema, 'items of what worked well'),
    actions: list(actionSchema, 'corrective actions'),
    lessons: z.array(lessonSchema).length(4, 'The lessons have exactly four prompts.'),
    timeline: list(timelineEventSchema, 'timeline events'),
    participants: list(participantSchema, 'participants'),
    parkingLot: list(parkingLotItemSchema, 'parking-lot items'),
    notes: list(noteSchema, 'notes'),
    causeNodes: list(causeNodeSchema, 'causes in the cause tree'),
    findings: list(citedFindingSchema, 'cited findings'),
    links: z.array(linkSchema).max(LIMITS.listItems * 4, 'Too many links.'),
    /** Placeholders of the postmortem's own fields (e.g. 'summary.whatHappened'), from its template. */
    hints: z.record(z.string().max(64), hintSchema),
  })
  .superRefine((doc, ctx) => {
    const method = doc.diagnosis.filter((a) => a.question !== null);
    const questions = new Set(method.map((a) => a.question));
    if (questions.size !== method.length || questions.size !== 6) {
      ctx.addIssue({
        code: 'custom',
        path: ['diagnosis'],
        message: 'Each of the six diagnosis questions appears once.',
      });
    }
    method.forEach((answer) => {
      if (answer.id !== answer.question) {
        ctx.addIssue({
          code: 'custom',
          path: ['diagnosis', doc.diagnosis.indexOf(answer), 'id'],
          message: 'A method question keeps its question id as its id.',
        });
      }
    });
    const prompts = new Set(doc.lessons.map((l) => l.prompt));
    if (prompts.size !== doc.lessons.length || doc.lessons.some((l) => l.id !== l.prompt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lessons'],
        message: 'Each lesson prompt appears once, with its prompt id as its id.',
      });
    }
    const linkKeys = new Set<string>();
    const ids = new Map<string, Set<string>>();
    const has = (path: string | null, id: string) => {
      if (path === null) return true;
      if (!ids.has(path)) ids.set(path, idsAt(doc, path));
      return ids.get(path)!.has(id);
    };
    doc.links.forEach((link, index) => {
      const key = `${link.kind}:${link.from}:${link.to}`;
      const [from, to] = LINK_ENDS[link.kind];
      if (!has(from, link.from) || !has(to, link.to) || linkKeys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', index],
          message: 'A link joins two existing items, once.',
        });
      }
      linkKeys.add(key);
    });
    for (const { path, items } of itemLists(doc)) {
      const ids = new Set<string>();
      items.forEach((item, index) => {
        if (ids.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, index, 'id'],
            message: `Duplicate id "${item.id}".`,
          });
        }
        ids.add(item.id);
      });
    }
  });

/**
 * Every list of the document whose items carry an id, with its path. Each is stored in a table
 * keyed by (postmortem, id), so ids must be unique per list; a copy gives every item a new one.
 */
export function itemLists(
  doc: Pick<
    PostmortemContent,
    | 'purpose'
    | 'diagnosis'
    | 'rootCauses'
    | 'workedWell'
    | 'actions'
    | 'lessons'
    | 'timeline'
    | 'participants'
    | 'parkingLot'
    | 'notes'
    | 'causeNodes'
    | 'findings'
  >,
): { path: (string | number)[]; items: readonly { id: string }[] }[] {
  return [
    { path: ['purpose', 'kpis'], items: doc.purpose.kpis },
    { path: ['purpose', 'acceptedRisks'], items: doc.purpose.acceptedRisks },
    { path: ['diagnosis'], items: doc.diagnosis },
    { path: ['lessons'], items: doc.lessons },
    { path: ['notes'], items: doc.notes },
    { path: ['rootCauses'], items: doc.rootCauses },
    { path: ['workedWell'], items: doc.workedWell },
    { path: ['actions'], items: doc.actions },
    { path: ['timeline'], items: doc.timeline },
    { path: ['participants'], items: doc.participants },
    { path: ['parkingLot'], items: doc.parkingLot },
    { path: ['causeNodes'], items: doc.causeNodes },
    { path: ['findings'], items: doc.findings },
  ];
}

function idsAt(doc: Parameters<typeof itemLists>[0], path: string): Set<string> {
  const found = itemLists(doc).find((l) => l.path.join('.') === path);
  return new Set((found?.items ?? []).map((item) => item.id));
}

/** All item ids of a document, list by list. */
export function itemIds(doc: Parameters<typeof itemLists>[0]): string[] {
  return itemLists(doc).flatMap(({ items }) => items.map((item) => item.id));
}

export type PostmortemContent = z.output<typeof postmortemContentSchema>;
export type Summary = PostmortemContent['summary'];
export type Purpose = PostmortemContent['purpose'];
export type Kpi = z.output<typeof kpiSchema>;
export type AcceptedRisk = z.output<typeof acceptedRiskSchema>;
export type DiagnosisAnswer = z.output<typeof diagnosisAnswerSchema>;
export type RootCause = z.output<typeof rootCauseSchema>;
export type WorkedWellItem = z.output<typeof workedWellSchema>;
export type CorrectiveAction = z.output<typeof actionSchema>;
export type Lesson = z.output<typeof lessonSchema>;
export type TimelineEvent = z.output<typeof timelineEventSchema>;
export type Participant = z.output<typeof participantSchema>;
export type ParkingLotItem = z.output<typeof parkingLotItemSchema>;
export type Note = z.output<typeof noteSchema>;
export type Link = z.output<typeof linkSchema>;
export type LinkKind = z.output<typeof linkKind>;
export type { CauseNode, CitedFinding } from './analysis';

/** A stored postmortem: its content plus what the store keeps about it. */
export interface Postmortem extends PostmortemContent {
  id: string;
  /** The scenario template it was made from, or null. */
  templateId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Increases by one with every batch of operations (and every other change) stored. */
  revision: number;
}

/** Days a deleted postmortem stays in the bin, restorable, before it is purged for good. */
export const BIN_KEEP_DAYS = 30;

/** One row of the library. */
export interface PostmortemListItem {
  id: string;
  title: string;
  modelName: string;
  modelVersion: string;
  incidentStartedAt: string | null;
  /** The incident's own time zone, in which the library shows its date. */
  timeZone: string;
  status: Postmortem['status'];
  updatedAt: string;
  deletedAt: string | null;
}
