import { agendaTotalSeconds, stepTimeboxSeconds } from './agenda';
import { WARNING_SECONDS } from './limits';
import { replayEvents, timingsAt } from './replay';
import type { AnyStepId, MeetingState, MeetingStatus } from './types';

export type StepPhase = 'ok' | 'warning' | 'overrun';
/** Words to show beside the colour, so the phase never depends on colour alone. */
export const PHASE_LABELS: Record<StepPhase, string> = {
  ok: 'On time',
  warning: 'Last minute',
  overrun: 'Over time',
};
export const STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Not started',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
};

export type StepProgress = 'current' | 'visited' | 'not_visited' | 'skipped';

export interface StepClock {
  index: number;
  id: AnyStepId;
  title: string;
  plannedSeconds: number;
  addedSeconds: number;
  /** planned + added */
  timeboxSeconds: number;
  /** Running time spent in the step over all its visits, pauses excluded (whole seconds, floored). */
  actualSeconds: number;
  visits: number;
  skipped: boolean;
  progress: StepProgress;
}

export interface CurrentStepClock {
  index: number;
  id: AnyStepId;
  title: string;
  timeboxSeconds: number;
  elapsedSeconds: number;
  /** timebox - elapsed; negative once the step overruns (format it with formatDuration). */
  remainingSeconds: number;
  overrunSeconds: number;
  phase: StepPhase;
  phaseLabel: string;
}

export interface MeetingClock {
  status: MeetingStatus;
  statusLabel: string;
  /** The instant the figures are computed for: `now`, never before the last event, frozen at the end. */
  atMs: number;
  startedAtMs: number | null;
  endedAtMs: number | null;
  current: CurrentStepClock;
  /** Sum of planned + added over the steps that are not skipped. */
  plannedSeconds: number;
  /** Running time since the start, pauses excluded. */
  elapsedSeconds: number;
  pausedSeconds: number;
  /** Wall time since the start (elapsed + paused). */
  wallSeconds: number;
  /** plannedSeconds - elapsedSeconds; negative when the meeting runs past its plan. */
  remainingSeconds: number;
  /**
   * start + plan + pauses so far (a pause pushes the end later). Before the start: the end if the
   * meeting started now.
   */
  plannedEndMs: number;
  /** When the meeting ends if the current step and the steps after it use their remaining time. */
  projectedEndMs: number;
  steps: StepClock[];
}

/**
 * Every figure the meeting screen shows, derived from the stored state and `nowMs` only.
 *
 * Clock hazards: a `now` earlier than the last recorded event (clock set back) is treated as that
 * event's instant, so no duration is ever negative and a step's time never drops below what the
 * log already holds. A forward jump (laptop asleep, clock set ahead) counts as meeting time unless
 * the meeting was paused: the app cannot tell sleep from a long silence, and the facilitator can
 * see it and correct course. Renderers should feed a non-decreasing `now` between renders
 * (see monotonicNow) so that a backwards jump between two events never shows time going back.
 */
export function deriveMeetingClock(state: MeetingState, nowMs: number): MeetingClock {
  const replay = replayEvents(state.events, state.agenda.length);
  const t = timingsAt(replay, nowMs);
  const steps: StepClock[] = state.agenda.map((step, index) => {
    const visits = replay.visits[index] ?? 0;
    const progress: StepProgress = step.skipped
      ? 'skipped'
      : index === state.currentStepIndex && state.status !== 'planned' && state.status !== 'ended'
        ? 'current'
        : visits > 0
          ? 'visited'
          : 'not_visited';
    return {
      index,
      id: step.id,
      title: step.title,
      plannedSeconds: step.plannedSeconds,
      addedSeconds: step.addedSeconds,
      timeboxSeconds: stepTimeboxSeconds(step),
      actualSeconds: Math.floor((t.stepMs[index] ?? 0) / 1000),
      visits,
      skipped: step.skipped,
      progress,
    };
  });
  const cur = steps[state.currentStepIndex]!;
  const remaining = cur.timeboxSeconds - cur.actualSeconds;
  const phase: StepPhase =
    remaining < 0 ? 'overrun' : remaining <= WARNING_SECONDS ? 'warning' : 'ok';
  const plannedSeconds = agendaTotalSeconds(state.agenda);
  const elapsedSeconds = Math.floor(t.activeMs / 1000);
  const pausedSeconds = Math.floor(t.pausedMs / 1000);
  const plannedEndMs =
    replay.startedAt === null
      ? t.effectiveNow + plannedSeconds * 1000
      : replay.startedAt + plannedSeconds * 1000 + t.pausedMs;
  const upcomingSeconds = steps
    .filter((s) => s.index > state.currentStepIndex && !s.skipped)
    .reduce((sum, s) => sum + Math.max(0, s.timeboxSeconds - s.actualSeconds), 0);
  const projectedEndMs =
    replay.endedAt ??
    (replay.startedAt === null
      ? t.effectiveNow + plannedSeconds * 1000
      : t.effectiveNow + (Math.max(0, remaining) + upcomingSeconds) * 1000);
  return {
    status: state.status,
    statusLabel: STATUS_LABELS[state.status],
    atMs: t.effectiveNow,
    startedAtMs: replay.startedAt,
    endedAtMs: replay.endedAt,
    current: {
      index: cur.index,
      id: cur.id,
      title: cur.title,
      timeboxSeconds: cur.timeboxSeconds,
      elapsedSeconds: cur.actualSeconds,
      remainingSeconds: remaining,
      overrunSeconds: Math.max(0, -remaining),
      phase,
      phaseLabel: PHASE_LABELS[phase],
    },
    plannedSeconds,
    elapsedSeconds,
    pausedSeconds,
    wallSeconds: Math.floor(t.wallMs / 1000),
    remainingSeconds: plannedSeconds - elapsedSeconds,
    plannedEndMs,
    projectedEndMs,
    steps,
  };
}

/** The later of the last `now` used and the clock: keeps a screen from showing time going back. */
export function monotonicNow(previousMs: number | undefined, clockMs: number): number {
  return previousMs === undefined || clockMs > previousMs ? clockMs : previousMs;
}
