import { z } from 'zod';
import { idSchema } from '../domain';
import type { PostmortemContent } from '../domain';

export const similarInputSchema = z.object({
  postmortemId: idSchema,
  limit: z.number().int().min(1).max(50).default(5),
});

type Action = PostmortemContent['actions'][number];

/** An earlier postmortem like this one, why it is alike, and what was done then. */
export interface Similar {
  id: string;
  title: string;
  modelName: string;
  startedAt: string | null;
  sameModel: boolean;
  /** Drifted columns both postmortems name (cited drift findings, pinned evidence). */
  sharedColumns: string[];
  sharedLayers: PostmortemContent['rootCauses'][number]['layer'][];
  score: number;
  actions: Pick<Action, 'id' | 'area' | 'description' | 'status'>[];
}
