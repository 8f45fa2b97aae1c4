import { z } from 'zod';
import {
  actionArea,
  dateSchema,
  idSchema,
  instantSchema,
  LIMITS,
  limitWords,
  participantRole,
  timelineKind,
} from '../domain';
import {
  MeetingCommandSchema,
  MeetingStateBaseSchema,
  ScreenCommandSchema,
  ScreenStateSchema,
  type MeetingLog,
  type MeetingNote,
  type MeetingState,
  type ScreenState,
} from '../meeting';
import type { AppliedBatch } from '../doc/batch';
import { call, event } from './define';

/** A participant marked present, copied as they were then so the log survives later edits. */
export const AttendeeSchema = z.object({
  participantId: idSchema,
  name: z.string(),
  team: z.string(),
  role: participantRole.schema,
  markedAt: z.string(),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

/** What the back end keeps about a postmortem's meeting, as every window receives it. */
export interface MeetingRecord {
  postmortemId: string;
  state: MeetingState;
  attendance: Attendee[];
  /** The next follow-up (YYYY-MM-DD), agreed in the closing recap. */
  followUpDate: string | null;
  /** What the shared screen shows, per step that was ever changed (see shared/meeting/screen.ts). */
  screens: ScreenState[];
}

export interface MeetingCommandOutcome {
  meeting: MeetingRecord;
  /** False for a harmless no-op (stale revision, already paused, ended twice): see `note`. */
  changed: boolean;
  note: MeetingNote | null;
}

export interface MeetingReport {
  /** The instant the open figures were computed for (the back end's clock). */
  atMs: number;
  log: MeetingLog;
  markdown: string;
  attendance: Attendee[];
  followUpDate: string | null;
}

export const CAPTURE_KINDS = ['timeline', 'action', 'parkingLot', 'note'] as const;
export type CaptureKind = (typeof CAPTURE_KINDS)[number];

export interface CaptureResult {
  postmortemId: string;
  kind: CaptureKind;
  /** The new item's id. */
  itemId: string;
  /** The stored batch: the capturing window applies it from this reply, other windows from the event. */
  batch: AppliedBatch;
}

const postmortemId = idSchema;
/** The capturing window, so that it can undo the capture and knows the batch is its own. */
const windowId = idSchema;
const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} cannot be empty.`)
    .max(LIMITS.longText, `${what} is at most ${limitWords(LIMITS.longText)} characters.`);

/** One thing captured during the meeting, written to its place in the document. */
export const CaptureInputSchema = z.discriminatedUnion('kind', [
  z.object({
    postmortemId,
    windowId,
    kind: z.literal('timeline'),
    /** When it happened (with an offset); the back end's now when omitted. */
    at: instantSchema.optional(),
    timelineKind: timelineKind.schema.default('other'),
    text: text('A timeline event'),
  }),
  z.object({
    postmortemId,
    windowId,
    kind: z.literal('action'),
    description: text('An action'),
    owner: z
      .string()
      .trim()
      .max(LIMITS.shortText, `An owner is at most ${limitWords(LIMITS.shortText)} characters.`)
      .default(''),
    dueDate: dateSchema.nullable().default(null),
    area: actionArea.schema.default('prevention'),
  }),
  z.object({
    postmortemId,
    windowId,
    kind: z.literal('parkingLot'),
    text: text('A parking-lot item'),
  }),
  z.object({
    postmortemId,
    windowId,
    kind: z.literal('note'),
    text: text('A note'),
  }),
]);
export type CaptureInput = z.input<typeof CaptureInputSchema>;

/** Windows must say which revision they saw, so two windows pressing "next" advance once. */
const WindowCommandSchema = MeetingCommandSchema.refine((c) => c.expectedRevision !== undefined, {
  message: 'A meeting command from a window must carry expectedRevision (the revision shown).',
  path: ['expectedRevision'],
});

export const meetingCalls = {
  /** The meeting of a postmortem; a planned meeting with the default agenda if none was run. */
  'meeting.get': call<MeetingRecord>()(z.object({ postmortemId })),
  /** Applies one facilitator command with the back end's clock; emits meeting.changed. */
  'meeting.command': call<MeetingCommandOutcome>()(
    z.object({ postmortemId, command: WindowCommandSchema }),
  ),
  'meeting.setAttendance': call<MeetingRecord>()(
    z.object({ postmortemId, participantId: idSchema, present: z.boolean() }),
  ),
  'meeting.setFollowUp': call<MeetingRecord>()(
    z.object({ postmortemId, date: dateSchema.nullable() }),
  ),
  /**
   * Changes what the shared screen shows (page, highlighted item) or, from the presenter window,
   * reports how a step's content falls into pages; emits meeting.changed.
   */
  'meeting.screen': call<MeetingRecord>()(z.object({ postmortemId, command: ScreenCommandSchema })),
  /** Writes a timeline event, action, parking-lot item or note into the document. */
  'meeting.capture': call<CaptureResult>()(CaptureInputSchema),
  /** Planned vs actual per step, who was present, and the Markdown table for the report. */
  'meeting.log': call<MeetingReport>()(z.object({ postmortemId })),
} as const;

export const meetingEvents = {
  /** A meeting changed (command, attendance, follow-up); every window showing it redraws. */
  'meeting.changed': event(
    z.object({
      postmortemId: z.string(),
      state: MeetingStateBaseSchema,
      attendance: z.array(AttendeeSchema),
      followUpDate: z.string().nullable(),
      screens: z.array(ScreenStateSchema),
    }),
  ),
} as const;
