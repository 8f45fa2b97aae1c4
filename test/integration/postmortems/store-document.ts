import { contentOf } from '../../../main/postmortems/rows';
import { diffDocs } from '../../../shared/doc/diff';
import type { Postmortem, PostmortemContent } from '../../../shared/domain';

type Value = <T>(channel: string, input?: unknown) => Promise<T>;

/**
 * Stores `content` as a new postmortem through the contract, as a window would type it: created
 * blank, then one batch of operations.
 */
export async function storeDocument(value: Value, content: PostmortemContent): Promise<Postmortem> {
  const created = await value<Postmortem>('postmortems.create', { title: content.title });
  await value('postmortems.apply', {
    postmortemId: created.id,
    windowId: 'fixture',
    batchId: `fixture-${created.id}`,
    ops: diffDocs(contentOf(created), content),
  });
  return value<Postmortem>('postmortems.get', { id: created.id });
}
