import { create } from 'zustand';
import { ApiError } from '../../../../shared/contract';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import {
  screenRevisionOf,
  type MeetingCommand,
  type ScreenCommand,
} from '../../../../shared/meeting';
import { getApi, onEvent } from '../../api';

/** A command as a window sends it: the store adds the revision the window is showing. */
export type WindowCommand = MeetingCommand extends infer C
  ? C extends unknown
    ? Omit<C, 'expectedRevision' | 'expectedStepIndex'>
    : never
  : never;

export interface MeetingMessage {
  kind: 'error' | 'note';
  text: string;
  /** Which control it belongs to, so the message shows beside it (e.g. "timebox-3", "total"). */
  field?: string;
}

interface MeetingStoreState {
  records: Record<string, MeetingRecord>;
  loadErrors: Record<string, string>;
  message: MeetingMessage | null;
  busy: boolean;
  load: (postmortemId: string) => Promise<void>;
  receive: (record: MeetingRecord) => void;
  send: (postmortemId: string, command: WindowCommand, field?: string) => Promise<boolean>;
  setAttendance: (postmortemId: string, participantId: string, present: boolean) => Promise<void>;
  setFollowUp: (postmortemId: string, date: string | null) => Promise<void>;
  /** Changes the shared screen; `quiet` (the presenter's layout reports) shows no message. */
  screen: (
    postmortemId: string,
    command: ScreenCommand,
    options?: { quiet?: boolean },
  ) => Promise<void>;
  clearMessage: () => void;
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.body.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The meetings this window shows. The back end owns them: every change arrives as the back end's
 * record (in the answer to a command, and as meeting.changed for every window), never computed here.
 */
export const useMeetingStore = create<MeetingStoreState>()((set, get) => ({
  records: {},
  loadErrors: {},
  message: null,
  busy: false,

  load: async (postmortemId) => {
    try {
      const record = await getApi()['meeting.get']({ postmortemId });
      get().receive(record);
      set((s) => {
        const { [postmortemId]: _gone, ...rest } = s.loadErrors;
        return { loadErrors: rest };
      });
    } catch (error) {
      set((s) => ({ loadErrors: { ...s.loadErrors, [postmortemId]: errorText(error) } }));
    }
  },

  // Attendance and the follow-up date do not bump the revision, so an equal revision is taken too.
  // The screens have a revision of their own (a page turn is not a meeting command): a reply that
  // arrives after a newer push keeps the newer screens.
  receive: (record) =>
    set((s) => {
      const known = s.records[record.postmortemId];
      if (!known) return { records: { ...s.records, [record.postmortemId]: record } };
      const newerState = record.state.revision >= known.state.revision;
      const newerScreens = screenRevisionOf(record.screens) >= screenRevisionOf(known.screens);
      if (!newerState && !newerScreens) return s;
      const merged: MeetingRecord = {
        ...(newerState ? record : known),
        screens: newerScreens ? record.screens : known.screens,
      };
      return { records: { ...s.records, [record.postmortemId]: merged } };
    }),

  send: async (postmortemId, command, field) => {
    const record = get().records[postmortemId];
    if (!record) return false;
    set({ busy: true });
    try {
      const outcome = await getApi()['meeting.command']({
        postmortemId,
        command: { ...command, expectedRevision: record.state.revision } as MeetingCommand,
      });
      get().receive(outcome.meeting);
      set({
        message: outcome.note
          ? { kind: 'note', text: outcome.note.message, ...(field ? { field } : {}) }
          : null,
      });
      return true;
    } catch (error) {
      set({ message: { kind: 'error', text: errorText(error), ...(field ? { field } : {}) } });
      if (error instanceof ApiError && error.code === 'conflict') void get().load(postmortemId);
      return false;
    } finally {
      set({ busy: false });
    }
  },

  setAttendance: async (postmortemId, participantId, present) => {
    try {
      get().receive(
        await getApi()['meeting.setAttendance']({ postmortemId, participantId, present }),
      );
    } catch (error) {
      set({ message: { kind: 'error', text: errorText(error), field: 'attendance' } });
    }
  },

  setFollowUp: async (postmortemId, date) => {
    try {
      get().receive(await getApi()['meeting.setFollowUp']({ postmortemId, date }));
      set({ message: null });
    } catch (error) {
      set({ message: { kind: 'error', text: errorText(error), field: 'followUp' } });
    }
  },

  screen: async (postmortemId, command, options) => {
    try {
      get().receive(await getApi()['meeting.screen']({ postmortemId, command }));
    } catch (error) {
      if (!options?.quiet)
        set({ message: { kind: 'error', text: errorText(error), field: 'screen' } });
    }
  },

  clearMessage: () => set({ message: null }),
}));

let subscribed = false;

/** One subscription per window to the back end's pushes; both views call it. */
export function subscribeToMeetings(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('meeting.changed', (payload) => useMeetingStore.getState().receive(payload));
}
