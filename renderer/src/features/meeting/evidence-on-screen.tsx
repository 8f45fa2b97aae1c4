import type { MeetingRecord } from '../../../../shared/contract/meeting';
import type { Pin, PinSpec } from '../../../../shared/evidence';
import {
  postmortemStepOf,
  screenOf,
  type ScreenEvidence,
  type StepId,
} from '../../../../shared/meeting';
import { useMeetingStore } from './store';

/** What the evidence is, in a few words, when its caption says nothing. */
export function evidenceTitle(evidence: { spec: PinSpec; caption: string }): string {
  if (evidence.caption.trim()) return evidence.caption.trim();
  const { spec } = evidence;
  switch (spec.kind) {
    case 'histogram':
      return `Distribution of ${spec.query.column}`;
    case 'time-series':
      return `${spec.query.column} over time`;
    case 'drift-table':
      return 'Drift per column';
  }
}

function currentStep(record: MeetingRecord): StepId {
  return postmortemStepOf(record.state.agenda[record.state.currentStepIndex]!.id);
}

export function showEvidence(record: MeetingRecord, evidence: ScreenEvidence | null): void {
  void useMeetingStore
    .getState()
    .screen(record.postmortemId, { type: 'show', stepId: currentStep(record), evidence });
}

/**
 * Beside each pin in the facilitator's window: puts the pin on the shared screen in the current
 * step, or (pressed) takes it off.
 */
export function ShowOnScreenButton({ pin, record }: { pin: Pin; record: MeetingRecord }) {
  const shown = screenOf(record.screens, currentStep(record)).evidence?.pinId === pin.id;
  return (
    <button
      type="button"
      className="button small ev-show-on-screen"
      aria-pressed={shown}
      onClick={() =>
        showEvidence(
          record,
          shown
            ? null
            : { pinId: pin.id, target: pin.target, spec: pin.spec, caption: pin.caption },
        )
      }
    >
      {shown ? <span aria-hidden="true">✓ </span> : null}
      Show on shared screen
    </button>
  );
}
