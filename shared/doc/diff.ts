import { applyOp, findItem, getAt, itemsOf, nextIdOf, type DocState } from './apply';
import type { Op } from './ops';
import { docFields, LISTS, listNames } from './registry';

/**
 * The operations that turn `from` into `to`: sets for changed fields, deletes and inserts for items
 * that left or arrived, moves for a new order, unlinks and links. Used where a whole document
 * arrives instead of operations (a draft kept by an older version of the app, a test fixture);
 * fixed fields of an item (a question's id, a note's time) are never changed by it.
 */
export function diffDocs(from: DocState, to: DocState): Op[] {
  const ops: Op[] = [];
  let state = from;
  const push = (op: Op) => {
    ops.push(op);
    state = applyOp(state, op);
  };
  for (const field of docFields) {
    const value = getAt(to, field);
    if (!Object.is(getAt(state, field), value)) push({ op: 'set', list: 'doc', field, value });
  }
  for (const link of state.links) {
    if (!to.links.some((l) => l.kind === link.kind && l.from === link.from && l.to === link.to)) {
      push({ op: 'unlink', kind: link.kind, from: link.from, to: link.to });
    }
  }
  for (const list of listNames) {
    const spec = LISTS[list];
    const parent = spec.parent;
    const wanted = itemsOf(to, list);
    const ids = new Set(wanted.map((item) => item.id));
    // A tree is taken apart before it is rebuilt: items that change parent are first detached
    // (to the top), leaves go before their parents, and new parents are set once all are in.
    // Every intermediate tree then holds only edges of the old or the new one: never a cycle.
    if (parent) {
      for (const item of wanted) {
        const current = findItem(state, list, item.id);
        if (current && current[parent] !== item[parent] && current[parent] !== null) {
          push({ op: 'set', list, id: item.id, field: parent, value: null });
        }
      }
    }
    let gone = itemsOf(state, list).filter((item) => !ids.has(item.id) && spec.canDelete(item));
    while (gone.length > 0) {
      const named = new Set(parent ? itemsOf(state, list).map((i) => i[parent]) : []);
      const leaves = gone.filter((item) => !named.has(item.id));
      if (leaves.length === 0) break;
      for (const item of leaves) push({ op: 'delete', list, id: item.id });
      gone = gone.filter((item) => !leaves.includes(item));
    }
    for (const item of wanted) {
      const current = findItem(state, list, item.id);
      if (!current) {
        if (spec.canInsert(item)) {
          const placed = parent ? { ...item, [parent]: null } : { ...item };
          push({ op: 'insert', list, item: placed, before: null });
        }
        continue;
      }
      for (const field of Object.keys(spec.fields)) {
        if (field !== parent && !Object.is(current[field], item[field])) {
          push({ op: 'set', list, id: item.id, field, value: item[field] });
        }
      }
    }
    if (parent) {
      for (const item of wanted) {
        const current = findItem(state, list, item.id);
        if (current && !Object.is(current[parent], item[parent])) {
          push({ op: 'set', list, id: item.id, field: parent, value: item[parent] });
        }
      }
    }
    // From the last item back, each item goes before the one that follows it in `to`.
    for (let index = wanted.length - 1; index >= 0; index--) {
      const id = wanted[index]!.id;
      const next = wanted[index + 1]?.id ?? null;
      if (findItem(state, list, id) && nextIdOf(state, list, id) !== next) {
        push({ op: 'move', list, id, before: next });
      }
    }
  }
  for (const link of to.links) {
    if (
      !state.links.some((l) => l.kind === link.kind && l.from === link.from && l.to === link.to)
    ) {
      push({ op: 'link', kind: link.kind, from: link.from, to: link.to });
    }
  }
  return ops;
}
