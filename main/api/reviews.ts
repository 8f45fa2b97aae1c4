import type { reviewCalls } from '../../shared/contract/reviews';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

export function reviewHandlers(ctx: ApiContext): HandlerGroup<typeof reviewCalls> {
  const reviews = () => ctx.services.reviews;
  return {
    'reviews.create': (input) => reviews().create(input),
    'reviews.get': ({ reviewId }) => reviews().get(reviewId),
    'reviews.list': () => reviews().list(),
    'reviews.command': ({ reviewId, command }) => reviews().command(reviewId, command),
    'reviews.setAttendees': ({ reviewId, names }) => reviews().setAttendees(reviewId, names),
    'reviews.screen': ({ reviewId, command }) => reviews().screen(reviewId, command),
    'reviews.record': ({ reviewId, ...input }) => reviews().record(reviewId, input),
    'reviews.lastOutcomes': ({ postmortemId }) => {
      ctx.services.postmortems().get(postmortemId);
      return reviews().lastOutcomes(postmortemId);
    },
    'reviews.history': ({ postmortemId }) => {
      ctx.services.postmortems().get(postmortemId);
      return reviews().history(postmortemId);
    },
  };
}
