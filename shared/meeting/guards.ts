import {
  MeetingCommandSchema,
  type MeetingCommand,
  type MeetingCommandResult,
  type MeetingError,
  type MeetingErrorCode,
  type MeetingNote,
  type MeetingNoteCode,
  type MeetingState,
} from './types';

export const fail = (code: MeetingErrorCode, message: string): MeetingCommandResult => ({
  ok: false,
  error: { code, message } satisfies MeetingError,
});
export const noop = (
  state: MeetingState,
  code: MeetingNoteCode,
  message: string,
): MeetingCommandResult => ({
  ok: true,
  state,
  changed: false,
  note: { code, message } satisfies MeetingNote,
});

/**
 * The checks every command passes before it is applied: a well-formed command, a finite clock,
 * the concurrency guards and the ended meeting. Returns the parsed command or the final result.
 */
export function admitCommand(
  state: MeetingState,
  command: MeetingCommand,
  nowMs: number,
): { cmd: MeetingCommand } | MeetingCommandResult {
  const parsed = MeetingCommandSchema.safeParse(command);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'command';
    return fail(
      'invalid_command',
      `Meeting command refused: ${field}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  const cmd = parsed.data;
  if (!Number.isFinite(nowMs)) {
    return fail(
      'invalid_command',
      `The current time must be a finite epoch-ms number; got ${String(nowMs)}.`,
    );
  }
  if (state.status === 'ended' && cmd.type === 'end') {
    return noop(state, 'already_ended', 'The meeting has already ended; nothing changed.');
  }
  if (cmd.expectedRevision !== undefined) {
    if (cmd.expectedRevision > state.revision) {
      return fail(
        'invalid_revision',
        `The command was issued against revision ${cmd.expectedRevision}, but the meeting is only at revision ${state.revision}. Reload the meeting.`,
      );
    }
    if (cmd.expectedRevision < state.revision) {
      return noop(
        state,
        'stale_revision',
        'The meeting changed (perhaps from another window) before this command arrived; it was not applied. Check the screen and try again if still needed.',
      );
    }
  }
  if (cmd.expectedStepIndex !== undefined && cmd.expectedStepIndex !== state.currentStepIndex) {
    return noop(
      state,
      'stale_step',
      'The current step changed (perhaps from another window) before this command arrived; it was not applied.',
    );
  }
  if (state.status === 'ended') {
    return fail(
      'meeting_ended',
      cmd.type === 'start'
        ? 'This meeting has already ended and cannot be started again. Create a new meeting to run it again.'
        : 'This meeting has ended; its timings are final and can no longer be changed.',
    );
  }
  return { cmd };
}
