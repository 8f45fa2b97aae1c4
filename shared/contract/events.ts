import { z } from 'zod';
import { appliedBatchSchema } from '../doc/batch';
import { event } from './define';

/** Events the back end pushes to every open window (both transports). */
export const appEvents = {
  /** A postmortem changed other than by operations (restored from the bin): reload it. */
  'postmortem.changed': event(z.object({ id: z.string(), revision: z.number().int() })),
  /** A batch of operations was stored; every window but its author applies it in revision order. */
  'postmortem.ops': event(appliedBatchSchema),
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
