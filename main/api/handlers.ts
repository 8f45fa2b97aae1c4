import { appHandlers } from './app';
import type { ApiContext } from './context';
import type { Handlers } from './dispatch';
import { evidenceHandlers } from './evidence';
import { exportHandlers } from './export';
import { libraryHandlers } from './library';
import { meetingHandlers } from './meeting';
import { postmortemHandlers } from './postmortems';
import { reviewHandlers } from './reviews';

/** Every handler group joined; a channel without a handler is a compile error here. */
export function createHandlers(ctx: ApiContext): Handlers {
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...postmortemHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...meetingHandlers(ctx),
    ...libraryHandlers(ctx),
    ...reviewHandlers(ctx),
    // The report reads through the same table a window calls, so it sees what a window sees.
    ...exportHandlers(ctx, () => handlers),
  };
  return handlers;
}
