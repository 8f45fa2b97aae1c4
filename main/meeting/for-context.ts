import type { ApiContext } from '../api/context';
import { MeetingService } from './meeting-service';

const services = new WeakMap<ApiContext, MeetingService>();

/**
 * The one meeting service of a back end, made on first use from the shared context. Its clock is
 * the back end's `now`, so tests (and the browser host's --test-clock) can move it.
 */
export function meetingServiceFor(ctx: ApiContext): MeetingService {
  let service = services.get(ctx);
  if (!service) {
    service = new MeetingService({
      db: () => ctx.documents.writable(),
      postmortems: () => ctx.postmortems(),
      events: ctx.events,
      now: () => ctx.now().getTime(),
    });
    services.set(ctx, service);
  }
  return service;
}
