import { z } from 'zod';
import { dateSchema, LIMITS, limitWords, type ActionArea, type ActionStatus } from '../domain';
import type { MeetingState } from '../meeting';

/** Did the action work? Often not known yet (the alert has not had a reason to fire). */
export const reviewWorked = ['yes', 'no', 'unknown'] as const;
export const ReviewWorkedSchema = z.enum(reviewWorked);
export type ReviewWorked = z.infer<typeof ReviewWorkedSchema>;

/** What the room decided about one action, as the facilitator records it. */
export const ReviewOutcomeSchema = z.object({
  done: z.boolean(),
  worked: ReviewWorkedSchema,
  note: z
    .string()
    .trim()
    .max(LIMITS.longText, `A review note is at most ${limitWords(LIMITS.longText)} characters.`),
  nextReviewDate: dateSchema.nullable(),
});
export type ReviewOutcome = z.infer<typeof ReviewOutcomeSchema>;

export interface RecordedOutcome extends ReviewOutcome {
  recordedAt: string;
}

/** One action walked in a review: the action as it is now, how it was then, and the outcome. */
export interface ReviewItem {
  postmortemId: string;
  postmortemTitle: string;
  actionId: string;
  area: ActionArea;
  description: string;
  owner: string;
  dueDate: string | null;
  /** Now (the action's own fields, changed by operations). */
  status: ActionStatus;
  reviewDate: string | null;
  /** When the review was planned, so the record says what changed in it. */
  statusBefore: ActionStatus;
  outcome: RecordedOutcome | null;
}

/** What a review walks: named postmortems' open actions, or every overdue action. */
export const ReviewScopeSchema = z.enum(['postmortems', 'overdue']);
export type ReviewScope = z.infer<typeof ReviewScopeSchema>;

/** What the shared screen of a review shows in the walk: the page of the action under review. */
export interface ReviewScreen {
  /** Index into `items` of the action under review. */
  item: number;
  page: number;
  /** As the presenter measured the action's page count (1 until it reports). */
  pageCount: number;
}

export interface ReviewRecord {
  id: string;
  title: string;
  scope: ReviewScope;
  createdAt: string;
  /** The postmortems walked, in the review's order. */
  postmortems: { id: string; title: string }[];
  attendees: string[];
  state: MeetingState;
  screen: ReviewScreen;
  items: ReviewItem[];
}

/** A review as planned: the record, and how many qualifying actions did not fit in it. */
export interface CreatedReview extends ReviewRecord {
  /** Left for the next review (a review walks at most MAX_REVIEW_ACTIONS); 0 when all fit. */
  leftOut: number;
}

export interface ReviewSummary {
  id: string;
  title: string;
  createdAt: string;
  status: MeetingState['status'];
  itemCount: number;
  recordedCount: number;
}

/** An outcome recorded for an action in one review; its history is a list of these. */
export interface RecordedReview extends RecordedOutcome {
  reviewId: string;
}

/** The last outcome recorded for an action, as the board and its postmortem show it. */
export type LastReview = RecordedReview;
