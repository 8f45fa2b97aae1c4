import { z } from 'zod';
import { actionArea, actionStatus, dateSchema, rootCauseLayer } from '../domain';
import type { PostmortemContent } from '../domain';
import type { LastReview } from '../review/types';

type Action = PostmortemContent['actions'][number];

/** 'unfinished' is open or in progress: what a follow-up walks. */
export const boardStatuses = [...actionStatus.values, 'unfinished'] as const;

/** What the actions board asks: filters across every postmortem's actions. */
export const boardInputSchema = z.object({
  /** Part of the owner's name, case aside. */
  owner: z.string().trim().max(200, 'An owner is at most 200 characters.').optional(),
  area: actionArea.schema.optional(),
  status: z.enum(boardStatuses).optional(),
  /** Only actions past their due date and not finished. */
  overdue: z.boolean().optional(),
  /** Only these postmortems (a follow-up review's). */
  postmortemIds: z.array(z.string().min(1).max(64)).max(500).optional(),
  /** The day it is where the user is (YYYY-MM-DD): due before it is overdue. The back end's date when left out. */
  today: dateSchema.optional(),
  /** At most this many, the first in the board's order (all when left out). */
  limit: z.number().int().min(1).max(100_000).optional(),
});

export type BoardInput = z.input<typeof boardInputSchema>;
export type BoardRequest = z.output<typeof boardInputSchema>;

export interface BoardCause {
  id: string;
  layer: z.output<typeof rootCauseLayer.schema>;
  description: string;
}

export interface BoardAction extends Omit<Action, 'hint'> {
  postmortemId: string;
  postmortemTitle: string;
  overdue: boolean;
  /** The root causes this action answers (its links). */
  causes: BoardCause[];
  /** The outcome the last follow-up review recorded for it, if any. */
  lastReview: LastReview | null;
}

export interface BoardResult {
  actions: BoardAction[];
  /** How many match the filters, of which `actions` holds the first `limit`. */
  total: number;
}

/** Unfinished and due before today. */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return (
    (action.status === 'open' || action.status === 'in_progress') &&
    action.dueDate !== null &&
    action.dueDate < today
  );
}
