import { checkStepSeconds, checkTotalMinutes, MIN_STEP_SECONDS } from './limits';
import { STEP_IDS, type AgendaStep, type StepId } from './types';

export const STEP_TITLES: Record<StepId, string> = {
  ground_rules: 'Opening and ground rules',
  summary: 'Incident summary',
  timeline: 'Timeline of events',
  purpose: 'What the model was supposed to do',
  diagnosis: 'Diagnosis: what went wrong',
  root_causes: 'Root causes',
  worked_well: 'What worked well',
  actions: 'Corrective actions',
  lessons: 'Lessons learned',
  recap: 'Closing recap',
};

/** Minutes of a 60-minute meeting; also the proportions used for any other length. */
export const DEFAULT_STEP_MINUTES: Record<StepId, number> = {
  ground_rules: 3,
  summary: 4,
  timeline: 5,
  purpose: 3,
  diagnosis: 17,
  root_causes: 10,
  worked_well: 4,
  actions: 9,
  lessons: 3,
  recap: 2,
};

export const DEFAULT_TOTAL_MINUTES = 60;

export type AgendaResult = { ok: true; agenda: AgendaStep[] } | { ok: false; message: string };

/** A step's full timebox: what was planned plus what was added during the meeting. */
export function stepTimeboxSeconds(step: AgendaStep): number {
  return step.plannedSeconds + step.addedSeconds;
}

/** Sum of planned + added seconds over the steps that are not skipped. */
export function agendaTotalSeconds(agenda: readonly AgendaStep[]): number {
  return agenda.reduce((sum, s) => (s.skipped ? sum : sum + stepTimeboxSeconds(s)), 0);
}

/** Sum of planned seconds (without added time) over the steps that are not skipped. */
export function agendaPlannedSeconds(agenda: readonly AgendaStep[]): number {
  return agenda.reduce((sum, s) => (s.skipped ? sum : sum + s.plannedSeconds), 0);
}

/** The default agenda scaled to `totalMinutes`; throws RangeError on an invalid length. */
export function defaultAgenda(totalMinutes: number = DEFAULT_TOTAL_MINUTES): AgendaStep[] {
  const base: AgendaStep[] = STEP_IDS.map((id) => ({
    id,
    title: STEP_TITLES[id],
    plannedSeconds: DEFAULT_STEP_MINUTES[id] * 60,
    addedSeconds: 0,
    skipped: false,
  }));
  const result = rescaleAgenda(base, totalMinutes);
  if (!result.ok) throw new RangeError(result.message);
  return result.agenda;
}

/**
 * Rescales the planned timeboxes of the steps that are not skipped, proportionally, so that their
 * planned seconds sum exactly to `totalMinutes * 60`. Steps get whole minutes (at least one);
 * steps before `keepBefore` (already run, during a meeting) keep their timebox and count towards
 * the total. Added time is left as it is, on top of the plan.
 */
export function rescaleAgenda(
  agenda: readonly AgendaStep[],
  totalMinutes: number,
  keepBefore = 0,
): AgendaResult {
  const targets = agenda.map((s, i) => i).filter((i) => i >= keepBefore && !agenda[i]!.skipped);
  const countCheck = checkTotalMinutes(totalMinutes, Math.max(1, targets.length));
  if (countCheck) return { ok: false, message: countCheck };
  if (targets.length === 0) {
    return { ok: false, message: 'Every remaining step is skipped: there is nothing to rescale.' };
  }
  const kept = agenda.reduce(
    (sum, s, i) => (i < keepBefore && !s.skipped ? sum + s.plannedSeconds : sum),
    0,
  );
  const budget = totalMinutes * 60 - kept;
  if (budget < targets.length * MIN_STEP_SECONDS) {
    const keptMin = Math.ceil(kept / 60);
    return {
      ok: false,
      message: `Meeting length of ${totalMinutes} minutes is too short: the steps already run take ${keptMin} minutes and the ${targets.length} remaining steps need at least 1 minute each.`,
    };
  }
  const minutes = apportion(
    targets.map((i) => agenda[i]!.plannedSeconds),
    Math.floor(budget / 60),
  );
  const next = agenda.map((s) => ({ ...s }));
  targets.forEach((stepIdx, k) => {
    next[stepIdx]!.plannedSeconds = minutes[k]! * 60;
  });
  // A budget that is not whole minutes (kept steps with odd seconds) leaves < 60 s: give it to
  // the largest step so the sum stays exact.
  const leftover = budget % 60;
  if (leftover > 0) {
    const largest = targets.reduce((a, b) =>
      next[b]!.plannedSeconds > next[a]!.plannedSeconds ? b : a,
    );
    next[largest]!.plannedSeconds += leftover;
  }
  return { ok: true, agenda: next };
}

/**
 * Largest-remainder apportionment of `total` whole units by `weights`, every share at least 1.
 * Exact when the weights are already proportional to integer shares (rescaling to the same
 * total changes nothing).
 */
function apportion(weights: readonly number[], total: number): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) =>
    weightSum > 0 ? (total * w) / weightSum : total / weights.length,
  );
  const shares = quotas.map((q) => Math.max(1, Math.floor(q)));
  let diff = total - shares.reduce((a, b) => a + b, 0);
  const order = (key: (i: number) => number): number[] =>
    shares.map((_, i) => i).sort((a, b) => key(b) - key(a) || a - b);
  while (diff > 0) {
    for (const i of order((i) => quotas[i]! - shares[i]!)) {
      if (diff === 0) break;
      shares[i]! += 1;
      diff -= 1;
    }
  }
  while (diff < 0) {
    const candidates = order((i) => shares[i]! - quotas[i]!).filter((i) => shares[i]! > 1);
    if (candidates.length === 0) break;
    for (const i of candidates) {
      if (diff === 0) break;
      shares[i]! -= 1;
      diff += 1;
    }
  }
  return shares;
}

/** Sets one step's planned timebox (seconds), refusing absurd values with a message. */
export function setStepTimebox(
  agenda: readonly AgendaStep[],
  stepIndex: number,
  seconds: number,
): AgendaResult {
  const step = Number.isInteger(stepIndex) ? agenda[stepIndex] : undefined;
  if (!step) {
    return {
      ok: false,
      message: `Step number ${String(stepIndex)} does not exist; steps are 0 to ${agenda.length - 1}.`,
    };
  }
  const problem = checkStepSeconds(seconds, `Step "${step.title}"`);
  if (problem) return { ok: false, message: problem };
  return {
    ok: true,
    agenda: agenda.map((s, i) => (i === stepIndex ? { ...s, plannedSeconds: seconds } : s)),
  };
}
