import { z } from 'zod';
import { idSchema, postmortemContentSchema } from '../domain';
import type { Postmortem, PostmortemListItem } from '../domain';
import { call } from './define';

const byId = z.object({ id: idSchema });

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
  'postmortems.save': call<Postmortem>()(
    z.object({
      id: idSchema,
      baseRevision: z.number().int().nonnegative(),
      content: postmortemContentSchema,
    }),
  ),
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
  'templates.list': call<{ id: string; title: string; description: string }[]>()(z.object({})),
} as const;
