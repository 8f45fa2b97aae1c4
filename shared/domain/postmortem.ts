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

export const diagnosisAnswerSchema = z.object({
  question: diagnosisQuestionId.schema,
  status: diagnosisStatus.schema,
  findings: longText('Findings'),
});

export const rootCauseSchema = z.object({
  id: idSchema,
  layer: rootCauseLayer.schema,
  description: longText('A root cause'),
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
});

export const lessonSchema = z.object({
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
  name: shortText('A participant name').min(1, 'A participant needs a name.'),
  team: shortText('A team'),
  role: participantRole.schema,
});

export const parkingLotItemSchema = z.object({
  id: idSchema,
  text: longText('A parking-lot item'),
  createdAt: instantSchema,
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
    notes: longText('The notes'),
  })
  .superRefine((doc, ctx) => {
    const { startedAt, endedAt, detectedAt } = doc.summary;
    if (startedAt && endedAt && Date.parse(endedAt) < Date.parse(startedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['summary', 'endedAt'],
        message: 'The incident cannot end before it started: check the end instant.',
      });
    }
    if (startedAt && detectedAt && Date.parse(detectedAt) < Date.parse(startedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['summary', 'detectedAt'],
        message: 'The incident cannot be detected before it started: check the detected instant.',
      });
    }
    const questions = new Set(doc.diagnosis.map((a) => a.question));
    if (questions.size !== doc.diagnosis.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['diagnosis'],
        message: 'Each diagnosis question appears once.',
      });
    }
    const prompts = new Set(doc.lessons.map((l) => l.prompt));
    if (prompts.size !== doc.lessons.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['lessons'],
        message: 'Each lesson prompt appears once.',
      });
    }
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
    'purpose' | 'rootCauses' | 'workedWell' | 'actions' | 'timeline' | 'participants' | 'parkingLot'
  >,
): { path: (string | number)[]; items: readonly { id: string }[] }[] {
  return [
    { path: ['purpose', 'kpis'], items: doc.purpose.kpis },
    { path: ['purpose', 'acceptedRisks'], items: doc.purpose.acceptedRisks },
    { path: ['rootCauses'], items: doc.rootCauses },
    { path: ['workedWell'], items: doc.workedWell },
    { path: ['actions'], items: doc.actions },
    { path: ['timeline'], items: doc.timeline },
    { path: ['participants'], items: doc.participants },
    { path: ['parkingLot'], items: doc.parkingLot },
  ];
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

/** A stored postmortem: its content plus what the store keeps about it. */
export interface Postmortem extends PostmortemContent {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Increases by one on every save; a save names the revision it was based on. */
  revision: number;
}

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
