import { z } from 'zod';
import { MAX_STEP_SECONDS } from './limits';

/** The agenda's steps, in the only order the method runs them. */
export const STEP_IDS = [
  'ground_rules',
  'summary',
  'timeline',
  'purpose',
  'diagnosis',
  'root_causes',
  'worked_well',
  'actions',
  'lessons',
  'recap',
] as const;

export const StepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepIdSchema>;

/** A follow-up review's agenda (the second kind): a short meeting that walks open actions. */
export const REVIEW_STEP_IDS = [
  'review_opening',
  'review_actions',
  'review_dates',
  'review_close',
] as const;
export const ReviewStepIdSchema = z.enum(REVIEW_STEP_IDS);
export type ReviewStepId = z.infer<typeof ReviewStepIdSchema>;

/** The agenda kinds: a postmortem's meeting, or a follow-up review of actions. */
export const AGENDA_KINDS = { postmortem: STEP_IDS, review: REVIEW_STEP_IDS } as const;
export type AgendaKind = keyof typeof AGENDA_KINDS;
export type AnyStepId = StepId | ReviewStepId;
export const AnyStepIdSchema = z.enum([...STEP_IDS, ...REVIEW_STEP_IDS]);

const postmortemSteps: ReadonlySet<string> = new Set(STEP_IDS);
/**
 * A step of a postmortem's meeting. Its store only accepts the postmortem agenda
 * (parseMeetingState with kind 'postmortem'), so a review step here is a programming error.
 */
export function postmortemStepOf(id: AnyStepId): StepId {
  if (!postmortemSteps.has(id)) throw new Error(`"${id}" is not a step of a postmortem's meeting.`);
  return id as StepId;
}

/** Which agenda a list of steps is, or null when it follows neither order. */
export function agendaKindOf(ids: readonly string[]): AgendaKind | null {
  for (const kind of Object.keys(AGENDA_KINDS) as AgendaKind[]) {
    const expected = AGENDA_KINDS[kind];
    if (ids.length === expected.length && ids.every((id, i) => id === expected[i])) return kind;
  }
  return null;
}

const seconds = z.number().int().min(0).max(MAX_STEP_SECONDS);
/** Epoch milliseconds (the reducer records whole seconds). Numbers so JSON round trips are exact. */
const instant = z.number().int().min(0);
const stepIndex = z
  .number()
  .int()
  .min(0)
  .max(STEP_IDS.length - 1);

export const AgendaStepSchema = z.object({
  id: AnyStepIdSchema,
  title: z.string().min(1),
  /** The timebox agreed before the meeting (or edited during it). */
  plannedSeconds: seconds,
  /** Time granted during the meeting with "add time"; always the sum of its timeAdded events. */
  addedSeconds: seconds,
  skipped: z.boolean(),
});
export type AgendaStep = z.infer<typeof AgendaStepSchema>;

export const StepMoveViaSchema = z.enum(['next', 'previous', 'jump', 'skip']);
export type StepMoveVia = z.infer<typeof StepMoveViaSchema>;

/**
 * The append-only log of instants. Every figure on the clock is derived from it plus `now`,
 * so a reload, restart or crash resumes exactly where the meeting was.
 */
export const MeetingEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), at: instant, stepIndex }),
  z.object({ type: z.literal('paused'), at: instant }),
  z.object({ type: z.literal('resumed'), at: instant }),
  z.object({
    type: z.literal('stepEntered'),
    at: instant,
    stepIndex,
    from: stepIndex,
    via: StepMoveViaSchema,
  }),
  z.object({
    type: z.literal('timeAdded'),
    at: instant,
    stepIndex,
    seconds: z.number().int(),
  }),
  z.object({ type: z.literal('skipped'), at: instant, stepIndex }),
  z.object({ type: z.literal('unskipped'), at: instant, stepIndex }),
  z.object({ type: z.literal('ended'), at: instant }),
]);
export type MeetingEvent = z.infer<typeof MeetingEventSchema>;
export type MeetingEventType = MeetingEvent['type'];

export const MeetingStatusSchema = z.enum(['planned', 'running', 'paused', 'ended']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/**
 * `status` and `currentStepIndex` are redundant with `events` (kept for cheap reads and queries);
 * parseMeetingState refuses a state where they disagree with the replayed events.
 */
export const MeetingStateBaseSchema = z.object({
  id: z.string().min(1).optional(),
  status: MeetingStatusSchema,
  // One of the AGENDA_KINDS' step lists, in its order (checked by parseMeetingState).
  agenda: z.array(AgendaStepSchema).min(REVIEW_STEP_IDS.length).max(STEP_IDS.length),
  events: z.array(MeetingEventSchema),
  currentStepIndex: stepIndex,
  /** Increments by one on every change; commands may carry the revision they were issued against. */
  revision: z.number().int().min(0),
});
export type MeetingState = z.infer<typeof MeetingStateBaseSchema>;

/**
 * Guards against two windows acting on the same stale view. When a guard is given and does not
 * match, the command is a no-op that returns the state unchanged with a note.
 */
// Numbers inside commands are deliberately loose (any number, even NaN): the reducer checks them
// itself so that an absurd value gets a sentence naming the step, not a schema path.
const looseNumber = z.custom<number>((v) => typeof v === 'number', 'expected a number');

const guards = {
  expectedRevision: z.number().int().min(0).optional(),
  expectedStepIndex: stepIndex.optional(),
};

export const MeetingCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), ...guards }),
  z.object({ type: z.literal('pause'), ...guards }),
  z.object({ type: z.literal('resume'), ...guards }),
  z.object({ type: z.literal('next'), ...guards }),
  z.object({ type: z.literal('previous'), ...guards }),
  z.object({ type: z.literal('jump'), stepIndex: looseNumber, ...guards }),
  /** Adds to the current step; negative values take back time added earlier (undo of +5). */
  z.object({ type: z.literal('addTime'), seconds: looseNumber, ...guards }),
  /** Skips the given step, or the current one (moving on to the next step) when omitted. */
  z.object({ type: z.literal('skip'), stepIndex: looseNumber.optional(), ...guards }),
  z.object({ type: z.literal('unskip'), stepIndex: looseNumber, ...guards }),
  z.object({
    type: z.literal('setTimebox'),
    stepIndex: looseNumber,
    seconds: looseNumber,
    ...guards,
  }),
  z.object({ type: z.literal('setTotal'), minutes: looseNumber, ...guards }),
  z.object({ type: z.literal('end'), ...guards }),
]);
export type MeetingCommand = z.infer<typeof MeetingCommandSchema>;
export type MeetingCommandType = MeetingCommand['type'];

export type MeetingErrorCode =
  | 'invalid_command'
  | 'invalid_step'
  | 'invalid_timebox'
  | 'invalid_total'
  | 'invalid_added_time'
  | 'invalid_revision'
  | 'not_started'
  | 'meeting_ended'
  | 'no_next_step'
  | 'no_previous_step'
  | 'nothing_to_run';

export type MeetingNoteCode =
  | 'stale_revision'
  | 'stale_step'
  | 'already_running'
  | 'already_paused'
  | 'already_ended'
  | 'already_there'
  | 'already_skipped'
  | 'not_skipped'
  | 'unchanged'
  | 'clock_went_back';

export interface MeetingError {
  code: MeetingErrorCode;
  message: string;
}
export interface MeetingNote {
  code: MeetingNoteCode;
  message: string;
}

export type MeetingCommandResult =
  | { ok: true; state: MeetingState; changed: boolean; note?: MeetingNote }
  | { ok: false; error: MeetingError };
