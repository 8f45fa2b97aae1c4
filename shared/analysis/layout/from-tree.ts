import type { CauseTree, RootCauseLayer } from '../../domain';
import type { CauseNodeInput } from './types';

/**
 * What the drawings show: every node of the cause tree (a node is a root cause when it is linked
 * to an entry of the root-cause list), then the root causes no node stands for, under the
 * incident, so a postmortem written before the tree, or beside it, is drawn whole.
 */
export function drawingNodes(
  tree: Pick<CauseTree, 'ordered'> | null,
  rootCauses: readonly { id: string; layer: RootCauseLayer; description: string }[],
): CauseNodeInput[] {
  const nodes: CauseNodeInput[] = (tree?.ordered ?? []).map((n) => ({
    id: n.id,
    parentId: n.parentId,
    text: n.text,
    layer: n.layer,
    rootCause: n.rootCauseId !== null,
  }));
  const drawn = new Set((tree?.ordered ?? []).map((n) => n.rootCauseId));
  const ids = new Set(nodes.map((n) => n.id));
  for (const c of rootCauses) {
    if (drawn.has(c.id)) continue;
    // A root cause's id could equal a node's: prefix it so both are drawn.
    const id = ids.has(c.id) ? `root-cause-${c.id}` : c.id;
    nodes.push({ id, parentId: null, text: c.description, layer: c.layer, rootCause: true });
  }
  return nodes;
}
