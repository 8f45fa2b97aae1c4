import { itemsOf, type DocState } from '../doc/apply';
import type { Op } from '../doc/ops';
import type { CauseNode, CauseNodeKind, RootCauseLayer } from '../domain';

/**
 * The outliner's and the five-whys chains' edits, as the typed operations of shared/doc: each
 * returns the operations of one undo step (empty when the edit does not apply, e.g. indenting the
 * first child). Siblings are ordered by their order in the stored list, so moving among siblings
 * is a `move` and changing parent a `set` of parentId (the reducer refuses cycles and orphans).
 */

export function nodesOf(doc: DocState): readonly CauseNode[] {
  return doc.causeNodes;
}

export function nodeOf(doc: DocState, id: string): CauseNode | undefined {
  return doc.causeNodes.find((n) => n.id === id);
}

/** The children of a node (null: the incident) in order. */
export function childrenOf(doc: DocState, parentId: string | null): CauseNode[] {
  return doc.causeNodes.filter((n) => n.parentId === parentId);
}

function siblingsOf(doc: DocState, node: CauseNode): CauseNode[] {
  return childrenOf(doc, node.parentId);
}

/** The id a new node is placed before so that it follows `after` among its siblings. */
function slotAfter(doc: DocState, after: CauseNode): string | null {
  const siblings = siblingsOf(doc, after);
  return siblings[siblings.indexOf(after) + 1]?.id ?? null;
}

export interface NewNode {
  id: string;
  text?: string;
  layer?: RootCauseLayer | null;
  kind?: CauseNodeKind;
}

function nodeItem(parentId: string | null, node: NewNode): CauseNode {
  return {
    id: node.id,
    parentId,
    kind: node.kind ?? 'cause',
    text: node.text ?? '',
    layer: node.layer ?? null,
  };
}

/** A new last child of `parentId` (null: under the incident). In a chain: the next why. */
export function addChild(doc: DocState, parentId: string | null, node: NewNode): Op[] {
  if (parentId !== null && !nodeOf(doc, parentId)) return [];
  return [{ op: 'insert', list: 'causeNodes', item: nodeItem(parentId, node), before: null }];
}

/** A new node right after `id`, under the same parent. In a chain: a branch. */
export function addSibling(doc: DocState, id: string, node: NewNode): Op[] {
  const at = nodeOf(doc, id);
  if (!at) return [];
  return [
    {
      op: 'insert',
      list: 'causeNodes',
      item: nodeItem(at.parentId, node),
      before: slotAfter(doc, at),
    },
  ];
}

/** Under the sibling before it, as its last child. */
export function indent(doc: DocState, id: string): Op[] {
  const node = nodeOf(doc, id);
  if (!node) return [];
  const siblings = siblingsOf(doc, node);
  const previous = siblings[siblings.indexOf(node) - 1];
  if (!previous) return [];
  const last = childrenOf(doc, previous.id).at(-1);
  const ops: Op[] = [
    {
      op: 'set',
      list: 'causeNodes',
      id,
      field: 'parentId',
      value: previous.id,
      base: node.parentId,
    },
  ];
  // Last among its new siblings: just after the one that is last now (alone: where it is).
  if (last) ops.push({ op: 'move', list: 'causeNodes', id, before: nextInList(doc, last.id, id) });
  return ops;
}

/** Up one level, right after its former parent. */
export function outdent(doc: DocState, id: string): Op[] {
  const node = nodeOf(doc, id);
  if (!node || node.parentId === null) return [];
  const parent = nodeOf(doc, node.parentId);
  if (!parent) return [];
  return [
    {
      op: 'set',
      list: 'causeNodes',
      id,
      field: 'parentId',
      value: parent.parentId,
      base: node.parentId,
    },
    { op: 'move', list: 'causeNodes', id, before: slotAfter(doc, parent) },
  ];
}

/** One place up (-1) or down (+1) among its siblings. */
export function moveAmongSiblings(doc: DocState, id: string, by: -1 | 1): Op[] {
  const node = nodeOf(doc, id);
  if (!node) return [];
  const siblings = siblingsOf(doc, node);
  const at = siblings.indexOf(node);
  const other = siblings[at + by];
  if (!other) return [];
  const before = by < 0 ? other.id : (siblings[at + 2]?.id ?? null);
  return [{ op: 'move', list: 'causeNodes', id, before }];
}

/** The node and every node under it, children before their parents (the order they can go in). */
export function subtreeOf(doc: DocState, id: string): CauseNode[] {
  const node = nodeOf(doc, id);
  if (!node) return [];
  return [...childrenOf(doc, id).flatMap((child) => subtreeOf(doc, child.id)), node];
}

/**
 * Removes a node with everything under it. Their links (root-cause flags, citations, a chain's
 * answer) go with each delete, and a cited finding no other node cites goes too; the inverse of
 * these operations puts all of it back.
 */
export function deleteSubtree(doc: DocState, id: string): Op[] {
  const nodes = subtreeOf(doc, id);
  if (nodes.length === 0) return [];
  const removed = new Set(nodes.map((n) => n.id));
  const ops: Op[] = nodes.map((n) => ({ op: 'delete', list: 'causeNodes', id: n.id }));
  const citedElsewhere = new Set(
    doc.links.filter((l) => l.kind === 'node_finding' && !removed.has(l.from)).map((l) => l.to),
  );
  const orphans = new Set(
    doc.links
      .filter((l) => l.kind === 'node_finding' && removed.has(l.from) && !citedElsewhere.has(l.to))
      .map((l) => l.to),
  );
  for (const findingId of orphans) ops.push({ op: 'delete', list: 'findings', id: findingId });
  return ops;
}

/** The id after `id` in the stored list, skipping `skip` (the node being moved). */
function nextInList(doc: DocState, id: string, skip: string): string | null {
  const items = itemsOf(doc, 'causeNodes').filter((i) => i.id !== skip);
  const index = items.findIndex((i) => i.id === id);
  return items[index + 1]?.id ?? null;
}

/**
 * Starts a five-whys chain: a problem statement under the incident, linked to the diagnosis
 * answer it comes from (none: the incident summary), ready for its first why.
 */
export function startChain(
  doc: DocState,
  start: { id: string; text: string; answerId: string | null; layer?: RootCauseLayer | null },
): Op[] {
  const ops: Op[] = addChild(doc, null, {
    id: start.id,
    text: start.text,
    kind: 'problem',
    layer: start.layer ?? null,
  });
  if (start.answerId !== null) {
    ops.push({ op: 'link', kind: 'chain_answer', from: start.id, to: start.answerId });
  }
  return ops;
}
