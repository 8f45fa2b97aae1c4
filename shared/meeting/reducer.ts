import { agendaTotalSeconds, rescaleAgenda, setStepTimebox } from './agenda';
import { admitCommand, fail, noop } from './guards';
import { checkAddSeconds, MAX_STEP_SECONDS } from './limits';
import type {
  AgendaStep,
  MeetingCommand,
  MeetingCommandResult,
  MeetingEvent,
  MeetingNote,
  MeetingState,
  MeetingStatus,
} from './types';

// Before the start, currentStepIndex points at the step the meeting will open with.
function firstActiveIn(agenda: readonly AgendaStep[]): number {
  const i = agenda.findIndex((s) => !s.skipped);
  return i < 0 ? 0 : i;
}

interface Change {
  events?: MeetingEvent[];
  agenda?: AgendaStep[];
  status?: MeetingStatus;
  currentStepIndex?: number;
}

/**
 * Applies one facilitator command at `nowMs` (epoch ms). Never throws and never mutates `state`.
 * Errors are refusals with a sentence for the facilitator; notes accompany no-ops (the state is
 * returned unchanged, same revision) so that a repeated or concurrent command is harmless.
 */
export function applyMeetingCommand(
  state: MeetingState,
  command: MeetingCommand,
  nowMs: number,
): MeetingCommandResult {
  const admitted = admitCommand(state, command, nowMs);
  if (!('cmd' in admitted)) return admitted;
  const { cmd } = admitted;

  const lastAt = state.events.reduce((m, e) => Math.max(m, e.at), 0);
  // Instants are whole seconds so that closed durations are exact integers and the log's rows
  // add up to its total.
  const at = Math.max(Math.floor(nowMs / 1000) * 1000, lastAt);
  const clockNote: MeetingNote | undefined =
    nowMs < lastAt
      ? {
          code: 'clock_went_back',
          message:
            'The system clock is earlier than the last recorded event; the event was recorded at that last instant instead.',
        }
      : undefined;
  const commit = (change: Change): MeetingCommandResult => {
    const next: MeetingState = {
      ...state,
      agenda: change.agenda ?? state.agenda,
      events: change.events ? [...state.events, ...change.events] : state.events,
      status: change.status ?? state.status,
      currentStepIndex: change.currentStepIndex ?? state.currentStepIndex,
      revision: state.revision + 1,
    };
    return clockNote
      ? { ok: true, state: next, changed: true, note: clockNote }
      : { ok: true, state: next, changed: true };
  };

  const { agenda, status } = state;
  const current = state.currentStepIndex;
  const notStarted = (hint: string): MeetingCommandResult =>
    fail('not_started', `The meeting has not started yet. ${hint}`);
  const stepProblem = (index: number): string | null =>
    Number.isInteger(index) && index >= 0 && index < agenda.length
      ? null
      : `Step number ${String(index)} does not exist; steps are 0 to ${agenda.length - 1}.`;
  const firstActive = (from: number, step: 1 | -1): number | null => {
    for (let i = from; i >= 0 && i < agenda.length; i += step) if (!agenda[i]!.skipped) return i;
    return null;
  };
  const move = (to: number, via: 'next' | 'previous' | 'jump' | 'skip'): MeetingEvent => ({
    type: 'stepEntered',
    at,
    stepIndex: to,
    from: current,
    via,
  });
  const withStep = (i: number, patch: Partial<AgendaStep>): AgendaStep[] =>
    agenda.map((s, k) => (k === i ? { ...s, ...patch } : s));

  switch (cmd.type) {
    case 'start': {
      if (status !== 'planned') {
        return noop(
          state,
          'already_running',
          status === 'paused'
            ? 'The meeting has already started and is paused; resume it to continue.'
            : 'The meeting is already running.',
        );
      }
      const first = firstActive(0, 1);
      if (first === null)
        return fail('nothing_to_run', 'Every step is skipped: un-skip a step before starting.');
      return commit({
        events: [{ type: 'started', at, stepIndex: first }],
        status: 'running',
        currentStepIndex: first,
      });
    }
    case 'pause':
      if (status === 'planned') return notStarted('Start it first (Space).');
      if (status === 'paused')
        return noop(state, 'already_paused', 'The meeting is already paused.');
      return commit({ events: [{ type: 'paused', at }], status: 'paused' });
    case 'resume':
      if (status === 'planned') return notStarted('Start it first (Space).');
      if (status === 'running')
        return noop(state, 'already_running', 'The meeting is already running.');
      return commit({ events: [{ type: 'resumed', at }], status: 'running' });
    case 'next': {
      if (status === 'planned') return notStarted('Start it first (Space).');
      const to = firstActive(current + 1, 1);
      if (to === null) {
        return fail(
          'no_next_step',
          'This is the last step of the agenda; end the meeting (E) when the recap is done.',
        );
      }
      return commit({ events: [move(to, 'next')], currentStepIndex: to });
    }
    case 'previous': {
      if (status === 'planned') return notStarted('Start it first (Space).');
      const to = firstActive(current - 1, -1);
      if (to === null)
        return fail(
          'no_previous_step',
          'This is the first step of the agenda; there is no previous step.',
        );
      return commit({ events: [move(to, 'previous')], currentStepIndex: to });
    }
    case 'jump': {
      const problem = stepProblem(cmd.stepIndex);
      if (problem) return fail('invalid_step', problem);
      if (status === 'planned')
        return notStarted(
          'Start it first (Space); the meeting begins at the first step that is not skipped.',
        );
      if (cmd.stepIndex === current)
        return noop(state, 'already_there', `Already at "${agenda[current]!.title}".`);
      const to = cmd.stepIndex;
      // Jumping to a skipped step means the facilitator wants it after all.
      const unskip: MeetingEvent[] = agenda[to]!.skipped
        ? [{ type: 'unskipped', at, stepIndex: to }]
        : [];
      return commit({
        events: [...unskip, move(to, 'jump')],
        agenda: agenda[to]!.skipped ? withStep(to, { skipped: false }) : agenda,
        currentStepIndex: to,
      });
    }
    case 'addTime': {
      const problem = checkAddSeconds(cmd.seconds);
      if (problem) return fail('invalid_added_time', problem);
      if (status === 'planned')
        return notStarted("Before the meeting, change the step's timebox instead.");
      const step = agenda[current]!;
      const added = step.addedSeconds + cmd.seconds;
      if (added < 0) {
        return fail(
          'invalid_added_time',
          `Only ${step.addedSeconds} s were added to "${step.title}"; ${-cmd.seconds} s cannot be taken back.`,
        );
      }
      if (step.plannedSeconds + added > MAX_STEP_SECONDS) {
        return fail(
          'invalid_added_time',
          `"${step.title}" would exceed the 8-hour limit for a step.`,
        );
      }
      return commit({
        events: [{ type: 'timeAdded', at, stepIndex: current, seconds: cmd.seconds }],
        agenda: withStep(current, { addedSeconds: added }),
      });
    }
    case 'skip': {
      const index = cmd.stepIndex ?? current;
      const problem = stepProblem(index);
      if (problem) return fail('invalid_step', problem);
      const step = agenda[index]!;
      if (step.skipped)
        return noop(state, 'already_skipped', `"${step.title}" is already skipped.`);
      const skippedAgenda = withStep(index, { skipped: true });
      if (agendaTotalSeconds(skippedAgenda) === 0) {
        return fail(
          'nothing_to_run',
          `"${step.title}" is the only step left; it cannot be skipped.`,
        );
      }
      if (status === 'planned') {
        return commit({ agenda: skippedAgenda, currentStepIndex: firstActiveIn(skippedAgenda) });
      }
      const skipEvent: MeetingEvent = { type: 'skipped', at, stepIndex: index };
      if (index !== current) return commit({ events: [skipEvent], agenda: skippedAgenda });
      const to = firstActive(current + 1, 1);
      if (to === null) {
        return fail(
          'no_next_step',
          `"${step.title}" is the last step to run; end the meeting (E) instead of skipping it.`,
        );
      }
      return commit({
        events: [skipEvent, move(to, 'skip')],
        agenda: skippedAgenda,
        currentStepIndex: to,
      });
    }
    case 'unskip': {
      const problem = stepProblem(cmd.stepIndex);
      if (problem) return fail('invalid_step', problem);
      const step = agenda[cmd.stepIndex]!;
      if (!step.skipped) return noop(state, 'not_skipped', `"${step.title}" is not skipped.`);
      const unskipped = withStep(cmd.stepIndex, { skipped: false });
      if (status === 'planned') {
        return commit({ agenda: unskipped, currentStepIndex: firstActiveIn(unskipped) });
      }
      return commit({
        events: [{ type: 'unskipped', at, stepIndex: cmd.stepIndex }],
        agenda: unskipped,
      });
    }
    case 'setTimebox': {
      const result = setStepTimebox(agenda, cmd.stepIndex, cmd.seconds);
      if (!result.ok) {
        return fail(
          stepProblem(cmd.stepIndex) ? 'invalid_step' : 'invalid_timebox',
          result.message,
        );
      }
      const step = agenda[cmd.stepIndex]!;
      if (step.plannedSeconds === cmd.seconds)
        return noop(state, 'unchanged', 'The timebox is unchanged.');
      if (cmd.seconds + step.addedSeconds > MAX_STEP_SECONDS) {
        return fail(
          'invalid_timebox',
          `"${step.title}": with the time already added the step would exceed 8 hours.`,
        );
      }
      return commit({ agenda: result.agenda });
    }
    case 'setTotal': {
      // During the meeting only the current and later steps are rescaled: finished steps keep
      // the timebox they ran against.
      const keepBefore = status === 'planned' ? 0 : current;
      const result = rescaleAgenda(agenda, cmd.minutes, keepBefore);
      if (!result.ok) return fail('invalid_total', result.message);
      const same = result.agenda.every((s, i) => s.plannedSeconds === agenda[i]!.plannedSeconds);
      if (same) return noop(state, 'unchanged', 'The agenda already has that length.');
      return commit({ agenda: result.agenda });
    }
    case 'end':
      if (status === 'planned') return notStarted('There is nothing to end.');
      return commit({ events: [{ type: 'ended', at }], status: 'ended' });
  }
}
