import type { CauseNodeInput } from './types';

/**
 * Makes any list of nodes a tree under the incident: a repeated id keeps its first node, a node
 * whose parent is missing hangs under the incident, and a cycle is broken at its node that comes
 * first in the list. The tree's own operations keep it valid; this keeps a drawing from ever
 * failing on a stored state they did not foresee.
 */
export function asTree(nodes: readonly CauseNodeInput[]): CauseNodeInput[] {
  const byId = new Map<string, CauseNodeInput>();
  const order = new Map<string, number>();
  for (const n of nodes) {
    if (byId.has(n.id)) continue;
    order.set(n.id, order.size);
    byId.set(n.id, n);
  }
  const parent = new Map<string, string | null>();
  for (const n of byId.values())
    parent.set(n.id, n.parentId !== null && byId.has(n.parentId) ? n.parentId : null);
  const settled = new Set<string>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | null = start;
    while (at !== null && !settled.has(at)) {
      if (onPath.has(at)) {
        const cycle = path.slice(path.indexOf(at));
        const first = cycle.reduce((a, b) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? a : b));
        parent.set(first, null);
        break;
      }
      path.push(at);
      onPath.add(at);
      at = parent.get(at) ?? null;
    }
    for (const id of path) settled.add(id);
  }
  return [...byId.values()].map((n) => ({ ...n, parentId: parent.get(n.id) ?? null }));
}

/** An id for the incident that no cause has. */
export function rootIdFor(nodes: readonly { id: string }[]): string {
  const ids = new Set(nodes.map((n) => n.id));
  let id = 'incident';
  while (ids.has(id)) id += '-';
  return id;
}
