import { z } from 'zod';
import { event } from './define';

/** Events the back end pushes to every open window (both transports). */
export const appEvents = {
  /** A postmortem was saved from some window; others reload it if they show it. */
  'postmortem.changed': event(z.object({ id: z.string(), revision: z.number().int() })),
  /** The list of postmortems changed (created, duplicated, renamed, deleted, restored). */
  'library.changed': event(z.object({ id: z.string() })),
  /** The shell asks the facilitator's window to open a postmortem (e.g. File > New postmortem). */
  'app.openPostmortem': event(z.object({ id: z.string() })),
  /** A meeting command chosen from the desktop app's Meeting menu; the meeting view runs it. */
  'app.meetingShortcut': event(
    z.object({
      action: z.string(),
      stepIndex: z.number().int().optional(),
    }),
  ),
} as const;
