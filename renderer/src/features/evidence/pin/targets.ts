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
  const questions: TargetOption[] = (postmortem?.diagnosis ?? []).map((answer) => ({
    value: answer.id,
    label: answer.question
      ? diagnosisQuestionId.labels[answer.question]
      : answer.text || '(a hypothesis without words yet)',
    group: 'Diagnosis questions',
    target: { kind: 'diagnosis', answerId: answer.id },
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
  return t.kind === 'diagnosis' ? t.answerId : t.eventId;
}
