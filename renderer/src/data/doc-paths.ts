import { getAt, itemsOf, type DocState } from '../../../shared/doc/apply';
import { parseFieldPath, type FieldTarget } from '../../../shared/doc/paths';
import type { ListName } from '../../../shared/doc/registry';

// Every field of the open document runs its selector on every keystroke anywhere in it (a
// 200-event timeline has some 600): parsed paths and items by id are looked up, not recomputed.
const targets = new Map<string, FieldTarget | null>();
type Items = ReturnType<typeof itemsOf>;
const indexes = new WeakMap<Items, Map<string, Items[number]>>();

function targetOf(path: string): FieldTarget | null {
  let target = targets.get(path);
  if (target === undefined) {
    target = parseFieldPath(path);
    targets.set(path, target);
  }
  return target;
}

/** The item of a list by id, through an index built once per version of the list. */
export function itemById(doc: DocState, list: ListName, id: string): Items[number] | undefined {
  const items = itemsOf(doc, list);
  let index = indexes.get(items);
  if (!index) {
    index = new Map(items.map((item) => [item.id, item]));
    indexes.set(items, index);
  }
  return index.get(id);
}

/** The value of a field of the document, by target. */
export function valueAt(doc: DocState, target: FieldTarget): unknown {
  return target.list === 'doc'
    ? getAt(doc, target.field)
    : itemById(doc, target.list, target.id)?.[target.field];
}

/** The value at a field path ('summary.whatHappened', 'actions#<id>.owner'), or a list path. */
export function valueAtPath(doc: DocState, path: string): unknown {
  const target = targetOf(path);
  return target ? valueAt(doc, target) : getAt(doc, path);
}

/** The parsed form of a field path, remembered (paths are few and repeat on every render). */
export const fieldTargetOf = targetOf;
