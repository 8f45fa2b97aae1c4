import { z } from 'zod';
import {
  acceptedRiskSchema,
  actionSchema,
  diagnosisAnswerSchema,
  kpiSchema,
  lessonSchema,
  noteSchema,
  parkingLotItemSchema,
  participantSchema,
  purposeSchema,
  rootCauseSchema,
  summarySchema,
  timelineEventSchema,
  workedWellSchema,
  postmortemContentSchema,
  causeNodeSchema,
  citedFindingSchema,
  type LinkKind,
  type PostmortemContent,
} from '../domain';

/**
 * Every place an operation can write, declared once: the postmortem's own fields, its lists of
 * items and the links between items. The pure reducer, the back end's SQL writer, the editor's
 * bindings and the notices all read this table, so they cannot disagree about a name.
 */
export interface FieldSpec {
  schema: z.ZodType;
  /** The column of the postmortems table (doc fields) or of the list's table (item fields). */
  column: string;
  /** Free text: two windows typing into it are a co-editing case with a notice to the loser. */
  text: boolean;
  /** Said in notices: "Your text in What happened was replaced…". */
  label: string;
}

const field = (schema: z.ZodType, column: string, label: string, text = false): FieldSpec => ({
  schema,
  column,
  text,
  label,
});

const shape = postmortemContentSchema.shape;
const summary = summarySchema.shape;

export const DOC_FIELDS = {
  title: field(shape.title, 'title', 'the title', true),
  status: field(shape.status, 'status', 'the status'),
  'summary.modelName': field(summary.modelName, 'model_name', 'the model name', true),
  'summary.modelVersion': field(summary.modelVersion, 'model_version', 'the model version', true),
  'summary.severity': field(summary.severity, 'severity', 'the severity'),
  'summary.whatHappened': field(summary.whatHappened, 'what_happened', 'What happened', true),
  'summary.timeZone': field(summary.timeZone, 'time_zone', 'the time zone'),
  'summary.startedAt': field(summary.startedAt, 'started_at', 'the start'),
  'summary.endedAt': field(summary.endedAt, 'ended_at', 'the end'),
  'summary.detectedAt': field(summary.detectedAt, 'detected_at', 'the detection instant'),
  'summary.detectedBy': field(summary.detectedBy, 'detected_by', 'Detected by', true),
  'summary.discovery': field(summary.discovery, 'discovery', 'how it was discovered'),
  'summary.impactedWho': field(summary.impactedWho, 'impacted_who', 'Who was impacted', true),
  'summary.impactedCount': field(summary.impactedCount, 'impacted_count', 'the impacted count'),
  'summary.impactedUnit': field(summary.impactedUnit, 'impacted_unit', 'the impact unit', true),
  'purpose.objective': field(
    purposeSchema.shape.objective,
    'objective',
    'the business objective',
    true,
  ),
  'purpose.taskType': field(purposeSchema.shape.taskType, 'task_type', 'the kind of task'),
} as const satisfies Record<string, FieldSpec>;

export type DocField = keyof typeof DOC_FIELDS;
export const docFields = Object.keys(DOC_FIELDS) as DocField[];

export function isDocField(name: string): name is DocField {
  return Object.prototype.hasOwnProperty.call(DOC_FIELDS, name);
}

export interface ListSpec {
  /** Where the list sits in the document ('purpose.kpis'). */
  path: string;
  table: string;
  /** "KPI 3", "Add KPI", "the KPI you were editing". */
  noun: string;
  item: z.ZodObject;
  /** Fields an operation may change after the item exists, with their columns. */
  fields: Record<string, FieldSpec>;
  /** Fields given once, at insert (id and position aside). */
  fixed: Record<string, string>;
  /** Whether items may be inserted and deleted (lessons and the method's questions are fixed). */
  canInsert: (item: Record<string, unknown>) => boolean;
  canDelete: (item: Record<string, unknown>) => boolean;
  /**
   * Fields holding the id of an item of the same list (null: none), as a foreign key does: the
   * reducer refuses a value naming no item, a value that would make a cycle, and the delete of an
   * item still named. The cause tree's parent is one.
   */
  parent?: string;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function list(
  path: string,
  table: string,
  noun: string,
  item: z.ZodObject,
  settable: Record<string, { label: string; text?: boolean }>,
  fixed: readonly string[] = [],
  rules: Partial<Pick<ListSpec, 'canInsert' | 'canDelete' | 'parent'>> = {},
): ListSpec {
  const fields: Record<string, FieldSpec> = {};
  for (const [name, { label, text }] of Object.entries(settable)) {
    fields[name] = field(item.shape[name] as z.ZodType, snake(name), label, text ?? false);
  }
  return {
    path,
    table,
    noun,
    item,
    fields,
    fixed: Object.fromEntries(fixed.map((name) => [name, snake(name)])),
    canInsert: rules.canInsert ?? (() => true),
    canDelete: rules.canDelete ?? (() => true),
    ...(rules.parent ? { parent: rules.parent } : {}),
  };
}

const text = (label: string) => ({ label, text: true });
const choice = (label: string) => ({ label });

export const LISTS = {
  kpis: list('purpose.kpis', 'kpis', 'KPI', kpiSchema, {
    name: text('the KPI name'),
    target: choice('the KPI target'),
    unit: text('the KPI unit'),
    note: text('the KPI note'),
  }),
  acceptedRisks: list(
    'purpose.acceptedRisks',
    'accepted_risks',
    'accepted risk',
    acceptedRiskSchema,
    {
      name: text('the risk name'),
      value: choice('the risk value'),
      unit: text('the risk unit'),
      note: text('the risk note'),
    },
  ),
  diagnosis: list(
    'diagnosis',
    'diagnosis_answers',
    'diagnosis question',
    diagnosisAnswerSchema,
    { text: text('the hypothesis'), status: choice('the verdict'), findings: text('the findings') },
    ['question', 'hint'],
    {
      // The method's six questions are always there; only the room's own hypotheses come and go.
      canInsert: (item) => item.question === null,
      canDelete: (item) => item.question === null,
    },
  ),
  rootCauses: list(
    'rootCauses',
    'root_causes',
    'root cause',
    rootCauseSchema,
    { layer: choice('the layer'), description: text('the root cause') },
    ['hint'],
  ),
  workedWell: list('workedWell', 'worked_well', 'item of what worked well', workedWellSchema, {
    text: text('what worked well'),
  }),
  actions: list(
    'actions',
    'actions',
    'action',
    actionSchema,
    {
      area: choice('the area'),
      description: text('the action'),
      owner: text('the owner'),
      dueDate: choice('the due date'),
      status: choice('the status'),
      reviewDate: choice('the review date'),
    },
    ['hint'],
  ),
  lessons: list(
    'lessons',
    'lessons',
    'lesson',
    lessonSchema,
    { answer: text('the lesson') },
    ['prompt'],
    { canInsert: () => false, canDelete: () => false },
  ),
  timeline: list('timeline', 'timeline_events', 'timeline event', timelineEventSchema, {
    at: choice('the instant'),
    kind: choice('the kind'),
    text: text('the event'),
  }),
  participants: list('participants', 'participants', 'participant', participantSchema, {
    name: text('the name'),
    team: text('the team'),
    role: choice('the role'),
  }),
  parkingLot: list(
    'parkingLot',
    'parking_lot',
    'parking-lot item',
    parkingLotItemSchema,
    { text: text('the parked item') },
    ['createdAt'],
  ),
  notes: list('notes', 'notes', 'note', noteSchema, { text: text('the note') }, [
    'step',
    'createdAt',
  ]),
  causeNodes: list(
    'causeNodes',
    'cause_nodes',
    'cause',
    causeNodeSchema,
    {
      parentId: choice('the place in the cause tree'),
      text: text('the cause'),
      layer: choice('the layer'),
    },
    ['kind'],
    { parent: 'parentId' },
  ),
  findings: list('findings', 'cited_findings', 'cited finding', citedFindingSchema, {}, [
    'evidenceId',
    'columnName',
    'label',
  ]),
} as const satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LISTS;
export const listNames = Object.keys(LISTS) as ListName[];

export function isListName(name: string): name is ListName {
  return Object.prototype.hasOwnProperty.call(LISTS, name);
}

/** The item type of each list, as the document holds it. */
export interface ListItems {
  kpis: PostmortemContent['purpose']['kpis'][number];
  acceptedRisks: PostmortemContent['purpose']['acceptedRisks'][number];
  diagnosis: PostmortemContent['diagnosis'][number];
  rootCauses: PostmortemContent['rootCauses'][number];
  workedWell: PostmortemContent['workedWell'][number];
  actions: PostmortemContent['actions'][number];
  lessons: PostmortemContent['lessons'][number];
  timeline: PostmortemContent['timeline'][number];
  participants: PostmortemContent['participants'][number];
  parkingLot: PostmortemContent['parkingLot'][number];
  notes: PostmortemContent['notes'][number];
  causeNodes: PostmortemContent['causeNodes'][number];
  findings: PostmortemContent['findings'][number];
}

export interface LinkSpec {
  table: string;
  from: { list: ListName; column: string };
  /** 'pins': a pin of the evidence, outside the document (its table's foreign key checks it). */
  to: { list: ListName | 'pins'; column: string };
  /** Each `from` item has at most one such link ('from'), or each end at most one ('both'). */
  single?: 'from' | 'both';
  /** "the root cause", said when a link is refused. */
  noun: string;
}

export const LINKS = {
  action_cause: {
    table: 'action_causes',
    from: { list: 'actions', column: 'action_id' },
    to: { list: 'rootCauses', column: 'cause_id' },
    noun: 'root cause of an action',
  },
  // A node of the cause tree that is a root cause: one entry of the list each, both ways.
  node_cause: {
    table: 'node_causes',
    from: { list: 'causeNodes', column: 'node_id' },
    to: { list: 'rootCauses', column: 'cause_id' },
    single: 'both',
    noun: 'root cause of a node',
  },
  // The diagnosis answer a five-whys chain asks why about.
  chain_answer: {
    table: 'chain_answers',
    from: { list: 'causeNodes', column: 'node_id' },
    to: { list: 'diagnosis', column: 'answer_id' },
    single: 'from',
    noun: 'diagnosis answer of a chain',
  },
  node_event: {
    table: 'node_events',
    from: { list: 'causeNodes', column: 'node_id' },
    to: { list: 'timeline', column: 'event_id' },
    noun: 'cited timeline event',
  },
  node_pin: {
    table: 'node_pins',
    from: { list: 'causeNodes', column: 'node_id' },
    to: { list: 'pins', column: 'pin_id' },
    noun: 'cited pin',
  },
  node_finding: {
    table: 'node_findings',
    from: { list: 'causeNodes', column: 'node_id' },
    to: { list: 'findings', column: 'finding_id' },
    noun: 'cited finding',
  },
} as const satisfies Record<LinkKind, LinkSpec>;

/** The spec of a settable field, or undefined when the target names none. */
export function fieldSpecOf(
  target: { list: 'doc'; field: DocField } | { list: ListName; field: string },
): FieldSpec | undefined {
  if (target.list === 'doc') return DOC_FIELDS[target.field];
  const fields: Record<string, FieldSpec> = LISTS[target.list].fields;
  return Object.prototype.hasOwnProperty.call(fields, target.field)
    ? fields[target.field]
    : undefined;
}
