import { expect } from 'vitest';
import { applyMeetingCommand } from '../../../../shared/meeting/reducer';
import type { MeetingCommand, MeetingState } from '../../../../shared/meeting/types';

export const T0 = Date.UTC(2026, 10, 25, 14, 0, 0);
/** Epoch ms `s` seconds after T0. */
export const at = (s: number): number => T0 + s * 1000;

/** Applies a command that must change the state; fails the test with the error otherwise. */
export function apply(state: MeetingState, command: MeetingCommand, nowMs: number): MeetingState {
  const result = applyMeetingCommand(state, command, nowMs);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
  expect(result.changed).toBe(true);
  return result.state;
}

/** Applies [command, secondsAfterT0] pairs in order. */
export function script(
  state: MeetingState,
  steps: ReadonlyArray<readonly [MeetingCommand, number]>,
): MeetingState {
  return steps.reduce((s, [cmd, sec]) => apply(s, cmd, at(sec)), state);
}
