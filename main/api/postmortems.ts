import type { postmortemCalls } from '../../shared/contract/postmortems';
import { newContent } from '../postmortems/templates';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

export function postmortemHandlers(ctx: ApiContext): HandlerGroup<typeof postmortemCalls> {
  const listed = <T extends { id: string }>(item: T): T => {
    ctx.events.emit('library.changed', { id: item.id });
    return item;
  };
  const changed = <T extends { id: string; revision: number }>(postmortem: T): T => {
    ctx.events.emit('postmortem.changed', { id: postmortem.id, revision: postmortem.revision });
    return listed(postmortem);
  };
  return {
    'postmortems.list': ({ query }) => ctx.postmortems().list(query),
    'postmortems.get': ({ id }) => ctx.postmortems().get(id),
    'postmortems.create': (request) => {
      const repository = ctx.postmortems();
      return listed(repository.create(newContent(ctx.templates, request)));
    },
    'postmortems.save': ({ id, baseRevision, content }) =>
      changed(ctx.postmortems().save(id, baseRevision, content)),
    'postmortems.rename': ({ id, title }) => changed(ctx.postmortems().rename(id, title)),
    'postmortems.duplicate': ({ id }) => listed(ctx.postmortems().duplicate(id)),
    'postmortems.delete': ({ id }) => listed(ctx.postmortems().delete(id)),
    'postmortems.restore': ({ id }) => changed(ctx.postmortems().restore(id)),
    'templates.list': () =>
      ctx.templates.templates.map(({ id, title, description }) => ({ id, title, description })),
  };
}
