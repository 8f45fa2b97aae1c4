import type { z } from 'zod';
import { AppError } from '../../shared/contract';
import type { CaptureInputSchema } from '../../shared/contract/meeting';
import {
  postmortemContentSchema,
  type Postmortem,
  type PostmortemContent,
} from '../../shared/domain';

export type ParsedCapture = z.output<typeof CaptureInputSchema>;

/** The editable part of a stored postmortem: only the content schema's own keys. */
export function contentOf(stored: Postmortem): PostmortemContent {
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(postmortemContentSchema.shape)) {
    content[key] = (stored as unknown as Record<string, unknown>)[key];
  }
  return content as PostmortemContent;
}

export interface CaptureContext {
  nowMs: number;
  newId: () => string;
  /** Title of the meeting step the capture was made in, to label a note; null before the start. */
  stepTitle: string | null;
}

/**
 * The document with the captured item in its place: a timeline event in time order, an action or
 * a parking-lot item at the end of its list, a note as a new paragraph of the notes. Validated
 * with the document's own schema, so a full list or an over-long note gets the usual message.
 */
export function withCapture(
  content: PostmortemContent,
  item: ParsedCapture,
  context: CaptureContext,
): { content: PostmortemContent; itemId: string | null } {
  const nowIso = new Date(context.nowMs).toISOString();
  let next: PostmortemContent;
  let itemId: string | null = null;
  switch (item.kind) {
    case 'timeline': {
      itemId = context.newId();
      const at = item.at ?? nowIso;
      const event = { id: itemId, at, kind: item.timelineKind, text: item.text };
      // After every event at or before it, so captures at one instant keep the order they were made.
      const atMs = Date.parse(at);
      const index = content.timeline.findIndex((e) => Date.parse(e.at) > atMs);
      const timeline = [...content.timeline];
      timeline.splice(index < 0 ? timeline.length : index, 0, event);
      next = { ...content, timeline };
      break;
    }
    case 'action':
      itemId = context.newId();
      next = {
        ...content,
        actions: [
          ...content.actions,
          {
            id: itemId,
            area: item.area,
            description: item.description,
            owner: item.owner,
            dueDate: item.dueDate,
            status: 'open',
            reviewDate: null,
          },
        ],
      };
      break;
    case 'parkingLot':
      itemId = context.newId();
      next = {
        ...content,
        parkingLot: [...content.parkingLot, { id: itemId, text: item.text, createdAt: nowIso }],
      };
      break;
    case 'note': {
      const label = context.stepTitle ? `[${context.stepTitle}] ` : '';
      const paragraph = `${label}${item.text}`;
      next = {
        ...content,
        notes:
          content.notes.trim() === '' ? paragraph : `${content.notes.trimEnd()}\n\n${paragraph}`,
      };
      break;
    }
  }
  const checked = postmortemContentSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    throw new AppError(
      'invalid_input',
      `Not captured: ${where}${issue?.message ?? 'the document would not be valid.'}`,
    );
  }
  return { content: checked.data, itemId };
}
