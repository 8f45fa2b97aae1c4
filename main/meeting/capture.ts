import type { z } from 'zod';
import type { CaptureInputSchema } from '../../shared/contract/meeting';
import type { DocState } from '../../shared/doc/apply';
import type { Op } from '../../shared/doc/ops';

export type ParsedCapture = z.output<typeof CaptureInputSchema>;

export interface CaptureContext {
  nowMs: number;
  newId: () => string;
  /** Title of the meeting step the capture was made in, to label a note; null before the start. */
  stepTitle: string | null;
}

/**
 * The operation that puts a captured item in its place: a timeline event in time order, an action,
 * a parking-lot item or a note at the end of its list. It goes through the operation service like
 * any edit, so it is one undo step of the capturing window and merges into every open window.
 */
export function captureOp(
  content: Pick<DocState, 'timeline'>,
  item: ParsedCapture,
  context: CaptureContext,
): { op: Op; itemId: string } {
  const nowIso = new Date(context.nowMs).toISOString();
  const itemId = context.newId();
  switch (item.kind) {
    case 'timeline': {
      const at = item.at ?? nowIso;
      // After every event at or before it, so captures at one instant keep the order they were made.
      const atMs = Date.parse(at);
      const next = content.timeline.find((e) => Date.parse(e.at) > atMs);
      return {
        itemId,
        op: {
          op: 'insert',
          list: 'timeline',
          item: { id: itemId, at, kind: item.timelineKind, text: item.text },
          before: next?.id ?? null,
        },
      };
    }
    case 'action':
      return {
        itemId,
        op: {
          op: 'insert',
          list: 'actions',
          item: {
            id: itemId,
            area: item.area,
            description: item.description,
            owner: item.owner,
            dueDate: item.dueDate,
            status: 'open',
            reviewDate: null,
            hint: '',
          },
          before: null,
        },
      };
    case 'parkingLot':
      return {
        itemId,
        op: {
          op: 'insert',
          list: 'parkingLot',
          item: { id: itemId, text: item.text, createdAt: nowIso },
          before: null,
        },
      };
    case 'note':
      return {
        itemId,
        op: {
          op: 'insert',
          list: 'notes',
          item: { id: itemId, text: item.text, step: context.stepTitle ?? '', createdAt: nowIso },
          before: null,
        },
      };
  }
}
