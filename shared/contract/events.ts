import { z } from 'zod';
import { event } from './define';

/** Events the back end pushes to every open window (both transports). */
export const appEvents = {
  /** A postmortem was saved from some window; others reload it if they show it. */
  'postmortem.changed': event(z.object({ id: z.string(), revision: z.number().int() })),
} as const;
