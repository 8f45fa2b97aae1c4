import { z } from 'zod';
import { idSchema } from '../domain';
import type { Postmortem, PostmortemListItem } from '../domain';
import type { BatchReply, UndoReply } from '../doc/batch';
import { batchSchema } from '../doc/ops';
import { call } from './define';

const byId = z.object({ id: idSchema });

/** Per window (tab), kept for its session: undo and redo only ever revert this window's batches. */
const windowId = idSchema;

export const postmortemCalls = {
  'postmortems.list': call<PostmortemListItem[]>()(
    z.object({
      query: z.string().max(200, 'A search is at most 200 characters.').optional(),
    }),
  ),
  'postmortems.get': call<Postmortem>()(byId),
  'postmortems.create': call<Postmortem>()(
    z.object({
      templateId: z.string().max(64).optional(),
      title: z.string().trim().min(1).max(200).optional(),
      timeZone: z.string().max(64).optional(),
    }),
  ),
  /**
   * One batch of operations, stored in one transaction as one undo step (typing in one field
   * coalesces). `batchId` makes a retry after a lost reply harmless.
   */
  'postmortems.apply': call<BatchReply>()(
    z.object({ postmortemId: idSchema, windowId, batchId: idSchema, ops: batchSchema }),
  ),
  'postmortems.undo': call<UndoReply>()(z.object({ postmortemId: idSchema, windowId })),
  'postmortems.redo': call<UndoReply>()(z.object({ postmortemId: idSchema, windowId })),
  'postmortems.rename': call<Postmortem>()(
    z.object({
      id: idSchema,
      title: z
        .string()
        .trim()
        .min(1, 'The title cannot be empty.')
        .max(200, 'The title is at most 200 characters.'),
    }),
  ),
  'postmortems.duplicate': call<Postmortem>()(byId),
  /** Moves a postmortem to the bin; `postmortems.restore` undoes it. */
  'postmortems.delete': call<{ id: string; deletedAt: string }>()(byId),
  'postmortems.restore': call<Postmortem>()(byId),
  /** The bin: deleted postmortems, kept until purged BIN_KEEP_DAYS after their deletion. */
  'postmortems.listDeleted': call<PostmortemListItem[]>()(z.object({})),
  'templates.list': call<{ id: string; title: string; description: string }[]>()(z.object({})),
} as const;
