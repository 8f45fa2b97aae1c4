import { randomUUID } from 'node:crypto';
import type { Op } from '../../shared/doc/ops';
import type { postmortemCalls } from '../../shared/contract/postmortems';
import { newContent } from '../postmortems/templates';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

/** The postmortem's own fields that the library shows: a change there refreshes its list. */
const LISTED_FIELDS = new Set([
  'title',
  'status',
  'summary.modelName',
  'summary.modelVersion',
  'summary.startedAt',
  'summary.timeZone',
]);

const changesListing = (op: Op) =>
  op.op === 'set' && op.list === 'doc' && LISTED_FIELDS.has(op.field);

/** The library's window id in the operation log: a rename there is nobody's editor undo step. */
export const LIBRARY_WINDOW = 'library';

export function postmortemHandlers(ctx: ApiContext): HandlerGroup<typeof postmortemCalls> {
  const repository = () => ctx.services.postmortems();
  const operations = () => ctx.services.operations();
  const listed = <T extends { id: string }>(item: T): T => {
    ctx.events.emit('library.changed', { id: item.id });
    return item;
  };
  return {
    'postmortems.list': ({ query }) => repository().list(query),
    'postmortems.get': ({ id }) => repository().get(id),
    'postmortems.create': (request) => {
      const { content, templateId } = newContent(ctx.templates, request);
      return listed(repository().create(content, templateId));
    },
    'postmortems.apply': ({ postmortemId, windowId, batchId, ops }) => {
      const reply = operations().apply(postmortemId, windowId, batchId, ops);
      if (reply.batch?.ops.some(changesListing)) {
        ctx.events.emit('library.changed', { id: postmortemId });
      }
      return reply;
    },
    'postmortems.undo': ({ postmortemId, windowId }) => operations().undo(postmortemId, windowId),
    'postmortems.redo': ({ postmortemId, windowId }) => operations().redo(postmortemId, windowId),
    'postmortems.rename': ({ id, title }) => {
      operations().apply(id, LIBRARY_WINDOW, randomUUID(), [
        { op: 'set', list: 'doc', field: 'title', value: title },
      ]);
      return listed(repository().get(id));
    },
    'postmortems.duplicate': ({ id }) => listed(repository().duplicate(id)),
    'postmortems.delete': ({ id }) => listed(repository().delete(id)),
    'postmortems.listDeleted': () => repository().listDeleted(),
    'postmortems.restore': ({ id }) => {
      const restored = repository().restore(id);
      ctx.events.emit('postmortem.changed', { id, revision: restored.revision });
      return listed(restored);
    },
    'templates.list': () =>
      ctx.templates.templates.map(({ id, title, description }) => ({ id, title, description })),
  };
}
