import {
  actionArea,
  actionStatus,
  diagnosisQuestionId,
  diagnosisStatus,
  discoveryChannel,
  lessonPromptId,
  participantRole,
  rootCauseLayer,
  severity,
  taskType,
  timelineKind,
} from '../domain';
import { formatDelta, formatDuration } from '../meeting/format';
import { formatCount, formatDate, formatInZone, formatMeasure, formatSpan } from './format';
import type { ReportSource } from './source';
import type { Block } from './types';
import { causeFigures } from './cause-figures';
import { followUpBlocks } from './review-sections';
import type { SectionContext } from './section-context';

export type { SectionContext };
import { causeTreeTextBlocks, coverageBlocks, whyChainBlocks } from './analysis-sections';

const EMPTY: Block = { kind: 'note', text: 'Nothing recorded.' };

export const anchorOf = (...parts: string[]) =>
  parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');

function text(value: string, t: (s: string) => string): Block[] {
  return value.trim() ? [{ kind: 'text', text: t(value) }] : [];
}

export function summaryBlocks(c: SectionContext): Block[] {
  const s = c.src.summary;
  const zone = s.timeZone;
  const when = (iso: string | null) => (iso ? formatInZone(iso, zone) : '—');
  const impact = impactText(c);
  const blocks: Block[] = [
    {
      kind: 'fields',
      items: [
        { label: 'Started', value: when(s.startedAt) },
        { label: 'Detected', value: when(s.detectedAt) },
        { label: 'Ended', value: when(s.endedAt) },
        { label: 'Duration', value: formatSpan(s.startedAt, s.endedAt) ?? '—' },
        { label: 'Time to detect', value: formatSpan(s.startedAt, s.detectedAt) ?? '—' },
        { label: 'Detected by', value: c.t(s.detectedBy) || '—' },
        {
          label: 'Discovered through',
          value: s.discovery ? discoveryChannel.labels[s.discovery] : '—',
        },
        { label: 'Severity', value: s.severity ? severity.labels[s.severity] : '—' },
      ],
    },
  ];
  if (s.whatHappened.trim()) {
    blocks.push({
      kind: 'subsection',
      anchor: 'what-happened',
      title: 'What happened',
      tag: null,
      blocks: text(s.whatHappened, c.t),
    });
  }
  if (impact)
    blocks.push({
      kind: 'subsection',
      anchor: 'impact',
      title: 'Impact',
      tag: null,
      blocks: [{ kind: 'text', text: impact }],
    });
  const timeline = [...c.src.timeline].sort((a, b) => a.at.localeCompare(b.at));
  const timelineBlocks: Block[] = [];
  if (timeline.length) {
    timelineBlocks.push({
      kind: 'table',
      caption: `Times in ${zone}.`,
      columns: [
        { label: 'Time', align: 'left' },
        { label: 'Kind', align: 'left' },
        { label: 'Event', align: 'left' },
        { label: 'Evidence', align: 'left' },
      ],
      rows: timeline.map((e) => [
        when(e.at),
        timelineKind.labels[e.kind],
        c.t(e.text),
        c
          .figuresFor('timeline', e.id)
          .map((f) => `Figure ${f.number}`)
          .join(', '),
      ]),
    });
    for (const e of timeline) timelineBlocks.push(...c.figuresFor('timeline', e.id));
  } else timelineBlocks.push(EMPTY);
  blocks.push({
    kind: 'subsection',
    anchor: 'timeline',
    title: 'Timeline',
    tag: null,
    blocks: timelineBlocks,
  });
  return blocks;
}

export function impactText(c: SectionContext): string | null {
  const s = c.src.summary;
  const n = s.impactedCount;
  const count =
    n === null
      ? ''
      : `${Number.isInteger(n) ? formatCount(n) : formatMeasure(n, 6)} ${c.t(s.impactedUnit)}`.trim();
  const who = c.t(s.impactedWho.trim());
  if (!count && !who) return null;
  return count && who ? `${count}: ${who}` : count || who;
}

export function purposeBlocks(c: SectionContext): Block[] {
  const p = c.src.purpose;
  const blocks: Block[] = [
    {
      kind: 'fields',
      items: [{ label: 'Task', value: p.taskType ? taskType.labels[p.taskType] : '—' }],
    },
    ...text(p.objective, c.t),
  ];
  const number = (n: number | null) => (n === null ? '—' : formatMeasure(n, 6));
  blocks.push({
    kind: 'subsection',
    anchor: 'kpis',
    title: 'Indicators and targets',
    tag: null,
    blocks: p.kpis.length
      ? [
          {
            kind: 'table',
            caption: null,
            columns: [
              { label: 'Indicator', align: 'left' },
              { label: 'Target', align: 'right' },
              { label: 'Unit', align: 'left' },
              { label: 'Note', align: 'left' },
            ],
            rows: p.kpis.map((k) => [c.t(k.name), number(k.target), c.t(k.unit), c.t(k.note)]),
          },
        ]
      : [EMPTY],
  });
  blocks.push({
    kind: 'subsection',
    anchor: 'accepted-risks',
    title: 'Accepted risks',
    tag: null,
    blocks: p.acceptedRisks.length
      ? [
          {
            kind: 'table',
            caption: null,
            columns: [
              { label: 'Risk', align: 'left' },
              { label: 'Accepted value', align: 'right' },
              { label: 'Unit', align: 'left' },
              { label: 'Note', align: 'left' },
            ],
            rows: p.acceptedRisks.map((r) => [
              c.t(r.name),
              number(r.value),
              c.t(r.unit),
              c.t(r.note),
            ]),
          },
        ]
      : [EMPTY],
  });
  return blocks;
}

function answerTitle(a: ReportSource['diagnosis'][number], t: (s: string) => string): string {
  return a.question
    ? diagnosisQuestionId.labels[a.question]
    : t(a.text) || 'A hypothesis of the room';
}

export function diagnosisBlocks(c: SectionContext): Block[] {
  const answers = [
    ...c.src.diagnosis.filter((a) => a.question !== null),
    ...c.src.diagnosis.filter((a) => a.question === null),
  ];
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: null,
      columns: [
        { label: 'Question', align: 'left' },
        { label: 'Verdict', align: 'left' },
        { label: 'Evidence', align: 'left' },
      ],
      rows: answers.map((a) => [
        answerTitle(a, c.t),
        diagnosisStatus.labels[a.status],
        c
          .figuresFor('diagnosis', a.id)
          .map((f) => `Figure ${f.number}`)
          .join(', ') || '—',
      ]),
    },
  ];
  for (const a of answers) {
    const figures = c.figuresFor('diagnosis', a.id);
    blocks.push({
      kind: 'subsection',
      anchor: anchorOf('diagnosis', a.id),
      title: answerTitle(a, c.t),
      tag: `Verdict: ${diagnosisStatus.labels[a.status]}${a.question === null ? ' (a hypothesis the room added)' : ''}`,
      blocks: [
        ...(a.findings.trim()
          ? text(a.findings, c.t)
          : [{ kind: 'note' as const, text: 'No findings recorded.' }]),
        ...figures,
      ],
    });
  }
  return blocks;
}

export function rootCauseBlocks(c: SectionContext): Block[] {
  if (c.src.rootCauses.length === 0 && !c.src.analysis) return [EMPTY];
  const blocks: Block[] = [];
  for (const layer of rootCauseLayer.values) {
    const causes = c.src.rootCauses.filter((r) => r.layer === layer);
    if (causes.length === 0) continue;
    blocks.push({
      kind: 'subsection',
      anchor: anchorOf('layer', layer),
      title: rootCauseLayer.labels[layer],
      tag: null,
      blocks: [
        {
          kind: 'list',
          items: causes.map((r) => `${c.causeLabel(r.id) ?? ''}: ${c.t(r.description)}`),
        },
      ],
    });
  }
  // The causal analysis (issue 8): chains, the tree in words, coverage (analysis-sections.ts).
  blocks.push(...whyChainBlocks(c), ...causeTreeTextBlocks(c), ...coverageBlocks(c));
  blocks.push(...causeFigures(c));
  return blocks;
}

export function workedWellBlocks(c: SectionContext): Block[] {
  const items = c.src.workedWell.filter((w) => w.text.trim());
  return items.length ? [{ kind: 'list', items: items.map((w) => c.t(w.text)) }] : [EMPTY];
}

export function actionsBlocks(c: SectionContext): Block[] {
  if (c.src.actions.length === 0) return [EMPTY];
  const table: Block = {
    kind: 'table',
    caption: null,
    columns: [
      { label: 'Area', align: 'left' },
      { label: 'Action', align: 'left' },
      { label: 'Owner', align: 'left' },
      { label: 'Due', align: 'left' },
      { label: 'Status', align: 'left' },
      { label: 'Review', align: 'left' },
      { label: 'Causes answered', align: 'left' },
    ],
    rows: c.src.actions.map((a) => [
      actionArea.labels[a.area],
      c.t(a.description),
      ownerText(a.owner, c),
      formatDate(a.dueDate),
      actionStatus.labels[a.status],
      formatDate(a.reviewDate),
      a.causes
        .map((id) => c.causeLabel(id))
        .filter(Boolean)
        .join(', ') || '—',
    ]),
  };
  // What follow-up reviews recorded, under the table (issue 11): nothing when none was.
  return [table, ...followUpBlocks(c, ownerText)];
}

/** An owner typed as a participant's name is that participant (a role when anonymised). */
export function ownerText(owner: string, c: SectionContext): string {
  const person = c.src.participants.find(
    (p) => p.name.trim().toLowerCase() === owner.trim().toLowerCase(),
  );
  return person ? c.nameOf(person) : c.t(owner) || '—';
}

export function lessonsBlocks(c: SectionContext): Block[] {
  const answered = c.src.lessons.filter((l) => l.answer.trim());
  if (answered.length === 0) return [EMPTY];
  return answered.map((l) => ({
    kind: 'subsection' as const,
    anchor: anchorOf('lesson', l.id),
    title: lessonPromptId.labels[l.prompt],
    tag: null,
    blocks: text(l.answer, c.t),
  }));
}

export function parkingLotBlocks(c: SectionContext): Block[] {
  const items = c.src.parkingLot.filter((p) => p.text.trim());
  return items.length ? [{ kind: 'list', items: items.map((p) => c.t(p.text)) }] : [EMPTY];
}

export function notesBlocks(c: SectionContext): Block[] {
  const items = c.src.notes.filter((n) => n.text.trim());
  return items.length ? items.flatMap((n) => text(n.text, c.t)) : [EMPTY];
}

export function meetingLogBlocks(c: SectionContext): Block[] {
  const m = c.src.meeting;
  if (!m || m.log.status === 'planned')
    return [{ kind: 'note', text: 'The meeting was not run in the app.' }];
  const log = m.log;
  const zone = c.src.summary.timeZone;
  const blocks: Block[] = [
    {
      kind: 'fields',
      items: [
        {
          label: 'Started',
          value:
            log.startedAtMs === null
              ? '—'
              : formatInZone(new Date(log.startedAtMs).toISOString(), zone),
        },
        {
          label: 'Ended',
          value:
            log.endedAtMs === null
              ? 'still running when this report was made'
              : formatInZone(new Date(log.endedAtMs).toISOString(), zone),
        },
        {
          label: 'Paused',
          value: log.pauseCount
            ? `${log.pauseCount} time(s), ${formatDuration(log.pausedSeconds)} in all`
            : 'never',
        },
        { label: 'Next follow-up', value: formatDate(m.followUpDate) },
      ],
    },
    {
      kind: 'table',
      caption: 'Planned against actual time per step (minutes:seconds).',
      columns: [
        { label: 'Step', align: 'left' },
        { label: 'Planned', align: 'right' },
        { label: 'Added', align: 'right' },
        { label: 'Actual', align: 'right' },
        { label: 'Difference', align: 'right' },
      ],
      rows: [
        ...log.rows.map((r) => [
          r.skipped ? `${r.title} (skipped)` : r.title,
          formatDuration(r.plannedSeconds),
          formatDuration(r.addedSeconds),
          formatDuration(r.actualSeconds),
          r.skipped ? 'skipped' : formatDelta(r.deltaSeconds),
        ]),
        [
          'Total',
          formatDuration(
            log.rows.filter((r) => !r.skipped).reduce((s, r) => s + r.plannedSeconds, 0),
          ),
          formatDuration(
            log.rows.filter((r) => !r.skipped).reduce((s, r) => s + r.addedSeconds, 0),
          ),
          formatDuration(log.totalActualSeconds),
          formatDelta(log.totalDeltaSeconds),
        ],
      ],
    },
  ];
  blocks.push({
    kind: 'subsection',
    anchor: 'attendance',
    title: 'Attendance',
    tag: null,
    blocks: m.attendance.length
      ? [
          {
            kind: 'table',
            caption: null,
            columns: [
              { label: 'Name', align: 'left' },
              { label: 'Role', align: 'left' },
              { label: 'Team', align: 'left' },
            ],
            rows: m.attendance.map((a) => [
              c.nameOf({ id: a.participantId, name: a.name }),
              participantRole.labels[a.role],
              c.t(a.team),
            ]),
          },
        ]
      : [{ kind: 'note', text: 'Nobody was marked present.' }],
  });
  return blocks;
}

export const PRINCIPLES = [
  'Focus on the system, not the person: ask how the system set us up to fail, never who broke it.',
  'Assume good intent: everyone did what made sense with what they knew at the time.',
  'Work together: engineering, data, product and operations in one room.',
  'Document everything transparently, what was ruled out as well as what contributed.',
  'Share the learnings across the organisation: models affect more than the teams that build them.',
];

export function principlesBlocks(): Block[] {
  return [{ kind: 'list', items: [...PRINCIPLES] }];
}
