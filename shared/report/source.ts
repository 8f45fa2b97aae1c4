import type {
  ActionArea,
  ActionStatus,
  CauseTree,
  DiagnosisQuestionId,
  DiagnosisStatus,
  DocumentStatus,
  LessonPromptId,
  ParticipantRole,
  Postmortem,
  RootCauseLayer,
  Summary,
  TimelineKind,
  Purpose,
} from '../domain';
import { causeTreeOf } from '../domain';
import { coverageOf } from '../analysis/coverage';
import type { DriftTable, EvidenceHistogram, Pin, PinSpec, TimeSeries } from '../evidence';
import type { MeetingLog } from '../meeting';
import type { RecordedReview } from '../review';

/** What a pin shows, recomputed from its spec (main/evidence/service computes it). */
export type PinResult =
  | { kind: 'histogram'; result: EvidenceHistogram }
  | { kind: 'time-series'; result: TimeSeries }
  | { kind: 'drift-table'; result: DriftTable };

export interface ComputedPin {
  id: string;
  target: { kind: 'diagnosis'; answerId: string } | { kind: 'timeline'; eventId: string };
  spec: PinSpec;
  caption: string;
  outcome: { ok: true; value: PinResult } | { ok: false; message: string };
}

export interface MeetingRecordForReport {
  log: MeetingLog;
  attendance: { participantId: string; name: string; team: string; role: ParticipantRole }[];
  followUpDate: string | null;
}

/**
 * The report's own view of a postmortem: items with ids, links resolved. The stored shape is
 * changing (items as rows, links as tables, the causal analysis); only reportSource() below knows
 * it, so a change there is one function to adapt.
 */
export interface ReportSource {
  id: string;
  title: string;
  status: DocumentStatus;
  summary: Summary;
  purpose: Purpose;
  diagnosis: {
    id: string;
    /** Null for a hypothesis the room added. */
    question: DiagnosisQuestionId | null;
    /** The hypothesis's wording ('' for the method's questions). */
    text: string;
    status: DiagnosisStatus;
    findings: string;
  }[];
  rootCauses: { id: string; layer: RootCauseLayer; description: string }[];
  workedWell: { id: string; text: string }[];
  actions: {
    id: string;
    area: ActionArea;
    description: string;
    owner: string;
    dueDate: string | null;
    status: ActionStatus;
    reviewDate: string | null;
    /** Ids of the root causes this action answers. */
    causes: string[];
    /** What follow-up reviews recorded about it, oldest first (undecided walks left out). */
    reviews: RecordedReview[];
  }[];
  lessons: { id: string; prompt: LessonPromptId; answer: string }[];
  timeline: { id: string; at: string; kind: TimelineKind; text: string }[];
  participants: { id: string; name: string; team: string; role: ParticipantRole }[];
  parkingLot: { id: string; text: string; createdAt: string }[];
  notes: { id: string; text: string; createdAt: string | null }[];
  meeting: MeetingRecordForReport | null;
  /** Pins with their results, in their stored order. */
  pins: ComputedPin[];
  /** File names of the postmortem's evidence, by id (captions name the file). */
  evidenceFiles: Record<string, string>;
  /** The causal analysis (five whys, tree, fishbone): a slot until it exists in the data. */
  analysis: CausalAnalysis | null;
}

/**
 * The causal analysis as stored (issue 8): the cause tree's read model (its five-whys chains are
 * its 'problem' branches) and the coverage gaps in words. Null while the tree is empty.
 */
export interface CausalAnalysis {
  /** Null while no cause is in the tree. */
  tree: CauseTree | null;
  coverageGaps: string[];
}

export interface PinWithOutcome {
  pin: Pin;
  outcome: ComputedPin['outcome'];
}

/** The one place that reads the stored Postmortem shape. */
export function reportSource(
  postmortem: Postmortem,
  extra: {
    meeting: MeetingRecordForReport | null;
    pins: PinWithOutcome[];
    evidenceFiles: Record<string, string>;
    /** Recorded review outcomes by action id (main/reviews reads them from SQLite). */
    reviews: Record<string, RecordedReview[]>;
  },
): ReportSource {
  const p = postmortem;
  return {
    id: p.id,
    title: p.title,
    status: p.status,
    summary: p.summary,
    purpose: p.purpose,
    // A template's prompts (hints) are placeholders, never content: they are not carried over.
    diagnosis: p.diagnosis.map((a) => ({
      id: a.id,
      question: a.question,
      text: a.text,
      status: a.status,
      findings: a.findings,
    })),
    rootCauses: p.rootCauses.map(({ id, layer, description }) => ({ id, layer, description })),
    workedWell: p.workedWell,
    actions: p.actions.map(({ hint: _hint, ...a }) => ({
      ...a,
      causes: p.links.filter((l) => l.kind === 'action_cause' && l.from === a.id).map((l) => l.to),
      reviews: [...(extra.reviews[a.id] ?? [])].sort((x, y) =>
        x.recordedAt.localeCompare(y.recordedAt),
      ),
    })),
    lessons: p.lessons.map((l) => ({ id: l.id, prompt: l.prompt, answer: l.answer })),
    timeline: p.timeline,
    participants: p.participants,
    parkingLot: p.parkingLot,
    notes: p.notes
      .filter((n) => n.text.trim() !== '')
      .map((n) => ({ id: n.id, text: n.text, createdAt: n.createdAt })),
    meeting: extra.meeting,
    pins: extra.pins.map(({ pin, outcome }) => ({
      id: pin.id,
      target:
        pin.target.kind === 'diagnosis'
          ? { kind: 'diagnosis', answerId: pin.target.answerId }
          : { kind: 'timeline', eventId: pin.target.eventId },
      spec: pin.spec,
      caption: pin.caption,
      outcome,
    })),
    evidenceFiles: extra.evidenceFiles,
    analysis:
      p.causeNodes.length === 0 && p.rootCauses.length === 0
        ? null
        : {
            tree: p.causeNodes.length === 0 ? null : causeTreeOf(p),
            coverageGaps: coverageOf(p).gaps.map((g) => g.message),
          },
  };
}
