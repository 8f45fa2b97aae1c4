import { defaultAgenda } from './agenda';
import type { AgendaStep, MeetingState } from './types';

export interface CreateMeetingOptions {
  id?: string;
  /** Length of the default agenda; ignored when `agenda` is given. */
  totalMinutes?: number;
  agenda?: AgendaStep[];
}

/** A meeting that has not started, with the default agenda unless one is given. */
export function createMeeting(options: CreateMeetingOptions = {}): MeetingState {
  const agenda = options.agenda
    ? options.agenda.map((s) => ({ ...s }))
    : defaultAgenda(options.totalMinutes);
  return {
    ...(options.id === undefined ? {} : { id: options.id }),
    status: 'planned',
    agenda,
    events: [],
    currentStepIndex: 0,
    revision: 0,
  };
}
