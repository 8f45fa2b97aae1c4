import { AppError, type ApiErrorCode } from '../../shared/contract';
import type { MeetingError, MeetingErrorCode } from '../../shared/meeting';

/** How the meeting reducer's refusals reach a window: the postmortem meeting's and the review's. */
const ERROR_CODES: Record<MeetingErrorCode, ApiErrorCode> = {
  invalid_command: 'invalid_input',
  invalid_step: 'invalid_input',
  invalid_timebox: 'invalid_input',
  invalid_total: 'invalid_input',
  invalid_added_time: 'invalid_input',
  invalid_revision: 'conflict',
  not_started: 'refused',
  meeting_ended: 'refused',
  no_next_step: 'refused',
  no_previous_step: 'refused',
  nothing_to_run: 'refused',
};

export function meetingRefusal(error: MeetingError): AppError {
  return new AppError(ERROR_CODES[error.code], error.message);
}
