import { z } from 'zod';
import { dateSchema, idSchema } from '../domain';
import type { AppliedBatch, SkippedOp } from '../doc/batch';
import { MeetingCommandSchema, type MeetingNote } from '../meeting';
import {
  ReviewOutcomeSchema,
  ReviewScopeSchema,
  type CreatedReview,
  type LastReview,
  type RecordedReview,
  type ReviewRecord,
  type ReviewSummary,
} from '../review';
import { call, event } from './define';

const reviewId = idSchema;

export interface ReviewCommandOutcome {
  review: ReviewRecord;
  changed: boolean;
  note: MeetingNote | null;
}

export interface RecordOutcomeReply {
  review: ReviewRecord;
  /** The operations that closed, reopened or re-dated the action (this window's undo step). */
  batch: AppliedBatch | null;
  /** Operations refused because someone changed the action meanwhile, each with its sentence. */
  skipped: SkippedOp[];
}

/** Which page or action the shared screen shows, or (from the presenter) how many pages it took. */
export const ReviewScreenCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('item'), item: z.number().int().min(0).max(10_000) }),
  z.object({ type: z.literal('page'), page: z.number().int().min(0).max(1_000) }),
  z.object({ type: z.literal('layout'), pageCount: z.number().int().min(1).max(1_000) }),
]);
export type ReviewScreenCommand = z.infer<typeof ReviewScreenCommandSchema>;

export const CreateReviewSchema = z
  .object({
    scope: ReviewScopeSchema,
    /** The postmortems whose actions are walked (scope 'postmortems'), in this order. */
    postmortemIds: z.array(idSchema).max(50, 'Choose at most 50 postmortems.').default([]),
    /** The user's date (YYYY-MM-DD): what is due before it is overdue. */
    today: dateSchema,
  })
  .refine((v) => v.scope === 'overdue' || v.postmortemIds.length > 0, {
    message: 'Choose at least one postmortem whose actions to review.',
    path: ['postmortemIds'],
  });

const attendeeName = z
  .string()
  .trim()
  .min(1, 'An attendee needs a name.')
  .max(200, 'An attendee name is at most 200 characters.');

export const reviewCalls = {
  /** Plans a follow-up review of the chosen postmortems' open actions, or of every overdue one. */
  'reviews.create': call<CreatedReview>()(CreateReviewSchema),
  'reviews.get': call<ReviewRecord>()(z.object({ reviewId })),
  /** The latest follow-up reviews, newest first. */
  'reviews.list': call<ReviewSummary[]>()(z.object({})),
  /** The same facilitator commands as a postmortem's meeting, on the review's own clock. */
  'reviews.command': call<ReviewCommandOutcome>()(
    z.object({
      reviewId,
      command: MeetingCommandSchema.refine((c) => c.expectedRevision !== undefined, {
        message: 'A review command from a window must carry expectedRevision (the revision shown).',
        path: ['expectedRevision'],
      }),
    }),
  ),
  'reviews.setAttendees': call<ReviewRecord>()(
    z.object({ reviewId, names: z.array(attendeeName).max(100, 'At most 100 attendees.') }),
  ),
  'reviews.screen': call<ReviewRecord>()(
    z.object({ reviewId, command: ReviewScreenCommandSchema }),
  ),
  /**
   * Records what the room decided about one action and carries it into the action (status,
   * review date) as an operation of the window; emits review.changed and postmortem.ops.
   */
  'reviews.record': call<RecordOutcomeReply>()(
    z.object({
      reviewId,
      windowId: idSchema,
      postmortemId: idSchema,
      actionId: idSchema,
      outcome: ReviewOutcomeSchema,
      today: dateSchema,
    }),
  ),
  /** The last recorded outcome of each of a postmortem's actions (by action id). */
  'reviews.lastOutcomes': call<Record<string, LastReview>>()(z.object({ postmortemId: idSchema })),
  /** Every recorded outcome of each of a postmortem's actions (by action id), oldest first. */
  'reviews.history': call<Record<string, RecordedReview[]>>()(z.object({ postmortemId: idSchema })),
} as const;

export const reviewEvents = {
  /** A review changed (command, attendees, screen, an outcome); its windows read it again. */
  'review.changed': event(z.object({ id: z.string() })),
} as const;
