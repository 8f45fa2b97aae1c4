import { blankPostmortem, type Postmortem } from '../../../../shared/domain';
import { reportSource, type ReportSource } from '../../../../shared/report';
import type { ReportOptions } from '../../../../shared/report';
import type { RecordedReview } from '../../../../shared/review';

export const OPTIONS: ReportOptions = {
  anonymise: false,
  omit: [],
  paper: 'A4',
  generatedAt: '2026-03-20T10:00:00.000Z',
};

/** A postmortem with one of everything, each text field given by `text(field)`. */
export function samplePostmortem(text: (field: string) => string = (f) => `the ${f}`): Postmortem {
  const base = blankPostmortem('Title', 'Europe/Berlin');
  return {
    ...base,
    id: 'pm-1',
    createdAt: '2026-03-12T00:00:00.000Z',
    updatedAt: '2026-03-12T00:00:00.000Z',
    revision: 3,
    templateId: null,
    title: text('title') || 'Title',
    summary: {
      ...base.summary,
      modelName: text('modelName'),
      modelVersion: 'v13',
      severity: 'SEV2',
      whatHappened: text('whatHappened'),
      startedAt: '2026-03-12T02:00:00.000Z',
      endedAt: '2026-03-12T05:00:00.000Z',
      detectedAt: '2026-03-12T03:14:00.000Z',
      detectedBy: text('detectedBy'),
      impactedWho: text('impactedWho'),
      impactedCount: 171,
      impactedUnit: 'transactions',
    },
    purpose: {
      objective: text('objective'),
      taskType: 'classification',
      kpis: [{ id: 'k1', name: text('kpi'), target: 0.9, unit: '%', note: text('kpiNote') }],
      acceptedRisks: [{ id: 'r1', name: text('risk'), value: 1, unit: '%', note: '' }],
    },
    diagnosis: base.diagnosis.map((a, i) =>
      i === 0 ? { ...a, status: 'contributed' as const, findings: text('findings') } : a,
    ),
    rootCauses: [
      { id: 'c1', layer: 'data', description: text('cause'), hint: 'To consider: hidden' },
    ],
    workedWell: [{ id: 'w1', text: text('workedWell') }],
    actions: [
      {
        id: 'a1',
        area: 'detection',
        description: text('action'),
        owner: 'Priya Raman',
        dueDate: '2026-04-01',
        status: 'open',
        reviewDate: null,
        hint: '',
      },
    ],
    links: [{ kind: 'action_cause', from: 'a1', to: 'c1' }],
    lessons: base.lessons.map((l, i) => (i === 0 ? { ...l, answer: text('lesson') } : l)),
    timeline: [
      { id: 't1', at: '2026-03-12T02:00:00.000Z', kind: 'deployment', text: text('event') },
    ],
    participants: [
      { id: 'p1', name: 'Marit de Vries', team: 'Reliability', role: 'facilitator' },
      { id: 'p2', name: 'Priya Raman', team: 'ML Platform', role: 'participant' },
      { id: 'p3', name: 'Lukas Brandt', team: 'Data Science', role: 'participant' },
    ],
    parkingLot: [{ id: 'l1', text: text('parking'), createdAt: '2026-03-12T09:00:00.000Z' }],
    notes: [
      { id: 'n1', text: text('notes'), step: 'Diagnosis', createdAt: '2026-03-12T09:30:00.000Z' },
    ],
  };
}

/** `reviews`: recorded follow-up outcomes by action id (none by default). */
export function sampleSource(
  postmortem: Postmortem = samplePostmortem(),
  reviews: Record<string, RecordedReview[]> = {},
): ReportSource {
  return reportSource(postmortem, { meeting: null, pins: [], evidenceFiles: {}, reviews });
}
