import type { CauseTree } from '../domain';

/**
 * The cause tree on the shared screen: each node is an item the facilitator can highlight (J/K,
 * or selecting it in the outliner during the root-cause step), keyed 'node-<id>'. The presenter's
 * drawn tree reads the highlighted key back with `screenNodeId` to follow it.
 */
export function nodeScreenKey(nodeId: string): string {
  return `node-${nodeId}`;
}

export function screenNodeId(focus: string | null): string | null {
  return focus !== null && focus.startsWith('node-') ? focus.slice(5) : null;
}

/** Every node as a highlightable item, in tree order, labelled for the facilitator's list. */
export function treeScreenItems(tree: CauseTree): { key: string; label: string }[] {
  return tree.ordered.map((node) => {
    const text = node.text.trim() || '(not written yet)';
    const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
    return { key: nodeScreenKey(node.id), label: `${'· '.repeat(node.depth - 1)}${short}` };
  });
}
