import { actionStatus, documentStatus, participantRole, severity } from '../domain';
import { redactor, type Person } from './anonymise';
import { pinFigure } from './figures';
import { formatInZone, formatSpan } from './format';
import {
  actionsBlocks,
  diagnosisBlocks,
  impactText,
  lessonsBlocks,
  meetingLogBlocks,
  notesBlocks,
  ownerText,
  parkingLotBlocks,
  principlesBlocks,
  purposeBlocks,
  rootCauseBlocks,
  summaryBlocks,
  workedWellBlocks,
  type SectionContext,
} from './sections';
import { followUpCount, followUpCountText } from './review-sections';
import type { ReportSource } from './source';
import type {
  Figure,
  ReportModel,
  ReportOptions,
  ReportSection,
  ReportSectionId,
  TitlePage,
} from './types';

const METHOD: {
  id: ReportSectionId;
  title: string;
  blocks: (c: SectionContext) => ReturnType<typeof summaryBlocks>;
}[] = [
  { id: 'summary', title: 'Incident summary', blocks: summaryBlocks },
  { id: 'purpose', title: 'What the model was supposed to do', blocks: purposeBlocks },
  { id: 'diagnosis', title: 'Diagnosis: what went wrong', blocks: diagnosisBlocks },
  { id: 'root_causes', title: 'Root causes', blocks: rootCauseBlocks },
  { id: 'worked_well', title: 'What worked well', blocks: workedWellBlocks },
  { id: 'actions', title: 'Corrective actions', blocks: actionsBlocks },
  { id: 'lessons', title: 'Lessons learned', blocks: lessonsBlocks },
];

const APPENDIX: typeof METHOD = [
  { id: 'parking_lot', title: 'Parking lot', blocks: parkingLotBlocks },
  { id: 'notes', title: 'Notes', blocks: notesBlocks },
  { id: 'meeting_log', title: 'Meeting log', blocks: meetingLogBlocks },
  { id: 'principles', title: 'Principles of the method', blocks: principlesBlocks },
];

/**
 * The report: a pure function of the postmortem, its meeting log and its computed pins. Figures
 * are numbered in reading order, so they are made as the sections ask for them.
 */
export function buildReport(src: ReportSource, options: ReportOptions): ReportModel {
  const people: Person[] = [...src.participants];
  for (const a of src.meeting?.attendance ?? []) {
    if (!people.some((p) => p.id === a.participantId))
      people.push({ id: a.participantId, name: a.name, role: a.role });
  }
  const r = redactor(people, options.anonymise);
  const omitted = new Set(options.omit);
  let figureCount = 0;
  const figures = new Map<string, Figure[]>();
  const fileName = (id: string) =>
    src.evidenceFiles[id] ?? `evidence ${id} (no longer in this postmortem)`;
  const figuresFor = (kind: 'diagnosis' | 'timeline', id: string): Figure[] => {
    const key = `${kind}:${id}`;
    const made = figures.get(key);
    if (made) return made;
    const pins = src.pins.filter((p) =>
      p.target.kind === 'diagnosis'
        ? kind === 'diagnosis' && p.target.answerId === id
        : kind === 'timeline' && p.target.eventId === id,
    );
    const list = pins.map((pin) =>
      pinFigure(pin, {
        number: ++figureCount,
        fileName,
        t: r.text,
        timeZone: src.summary.timeZone,
      }),
    );
    figures.set(key, list);
    return list;
  };
  const causeLabels = new Map(src.rootCauses.map((c, i) => [c.id, `C${i + 1}`]));
  const ctx: SectionContext = {
    src,
    t: r.text,
    nameOf: r.nameOf,
    figuresFor,
    nextFigureNumber: () => ++figureCount,
    causeLabel: (id) => causeLabels.get(id) ?? null,
  };
  const sections: ReportSection[] = [];
  METHOD.forEach((s, i) => {
    if (omitted.has(s.id)) return;
    sections.push({
      id: s.id,
      number: String(i + 1),
      title: s.title,
      anchor: `section-${s.id}`,
      appendix: false,
      blocks: s.blocks(ctx),
    });
  });
  let letter = 0;
  for (const s of APPENDIX) {
    if (omitted.has(s.id)) continue;
    const number = String.fromCharCode(65 + letter++);
    sections.push({
      id: s.id,
      number,
      title: s.title,
      anchor: `section-${s.id}`,
      appendix: true,
      blocks: s.blocks(ctx),
    });
  }
  const status = documentStatus.labels[src.status];
  const title = r.text(src.title);
  return {
    postmortemId: src.id,
    title,
    statusLabel: status,
    draft: src.status !== 'final',
    runningHeader: `${title} · ${src.status === 'final' ? 'Postmortem report' : `${status} postmortem report`}`,
    generatedAt: options.generatedAt,
    generatedLabel: formatInZone(options.generatedAt, src.summary.timeZone),
    paper: options.paper,
    anonymised: options.anonymise,
    titlePage: titlePage(ctx, options, status),
    sections,
  };
}

function titlePage(c: SectionContext, options: ReportOptions, status: string): TitlePage {
  const s = c.src.summary;
  const model = [c.t(s.modelName.trim()), c.t(s.modelVersion.trim())].filter(Boolean).join(' ');
  const zone = s.timeZone;
  const incident = s.startedAt
    ? `${formatInZone(s.startedAt, zone)} – ${s.endedAt ? formatInZone(s.endedAt, zone) : 'not ended'}`
    : '—';
  const order = { open: 0, in_progress: 1, done: 2, wont_do: 3 } as const;
  const top = [...c.src.actions]
    .filter((a) => a.status !== 'wont_do')
    .sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
    )
    .slice(0, 3);
  const summary = s.whatHappened.trim();
  const followUp = followUpCount(c.src);
  return {
    title: c.t(c.src.title),
    model: model || null,
    fields: [
      { label: 'Incident', value: incident },
      { label: 'Duration', value: formatSpan(s.startedAt, s.endedAt) ?? '—' },
      { label: 'Severity', value: s.severity ? severity.labels[s.severity] : '—' },
      { label: 'Status', value: status },
      { label: 'Report made', value: formatInZone(options.generatedAt, zone) },
      ...(options.anonymise ? [{ label: 'Names', value: 'replaced by roles' }] : []),
      ...(followUp ? [{ label: 'Follow-up reviews', value: followUpCountText(followUp) }] : []),
    ],
    summary: c.t(firstLines(summary, 3, 420)),
    impact: impactText(c),
    topActions: top.map((a) => {
      const owner = a.owner.trim() ? ownerText(a.owner, c) : 'no owner yet';
      const due = a.dueDate ? `, due ${a.dueDate}` : '';
      return {
        text: `${c.t(a.description.split('\n')[0] ?? '')} (${owner}${due}; ${actionStatus.labels[a.status].toLowerCase()})`,
        done: a.status === 'done',
      };
    }),
    participants: c.src.participants.map((p) => ({
      name: c.nameOf(p),
      role: participantRole.labels[p.role],
      team: c.t(p.team),
    })),
  };
}

/** The title page's summary: the first lines, cut at a word; the section holds the whole text. */
export function firstLines(text: string, lines: number, chars: number): string {
  const kept = text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim())
    .slice(0, lines)
    .join('\n');
  if (kept.length <= chars) return kept;
  const cut = kept.slice(0, chars);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > chars * 0.6 ? space : chars)}…`;
}
