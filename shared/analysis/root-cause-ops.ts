import type { DocState } from '../doc/apply';
import type { Op } from '../doc/ops';
import type { FieldTarget } from '../doc/paths';
import type { RootCause } from '../domain';
import { nodeOf } from './tree-ops';

/**
 * A node of the cause tree and an entry of the root-cause list (section 4) linked by 'node_cause'
 * are one cause seen from two places. Who owns what:
 * - the link is the "root cause" flag; it is one to one, and deleting either side removes only the
 *   link (the foreign keys cascade it, in the same transaction): the other side stays, unflagged;
 * - the layer and the words are shared: an edit of either side is written to both, in the same
 *   batch (one undo step), by `mirrorOf` below, wherever the edit is made.
 */

export type MarkResult = { ops: Op[] } | { refused: string };

function causeOfNode(doc: DocState, nodeId: string): string | null {
  return doc.links.find((l) => l.kind === 'node_cause' && l.from === nodeId)?.to ?? null;
}

function nodeOfCause(doc: DocState, causeId: string): string | null {
  return doc.links.find((l) => l.kind === 'node_cause' && l.to === causeId)?.from ?? null;
}

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Marks a node as a root cause: links the entry of section 4 with the same words that no node
 * holds yet, or creates one with the node's layer and words. A node needs its layer first.
 */
export function markRootCause(doc: DocState, nodeId: string, newCauseId: string): MarkResult {
  const node = nodeOf(doc, nodeId);
  if (!node) return { refused: 'This cause is no longer there.' };
  if (causeOfNode(doc, nodeId) !== null) return { ops: [] };
  if (node.layer === null) {
    return { refused: 'Choose the layer of this cause first: a root cause has a layer.' };
  }
  const same = doc.rootCauses.find(
    (c) => nodeOfCause(doc, c.id) === null && norm(c.description) === norm(node.text),
  );
  if (same) {
    const ops: Op[] = [{ op: 'link', kind: 'node_cause', from: nodeId, to: same.id }];
    if (same.layer !== node.layer) {
      ops.unshift({
        op: 'set',
        list: 'rootCauses',
        id: same.id,
        field: 'layer',
        value: node.layer,
      });
    }
    return { ops };
  }
  const cause: RootCause = { id: newCauseId, layer: node.layer, description: node.text, hint: '' };
  return {
    ops: [
      { op: 'insert', list: 'rootCauses', item: { ...cause }, before: null },
      { op: 'link', kind: 'node_cause', from: nodeId, to: newCauseId },
    ],
  };
}

/**
 * Takes the flag away. The entry of section 4 goes too unless an action answers it (then it stays,
 * detached, so that no action loses its cause); undo brings back either.
 */
export function unmarkRootCause(doc: DocState, nodeId: string): { ops: Op[]; kept: boolean } {
  const causeId = causeOfNode(doc, nodeId);
  if (causeId === null) return { ops: [], kept: false };
  const answered = doc.links.some((l) => l.kind === 'action_cause' && l.to === causeId);
  const ops: Op[] = [{ op: 'unlink', kind: 'node_cause', from: nodeId, to: causeId }];
  if (!answered) ops.push({ op: 'delete', list: 'rootCauses', id: causeId });
  return { ops, kept: answered };
}

/** The same edit on the other side of a node_cause link, or null (no link, or nothing to copy). */
export function mirrorOf(doc: DocState, target: FieldTarget, value: unknown): FieldTarget | null {
  if (target.list === 'causeNodes') {
    const causeId = causeOfNode(doc, target.id);
    if (causeId === null) return null;
    if (target.field === 'text') return { list: 'rootCauses', id: causeId, field: 'description' };
    // A root cause always has a layer: an emptied node layer is not copied.
    if (target.field === 'layer' && value !== null) {
      return { list: 'rootCauses', id: causeId, field: 'layer' };
    }
    return null;
  }
  if (target.list === 'rootCauses') {
    const nodeId = nodeOfCause(doc, target.id);
    if (nodeId === null) return null;
    if (target.field === 'description') return { list: 'causeNodes', id: nodeId, field: 'text' };
    if (target.field === 'layer') return { list: 'causeNodes', id: nodeId, field: 'layer' };
  }
  return null;
}

/** The node a root cause was found at, or null (written in section 4 directly). */
export function nodeIdOfCause(doc: DocState, causeId: string): string | null {
  return nodeOfCause(doc, causeId);
}
