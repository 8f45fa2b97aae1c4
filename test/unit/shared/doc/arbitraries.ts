import fc from 'fast-check';
import { findItem, itemsOf, type DocState } from '../../../../shared/doc/apply';
import type { Op } from '../../../../shared/doc/ops';
import {
  DOC_FIELDS,
  docFields,
  LINKS,
  LISTS,
  listNames,
  type ListName,
} from '../../../../shared/doc/registry';
import {
  actionArea,
  actionStatus,
  blankPostmortem,
  diagnosisStatus,
  participantRole,
  rootCauseLayer,
  timelineKind,
} from '../../../../shared/domain';

/**
 * Random operations for property tests, drawn as "intents" (which list, which item, which field,
 * which value) and resolved against the state they meet, so that most are valid and some hit
 * items that are gone, as edits from another window do.
 */
export interface Intent {
  kind: 'setDoc' | 'setItem' | 'insert' | 'move' | 'delete' | 'link' | 'unlink';
  list: number;
  pick: number;
  other: number;
  field: number;
  text: string;
  value: number;
  id: string;
}

const INSTANTS = [
  null,
  '2026-03-12T02:00:00.000Z',
  '2026-03-12T05:30:00.000Z',
  '2026-03-11T23:00:00.000Z',
];
const DATES = [null, '2026-04-01', '2026-05-31'];

const CHOICES: Record<string, readonly unknown[]> = {
  status: ['draft', 'in_review', 'final'],
  'summary.severity': [null, 'SEV1', 'SEV3'],
  'summary.timeZone': ['UTC', 'Europe/Amsterdam', 'America/New_York'],
  'summary.startedAt': INSTANTS,
  'summary.endedAt': INSTANTS,
  'summary.detectedAt': INSTANTS,
  'summary.discovery': [null, 'alert', 'audit'],
  'summary.impactedCount': [null, 0, 13, 42.5],
  'purpose.taskType': [null, 'classification', 'ranking'],
  'kpis.target': [null, 0.95, 10],
  'acceptedRisks.value': [null, 0.01, 40],
  'diagnosis.status': diagnosisStatus.values,
  'rootCauses.layer': rootCauseLayer.values,
  'actions.area': actionArea.values,
  'actions.status': actionStatus.values,
  'actions.dueDate': DATES,
  'actions.reviewDate': DATES,
  'timeline.at': INSTANTS.filter((i) => i !== null),
  'timeline.kind': timelineKind.values,
  'participants.role': participantRole.values,
  'causeNodes.layer': [null, ...rootCauseLayer.values],
};

function valueFor(key: string, text: boolean, intent: Intent): unknown {
  if (text) return intent.text;
  const choices = CHOICES[key];
  if (!choices) throw new Error(`No test values for ${key}`);
  return choices[intent.value % choices.length];
}

/** A new item of a list, with every field filled (text from the intent). */
export function newItem(list: ListName, id: string, intent: Intent): Record<string, unknown> {
  const item: Record<string, unknown> = { id };
  for (const [field, spec] of Object.entries(LISTS[list].fields)) {
    if (field === LISTS[list].parent) continue;
    item[field] = valueFor(`${list}.${field}`, spec.text, intent);
  }
  if ('hint' in LISTS[list].fixed) item.hint = '';
  if (list === 'diagnosis') item.question = null;
  if (list === 'parkingLot' || list === 'notes') item.createdAt = '2026-03-16T14:00:00.000Z';
  if (list === 'notes') item.step = '';
  if (list === 'causeNodes') {
    item.parentId = null;
    item.kind = intent.value % 5 === 0 ? 'problem' : 'cause';
  }
  if (list === 'findings') {
    item.evidenceId = 'evidence-1';
    item.columnName = 'amount';
    item.label = intent.text;
  }
  return item;
}

/** The links the intents draw: pins are left out (they live outside the document). */
const linkKinds = (Object.keys(LINKS) as (keyof typeof LINKS)[]).filter(
  (k) => LINKS[k].to.list !== 'pins',
);

/** Lists with a field an operation may set (cited findings have none). */
const settable = listNames.filter((l) => Object.keys(LISTS[l].fields).length > 0);

const insertable = listNames.filter((l) => l !== 'lessons');

/** Resolves an intent to an operation on `state`; may name an item that is gone (a stale edit). */
export function resolve(state: DocState, intent: Intent): Op {
  switch (intent.kind) {
    case 'setDoc': {
      const field = docFields[intent.field % docFields.length]!;
      const spec = DOC_FIELDS[field];
      const text = spec.text && field === 'title' ? intent.text.trim() || 'A title' : intent.text;
      return {
        op: 'set',
        list: 'doc',
        field,
        value: spec.text ? text : valueFor(field, false, intent),
      };
    }
    case 'setItem': {
      const list = settable[intent.list % settable.length]!;
      const fields = Object.entries(LISTS[list].fields);
      const [field, spec] = fields[intent.field % fields.length]!;
      const id = pickId(state, list, intent.pick) ?? intent.id;
      // A parent: another node (maybe one under it: a cycle the reducer refuses), or the top.
      const value =
        LISTS[list].parent === field
          ? intent.value % 3 === 0
            ? null
            : pickId(state, list, intent.other)
          : valueFor(`${list}.${field}`, spec.text, intent);
      return { op: 'set', list, id, field, value };
    }
    case 'insert': {
      const list = insertable[intent.list % insertable.length]!;
      const before = pickId(state, list, intent.other);
      const item = newItem(list, intent.id, intent);
      if (list === 'causeNodes' && intent.value % 3 !== 0) {
        item.parentId = pickId(state, list, intent.pick);
      }
      return { op: 'insert', list, item, before: intent.value % 3 === 0 ? null : before };
    }
    case 'move': {
      const list = listNames[intent.list % listNames.length]!;
      const id = pickId(state, list, intent.pick) ?? intent.id;
      return {
        op: 'move',
        list,
        id,
        before: intent.value % 4 === 0 ? null : pickId(state, list, intent.other),
      };
    }
    case 'delete': {
      const list = insertable[intent.list % insertable.length]!;
      const items = itemsOf(state, list).filter((item) => LISTS[list].canDelete(item));
      const id = items.length ? items[intent.pick % items.length]!.id : intent.id;
      return { op: 'delete', list, id };
    }
    case 'link':
    case 'unlink': {
      const kind = linkKinds[intent.field % linkKinds.length]!;
      const spec = LINKS[kind];
      const from = pickId(state, spec.from.list, intent.pick) ?? intent.id;
      const to =
        (spec.to.list === 'pins' ? null : pickId(state, spec.to.list, intent.other)) ?? intent.id;
      return { op: intent.kind, kind, from, to };
    }
  }
}

function pickId(state: DocState, list: ListName, pick: number): string | null {
  const items = itemsOf(state, list);
  return items.length ? items[pick % items.length]!.id : null;
}

export const intentArb: fc.Arbitrary<Intent> = fc.record({
  kind: fc.constantFrom(
    'setDoc',
    'setItem',
    'setItem',
    'insert',
    'insert',
    'move',
    'delete',
    'link',
    'unlink',
  ),
  list: fc.nat(100),
  pick: fc.nat(100),
  other: fc.nat(100),
  field: fc.nat(100),
  // Markdown and bidi characters, quotes and emoji travel through SQLite and JSON unchanged.
  text: fc.string({
    maxLength: 12,
    unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '"', '*', '\u202e', '😀'),
  }),
  value: fc.nat(100),
  id: fc.uuid(),
}) as fc.Arbitrary<Intent>;

/** A small postmortem to start from: a few items in the lists the intents touch. */
export function seedState(): DocState {
  const doc = blankPostmortem('Seed');
  const seed = (n: number): Intent => ({
    kind: 'insert',
    list: 0,
    pick: 0,
    other: 0,
    field: 0,
    text: `t${n}`,
    value: n,
    id: '',
  });
  return {
    ...doc,
    actions: [
      newItem('actions', 'a1', seed(1)),
      newItem('actions', 'a2', seed(2)),
    ] as DocState['actions'],
    rootCauses: [newItem('rootCauses', 'c1', seed(3))] as DocState['rootCauses'],
    timeline: [newItem('timeline', 't1', seed(4))] as DocState['timeline'],
    causeNodes: [
      { id: 'n1', parentId: null, kind: 'problem', text: 'Amount drifted', layer: 'data' },
      { id: 'n2', parentId: 'n1', kind: 'cause', text: 'Cents, not euros', layer: null },
    ],
    findings: [{ id: 'f1', evidenceId: 'evidence-1', columnName: 'amount', label: 'PSI 0.9' }],
    links: [
      { kind: 'action_cause', from: 'a1', to: 'c1' },
      { kind: 'node_cause', from: 'n2', to: 'c1' },
      { kind: 'node_event', from: 'n1', to: 't1' },
      { kind: 'node_finding', from: 'n1', to: 'f1' },
    ],
  };
}

export { findItem };
