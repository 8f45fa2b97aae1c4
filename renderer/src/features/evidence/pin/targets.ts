import { diagnosisQuestionId, type Postmortem } from '../../../../../shared/domain';
import type { PinTarget } from '../../../../../shared/evidence';
import { formatInstant } from '../format';

export interface TargetOption {
  /** The `target` string PinnedEvidence is mounted with: a question id or a timeline event id. */
  value: string;
  label: string;
  group: 'Diagnosis questions' | 'Timeline events';
  target: PinTarget;
}

export function targetOptions(postmortem: Postmortem | null): TargetOption[] {
  const zone = postmortem?.summary.timeZone ?? 'UTC';
  const questions: TargetOption[] = diagnosisQuestionId.values.map((q) => ({
    value: q,
    label: diagnosisQuestionId.labels[q],
    group: 'Diagnosis questions',
    target: { kind: 'diagnosis', question: q },
  }));
  const events: TargetOption[] = (postmortem?.timeline ?? []).map((e) => ({
    value: e.id,
    label: `${formatInstant(e.at, zone)} — ${e.text.length > 70 ? `${e.text.slice(0, 69)}…` : e.text || '(no text)'}`,
    group: 'Timeline events',
    target: { kind: 'timeline', eventId: e.id },
  }));
  return [...questions, ...events];
}

export function targetKey(t: PinTarget): string {
  return t.kind === 'diagnosis' ? t.question : t.eventId;
}
