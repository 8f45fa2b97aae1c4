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
    const wanted = itemsOf(to, list);
    const ids = new Set(wanted.map((item) => item.id));
    for (const item of itemsOf(state, list)) {
      if (!ids.has(item.id) && spec.canDelete(item)) push({ op: 'delete', list, id: item.id });
    }
    for (const item of wanted) {
      const current = findItem(state, list, item.id);
      if (!current) {
        if (spec.canInsert(item)) push({ op: 'insert', list, item: { ...item }, before: null });
        continue;
      }
      for (const field of Object.keys(spec.fields)) {
        if (!Object.is(current[field], item[field])) {
          push({ op: 'set', list, id: item.id, field, value: item[field] });
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
