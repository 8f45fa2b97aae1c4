import type { ReactNode } from 'react';
import type { MeetingRecord } from '../../../../../shared/contract/meeting';
import {
  actionArea,
  diagnosisQuestionId,
  diagnosisStatus,
  discoveryChannel,
  lessonPromptId,
  participantRole,
  rootCauseLayer,
  severity,
  taskType,
  timelineKind,
  type Postmortem,
} from '../../../../../shared/domain';
import {
  formatDuration,
  GROUND_RULES,
  screenOf,
  STEP_GUIDANCE,
  type StepId,
} from '../../../../../shared/meeting';
import { isolate, UserText } from '../../../components/UserText';
import type { CauseTreeView } from './cause-tree';

/**
 * The content of a step on the shared screen, as a flow of blocks the presenter pages. An item
 * (a question, a root cause, an action...) has a label, so the facilitator can highlight it by
 * key from their own window; headings and notes have none. Every user-written text is isolated
 * (dir="auto"), so one field's right-to-left text never reorders the next.
 */
export interface PresenterBlock {
  key: string;
  /** What the facilitator's list calls the item; absent for what cannot be highlighted. */
  label?: string;
  /** A heading keeps with the block after it. */
  heading?: boolean;
  /** Items inside the block (the cause tree's nodes): highlightable, on the block's page. */
  subItems?: { key: string; label: string }[];
  node: ReactNode;
}

/** A step of the agenda as the opening screen lists it. */
export interface AgendaLine {
  title: string;
  timeboxSeconds: number;
}

export interface StepContext {
  doc: Postmortem;
  record: MeetingRecord;
  /** The agenda, shown before the meeting starts; null once it runs. */
  agenda: readonly AgendaLine[] | null;
  causeTree: CauseTreeView | null;
}

export function formatInstant(iso: string | null, timeZone: string): string {
  if (!iso) return 'not set';
  try {
    return new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** A label for the facilitator's list: short, on one line, a user's text isolated. */
function short(text: string, max = 70): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return isolate(line.length > max ? `${line.slice(0, max - 1)}…` : line || '(empty)');
}

/** The fields given, each isolated, between separators; empty when all are empty. */
function joined(parts: (string | ReactNode)[], separator: string): ReactNode {
  const present = parts.filter((p) => p !== '' && p !== null);
  if (present.length === 0) return '';
  return present.map((p, i) => (
    <span key={i}>
      {i > 0 ? separator : null}
      {typeof p === 'string' ? <UserText>{p}</UserText> : p}
    </span>
  ));
}

const heading = (key: string, text: string): PresenterBlock => ({
  key,
  heading: true,
  node: <h2>{text}</h2>,
});

const empty = (key: string, text: string): PresenterBlock => ({
  key,
  node: <p className="content-empty">{text}</p>,
});

function Said({ text, missing }: { text: string; missing: string }) {
  return text.trim() ? (
    <p className="content-text" dir="auto">
      {text}
    </p>
  ) : (
    <p className="content-empty">{missing}</p>
  );
}

/** The step's questions, once, as items the facilitator can point at. */
function questionBlocks(stepId: StepId, questions = STEP_GUIDANCE[stepId].questions) {
  if (questions.length === 0) return [];
  return [
    heading('questions', 'Questions'),
    ...questions.map((q, i) => ({
      key: `question-${i + 1}`,
      label: `Question ${i + 1}: ${short(q)}`,
      node: (
        <p className="presenter-question">
          <span className="presenter-question-number">{i + 1}.</span> {q}
        </p>
      ),
    })),
  ];
}

function facts(rows: [string, ReactNode][]): ReactNode {
  return (
    <dl className="content-facts">
      {rows.map(([label, value]) => (
        <div className="content-fact" key={label}>
          <dt>{label}</dt>
          <dd>
            {value === '' || value === null ? <span className="content-missing">—</span> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function summaryBlocks({ doc }: StepContext): PresenterBlock[] {
  const s = doc.summary;
  const tz = s.timeZone;
  const impact = joined(
    [
      s.impactedWho,
      s.impactedCount !== null ? (
        <>
          {s.impactedCount} <UserText>{s.impactedUnit}</UserText>
        </>
      ) : (
        ''
      ),
    ],
    ' · ',
  );
  return [
    heading('written', 'What we have written'),
    {
      key: 'what-happened',
      label: 'What happened',
      node: <Said text={s.whatHappened} missing="What happened is not written yet." />,
    },
    {
      key: 'facts',
      label: 'Model, severity, times and impact',
      node: facts([
        ['Model', joined([s.modelName, s.modelVersion], ' ')],
        ['Severity', s.severity ? severity.labels[s.severity] : ''],
        ['Started', formatInstant(s.startedAt, tz)],
        ['Detected', formatInstant(s.detectedAt, tz)],
        ['Ended', formatInstant(s.endedAt, tz)],
        [
          'Detected by',
          joined(
            [s.detectedBy, s.discovery ? <>{discoveryChannel.labels[s.discovery]}</> : ''],
            ' · ',
          ),
        ],
        ['Impact', impact],
      ]),
    },
  ];
}

function timelineBlocks({ doc }: StepContext): PresenterBlock[] {
  const tz = doc.summary.timeZone;
  const events = [...doc.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (events.length === 0) return [heading('events', 'Timeline'), empty('none', 'No event yet.')];
  return [
    heading('events', `Timeline (${events.length} events, ${tz})`),
    ...events.map((e) => ({
      key: `event-${e.id}`,
      label: `${formatInstant(e.at, tz)}: ${short(e.text)}`,
      node: (
        <p className="presenter-event">
          <strong>{formatInstant(e.at, tz)}</strong>{' '}
          <span className="content-meta">({timelineKind.labels[e.kind]})</span>{' '}
          <UserText>{e.text || '(no text yet)'}</UserText>
        </p>
      ),
    })),
  ];
}

function purposeBlocks({ doc }: StepContext): PresenterBlock[] {
  const p = doc.purpose;
  const named = (
    name: string,
    figure: number | null,
    unit: string,
    note: string,
    prefix: string,
  ): ReactNode => (
    <p>
      <UserText>{name || '(no name)'}</UserText>
      {figure !== null ? (
        <>
          : {prefix} {figure} <UserText>{unit}</UserText>
        </>
      ) : null}
      {note ? (
        <>
          {' '}
          (<UserText>{note}</UserText>)
        </>
      ) : null}
    </p>
  );
  return [
    heading('written', 'What we have written'),
    {
      key: 'objective',
      label: 'Business objective',
      node: <Said text={p.objective} missing="The objective is not written yet." />,
    },
    { key: 'task', node: facts([['Task', p.taskType ? taskType.labels[p.taskType] : '']]) },
    ...(p.kpis.length > 0 ? [heading('kpis', 'Indicators and targets')] : []),
    ...p.kpis.map((k) => ({
      key: `kpi-${k.id}`,
      label: `Indicator: ${short(k.name)}`,
      node: named(k.name, k.target, k.unit, k.note, 'target'),
    })),
    ...(p.acceptedRisks.length > 0 ? [heading('risks', 'Accepted risks')] : []),
    ...p.acceptedRisks.map((r) => ({
      key: `risk-${r.id}`,
      label: `Accepted risk: ${short(r.name)}`,
      node: named(r.name, r.value, r.unit, r.note, ''),
    })),
  ];
}

/** Each question with its verdict and findings: the questions appear once, answered. */
function diagnosisBlocks({ doc }: StepContext): PresenterBlock[] {
  // The method's questions in their wording, the room's own hypotheses in theirs.
  const wording = (a: Postmortem['diagnosis'][number]) =>
    a.question ? diagnosisQuestionId.labels[a.question] : a.text || 'A hypothesis of the room';
  const asked = new Set<string>(doc.diagnosis.map(wording));
  const others = STEP_GUIDANCE.diagnosis.questions.filter((q) => !asked.has(q));
  return [
    ...doc.diagnosis.map((a, i) => ({
      key: a.id,
      label: `Question ${i + 1}: ${short(wording(a))}`,
      node: (
        <div className="presenter-answer">
          <h2 dir="auto">
            <span className="presenter-question-number">{i + 1}.</span> {wording(a)}
          </h2>
          <p className={`content-status status-${a.status}`}>{diagnosisStatus.labels[a.status]}</p>
          {a.findings.trim() ? <Said text={a.findings} missing="" /> : null}
        </div>
      ),
    })),
    ...others.map((q, k) => ({
      key: `question-${doc.diagnosis.length + k + 1}`,
      label: `Question ${doc.diagnosis.length + k + 1}: ${short(q)}`,
      node: (
        <h2 className="presenter-answer">
          <span className="presenter-question-number">{doc.diagnosis.length + k + 1}.</span> {q}
        </h2>
      ),
    })),
  ];
}

function rootCauseBlocks(context: StepContext): PresenterBlock[] {
  const { doc, causeTree } = context;
  const hasTree = causeTree !== null && causeTree.hasTree(doc);
  const focus = screenOf(context.record.screens, 'root_causes').focus;
  // The drawn tree's nodes are items of their own ("node-<id>"): highlighting one shows the
  // tree's page, and the tree follows it.
  const tree = hasTree ? (
    <causeTree.View doc={doc} postmortemId={context.record.postmortemId} focus={focus} />
  ) : null;
  return [
    ...questionBlocks('root_causes'),
    ...(tree && causeTree
      ? [{ key: 'cause-tree', label: 'The cause tree', node: tree, subItems: causeTree.items(doc) }]
      : []),
    ...(tree && causeTree?.hasFishbone(doc)
      ? [{ key: 'cause-fishbone', label: 'The fishbone', node: <causeTree.Fishbone doc={doc} /> }]
      : []),
    heading('causes', 'Root causes'),
    ...(doc.rootCauses.length === 0 ? [empty('none', 'No root cause written yet.')] : []),
    ...doc.rootCauses.map((c) => ({
      key: `cause-${c.id}`,
      label: `${rootCauseLayer.labels[c.layer]}: ${short(c.description)}`,
      node: (
        <p>
          <strong>{rootCauseLayer.labels[c.layer]}:</strong>{' '}
          <UserText>{c.description || '(no description yet)'}</UserText>
        </p>
      ),
    })),
  ];
}

function actionBlocks(doc: Postmortem): PresenterBlock[] {
  if (doc.actions.length === 0) return [empty('actions-none', 'No corrective action yet.')];
  return doc.actions.map((a) => ({
    key: `action-${a.id}`,
    label: `${actionArea.labels[a.area]}: ${short(a.description)}`,
    node: (
      <p>
        <strong>{actionArea.labels[a.area]}:</strong>{' '}
        <UserText>{a.description || '(no description)'}</UserText>{' '}
        <span className="content-meta">
          — owner:{' '}
          {a.owner ? (
            <UserText>{a.owner}</UserText>
          ) : (
            <span className="content-missing">no owner yet</span>
          )}
          , due: {a.dueDate ?? <span className="content-missing">no date yet</span>}
        </span>
      </p>
    ),
  }));
}

function listBlocks(
  items: { id: string; text: string }[],
  prefix: string,
  none: string,
): PresenterBlock[] {
  if (items.length === 0) return [empty(`${prefix}none`, none)];
  return items.map((item) => ({
    key: `${prefix}${item.id}`,
    label: short(item.text),
    node: (
      <p dir="auto" className="content-text">
        {item.text || '(empty)'}
      </p>
    ),
  }));
}

function groundRuleBlocks({ doc, record }: StepContext): PresenterBlock[] {
  const present = new Set(record.attendance.map((a) => a.participantId));
  return [
    ...questionBlocks('ground_rules'),
    heading('rules', 'Ground rules'),
    ...GROUND_RULES.map((rule, i) => ({
      key: `rule-${i + 1}`,
      label: `Ground rule ${i + 1}: ${short(rule)}`,
      node: (
        <p className="presenter-question">
          <span className="presenter-question-number">{i + 1}.</span> {rule}
        </p>
      ),
    })),
    ...(doc.participants.length > 0 ? [heading('roles', 'Roles')] : []),
    ...doc.participants.map((p) => ({
      key: `participant-${p.id}`,
      label: `${short(p.name)} (${participantRole.labels[p.role]})`,
      node: (
        <p>
          <UserText>{p.name}</UserText> — {participantRole.labels[p.role]}
          {p.team ? (
            <>
              , <UserText>{p.team}</UserText>
            </>
          ) : null}
          {present.has(p.id) ? ' (present)' : ''}
        </p>
      ),
    })),
  ];
}

function recapBlocks({ doc, record }: StepContext): PresenterBlock[] {
  return [
    ...questionBlocks('recap'),
    heading('actions', 'Corrective actions'),
    ...actionBlocks(doc),
    heading('parking', 'Parking lot'),
    ...listBlocks(doc.parkingLot, 'parking-', 'The parking lot is empty.'),
    heading('follow-up-heading', 'Next follow-up'),
    { key: 'follow-up', node: <p>{record.followUpDate ?? 'not set yet'}</p> },
  ];
}

function agendaBlocks(agenda: readonly AgendaLine[]): PresenterBlock[] {
  return [
    heading('agenda-heading', 'Agenda'),
    {
      key: 'agenda',
      node: (
        <ol className="presenter-agenda">
          {agenda.map((s) => (
            <li key={s.title}>
              {s.title} — {formatDuration(s.timeboxSeconds)}
            </li>
          ))}
        </ol>
      ),
    },
  ];
}

/** Everything the shared screen shows for the current step, in reading order. */
export function stepBlocks(stepId: StepId, context: StepContext): PresenterBlock[] {
  const aim: PresenterBlock = {
    key: 'aim',
    node: <p className="presenter-aim">{STEP_GUIDANCE[stepId].aim}</p>,
  };
  const { doc } = context;
  const byStep: Record<StepId, () => PresenterBlock[]> = {
    ground_rules: () => groundRuleBlocks(context),
    summary: () => [...questionBlocks('summary'), ...summaryBlocks(context)],
    timeline: () => [...questionBlocks('timeline'), ...timelineBlocks(context)],
    purpose: () => [...questionBlocks('purpose'), ...purposeBlocks(context)],
    diagnosis: () => diagnosisBlocks(context),
    root_causes: () => rootCauseBlocks(context),
    worked_well: () => [
      ...questionBlocks('worked_well'),
      heading('written', 'What worked well'),
      ...listBlocks(doc.workedWell, 'worked-', 'Nothing written yet.'),
    ],
    actions: () => [
      ...questionBlocks('actions'),
      heading('written', 'Corrective actions'),
      ...actionBlocks(doc),
    ],
    lessons: () =>
      doc.lessons.map((l, i) => ({
        key: l.prompt,
        label: `Lesson ${i + 1}: ${short(lessonPromptId.labels[l.prompt])}`,
        node: (
          <div className="presenter-answer">
            <h2>
              <span className="presenter-question-number">{i + 1}.</span>{' '}
              {lessonPromptId.labels[l.prompt]}
            </h2>
            <Said text={l.answer} missing="Not answered yet." />
          </div>
        ),
      })),
    recap: () => recapBlocks(context),
  };
  // Before the start the screen says which postmortem this is and what the meeting will cover.
  const title: PresenterBlock[] = context.agenda
    ? [
        {
          key: 'doc-title',
          node: (
            <p dir="auto" className="presenter-doc-title">
              {doc.title}
            </p>
          ),
        },
      ]
    : [];
  const planned = context.agenda ? agendaBlocks(context.agenda) : [];
  return [...title, aim, ...byStep[stepId](), ...planned];
}

/** The items the facilitator can highlight, in order. */
export function screenItems(blocks: readonly PresenterBlock[]): { key: string; label: string }[] {
  return blocks.flatMap((b) => [
    ...(b.label ? [{ key: b.key, label: b.label }] : []),
    ...(b.subItems ?? []),
  ]);
}
