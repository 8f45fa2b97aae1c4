import type { libraryCalls } from '../../shared/contract/library';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

/** The back end's date where it runs (YYYY-MM-DD): what "overdue" means when the caller says no day. */
export const localDate = (at: Date): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

export function libraryHandlers(ctx: ApiContext): HandlerGroup<typeof libraryCalls> {
  const repository = () => ctx.services.postmortems();
  return {
    'library.search': (request) => repository().searchAll(request),
    'actions.board': (request) =>
      repository().actions(request, request.today ?? localDate(ctx.now())),
    'library.trends': (request) => repository().trends(request.today ?? localDate(ctx.now())),
    'library.similar': ({ postmortemId, limit }) => repository().similar(postmortemId, limit),
  };
}
