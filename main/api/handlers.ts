import { appHandlers } from './app';
import type { ApiContext } from './context';
import type { Handlers } from './dispatch';
import { evidenceHandlers } from './evidence';
import { meetingHandlers } from './meeting';
import { postmortemHandlers } from './postmortems';

/** Every handler group joined; a channel without a handler is a compile error here. */
export function createHandlers(ctx: ApiContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...postmortemHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...meetingHandlers(ctx),
  };
}
