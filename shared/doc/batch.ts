import { z } from 'zod';
import type { Op } from './ops';
import { DOC_FIELDS, LISTS } from './registry';
import type { FieldTarget } from './paths';

/** Who wrote a text that a later write replaced: that window is told, with its text. */
export interface Overwrite {
  /** The window whose text was replaced. */
  windowId: string;
  /** The field, as the editor binds it ('summary.whatHappened', 'actions#<id>.owner'). */
  path: string;
  /** Words for the notice: "What happened", "the owner of an action". */
  label: string;
  /** The replaced text, so that one click can put it back. */
  value: string;
}

/** A batch of operations as stored: what every window applies to its copy, in revision order. */
export interface AppliedBatch {
  postmortemId: string;
  /** The postmortem's revision after this batch; batches apply in this order, one by one. */
  revision: number;
  windowId: string;
  batchId: string;
  kind: 'do' | 'undo' | 'redo';
  ops: Op[];
  overwritten: Overwrite[];
  /** When it was stored (the postmortem's new updatedAt). */
  at: string;
}

export interface SkippedOp {
  op: Op;
  message: string;
}

/** Whether the asking window has a step to undo and one to redo, after the call. */
export interface UndoState {
  undo: boolean;
  redo: boolean;
}

/** The answer to a batch: what was stored (null when nothing was), and what no longer fitted. */
export interface BatchReply {
  batch: AppliedBatch | null;
  skipped: SkippedOp[];
  history: UndoState;
}

export type UndoReply = { history: UndoState } & (
  | { outcome: 'done'; batch: AppliedBatch }
  | { outcome: 'nothing'; message: string }
  | { outcome: 'refused'; message: string }
);

export const appliedBatchSchema = z.object({
  postmortemId: z.string(),
  revision: z.number().int(),
  windowId: z.string(),
  batchId: z.string(),
  kind: z.enum(['do', 'undo', 'redo']),
  ops: z.array(z.custom<Op>()),
  overwritten: z.array(
    z.object({ windowId: z.string(), path: z.string(), label: z.string(), value: z.string() }),
  ),
  at: z.string(),
});

/** "What happened", "the owner of an action": how a notice names a field. */
export function labelOf(target: FieldTarget): string {
  if (target.list === 'doc') return DOC_FIELDS[target.field].label;
  const spec = LISTS[target.list];
  const field = (spec.fields as Record<string, { label: string } | undefined>)[target.field];
  const label = field?.label ?? target.field;
  return label.includes(spec.noun) ? label : `${label} of ${article(spec.noun)} ${spec.noun}`;
}

export function article(noun: string): 'a' | 'an' {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}
