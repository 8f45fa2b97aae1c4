import type { Link, PostmortemContent } from '../domain';
import { LIMITS } from '../domain';
import type { Op } from './ops';
import { LINKS, LISTS, type LinkSpec, type ListName } from './registry';

/** The document as operations see it: the content, its links and its placeholders. */
export type DocState = PostmortemContent;
export type Item = { id: string } & Record<string, unknown>;

export type RejectReason =
  | 'missing_item'
  | 'duplicate_id'
  | 'full_list'
  | 'fixed_item'
  | 'missing_link_end'
  /** A parent named that is not there (deleted in another window meanwhile). */
  | 'missing_parent'
  | 'cycle'
  | 'has_children'
  | 'link_taken';

/** An operation that cannot apply to this state; `message` is a sentence for the author. */
export class OpRejected extends Error {
  override name = 'OpRejected';
  constructor(
    readonly reason: RejectReason,
    message: string,
  ) {
    super(message);
  }
}

export function itemsOf(doc: DocState, list: ListName): readonly Item[] {
  return getAt(doc, LISTS[list].path) as Item[];
}

export function findItem(doc: DocState, list: ListName, id: string): Item | undefined {
  return itemsOf(doc, list).find((item) => item.id === id);
}

/** The id of the item after `id` in its list, or null when it is the last: where it goes back. */
export function nextIdOf(doc: DocState, list: ListName, id: string): string | null {
  const items = itemsOf(doc, list);
  const index = items.findIndex((item) => item.id === id);
  return index >= 0 && index + 1 < items.length ? items[index + 1]!.id : null;
}

function requireItem(doc: DocState, list: ListName, id: string): Item {
  const item = findItem(doc, list, id);
  if (!item) {
    throw new OpRejected('missing_item', `The ${LISTS[list].noun} is no longer there.`);
  }
  return item;
}

function withItems(doc: DocState, list: ListName, items: Item[]): DocState {
  return setAt(doc, LISTS[list].path, items);
}

/** Inserts before `before`, or at the end when `before` is null or no longer in the list. */
function placed(items: readonly Item[], item: Item, before: string | null): Item[] {
  const index = before === null ? -1 : items.findIndex((i) => i.id === before);
  const copy = [...items];
  copy.splice(index < 0 ? copy.length : index, 0, item);
  return copy;
}

function sameLink(a: Link, b: { kind: Link['kind']; from: string; to: string }): boolean {
  return a.kind === b.kind && a.from === b.from && a.to === b.to;
}

/**
 * Applies one operation, returning a new state that shares every untouched part with the old one
 * (a keystroke copies one item and its list, not the document). Throws OpRejected when the
 * operation no longer fits (its item was deleted, an id is taken, a list is full).
 */
export function applyOp(doc: DocState, op: Op): DocState {
  switch (op.op) {
    case 'set': {
      if (op.list === 'doc') {
        return Object.is(getAt(doc, op.field), op.value) ? doc : setAt(doc, op.field, op.value);
      }
      const item = requireItem(doc, op.list, op.id);
      if (Object.is(item[op.field], op.value)) return doc;
      if (LISTS[op.list].parent === op.field) checkParent(doc, op.list, op.id, op.value);
      const next = { ...item, [op.field]: op.value };
      return withItems(
        doc,
        op.list,
        itemsOf(doc, op.list).map((i) => (i === item ? next : i)),
      );
    }
    case 'insert': {
      const spec = LISTS[op.list];
      const items = itemsOf(doc, op.list);
      const item = op.item as Item;
      if (!spec.canInsert(item)) {
        throw new OpRejected('fixed_item', `The ${spec.noun}s are fixed by the method.`);
      }
      if (items.some((i) => i.id === item.id)) {
        throw new OpRejected('duplicate_id', `A ${spec.noun} with this id exists already.`);
      }
      if (spec.parent) checkParent(doc, op.list, item.id, item[spec.parent]);
      if (items.length >= LIMITS.listItems) {
        throw new OpRejected(
          'full_list',
          `At most ${LIMITS.listItems} ${spec.noun}s in one postmortem: remove one to add another.`,
        );
      }
      return withItems(doc, op.list, placed(items, item, op.before));
    }
    case 'move': {
      const item = requireItem(doc, op.list, op.id);
      if (op.before === op.id) return doc;
      const rest = itemsOf(doc, op.list).filter((i) => i !== item);
      const moved = placed(rest, item, op.before);
      const unchanged = moved.every((i, index) => i === itemsOf(doc, op.list)[index]);
      return unchanged ? doc : withItems(doc, op.list, moved);
    }
    case 'delete': {
      const spec = LISTS[op.list];
      const item = requireItem(doc, op.list, op.id);
      if (!spec.canDelete(item)) {
        throw new OpRejected('fixed_item', `This ${spec.noun} belongs to the method and stays.`);
      }
      const parent = spec.parent;
      if (parent && itemsOf(doc, op.list).some((i) => i[parent] === op.id)) {
        throw new OpRejected(
          'has_children',
          `This ${spec.noun} has others under it: remove them first, or remove the whole branch.`,
        );
      }
      const next = withItems(
        doc,
        op.list,
        itemsOf(doc, op.list).filter((i) => i !== item),
      );
      // As the foreign keys cascade in the database: the item's links go with it.
      const links = next.links.filter((link) => !linkTouches(link, op.list, op.id));
      return links.length === next.links.length ? next : { ...next, links };
    }
    case 'link': {
      const spec: LinkSpec = LINKS[op.kind];
      // A pin lives with the evidence, outside the document: its table's foreign key checks it.
      const to = spec.to.list === 'pins' ? true : findItem(doc, spec.to.list, op.to);
      if (!findItem(doc, spec.from.list, op.from) || !to) {
        throw new OpRejected('missing_link_end', 'One end of the link is no longer there.');
      }
      if (doc.links.some((link) => sameLink(link, op))) return doc;
      const taken = doc.links.some(
        (l) =>
          l.kind === op.kind &&
          ((spec.single !== undefined && l.from === op.from) ||
            (spec.single === 'both' && l.to === op.to)),
      );
      if (taken) throw new OpRejected('link_taken', `It has a ${spec.noun} already.`);
      if (doc.links.length >= LIMITS.listItems * 4) {
        throw new OpRejected('full_list', 'This postmortem has too many links.');
      }
      return {
        ...doc,
        links: sortLinks([...doc.links, { kind: op.kind, from: op.from, to: op.to }]),
      };
    }
    case 'unlink': {
      const links = doc.links.filter((link) => !sameLink(link, op));
      return links.length === doc.links.length ? doc : { ...doc, links };
    }
  }
}

export function applyOps(doc: DocState, ops: readonly Op[]): DocState {
  return ops.reduce(applyOp, doc);
}

/**
 * Links are a set; they are kept in one canonical order (kind, from, to; ids are ASCII, so this
 * is SQLite's binary order too) so that two copies holding the same links compare equal.
 */
export function sortLinks(links: Link[]): Link[] {
  const key = (l: Link) => `${l.kind}\u0000${l.from}\u0000${l.to}`;
  return links.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * A parent must be there (or null: the top), and never the item itself or one under it: the
 * tree stays one tree, without cycles or orphans.
 */
function checkParent(doc: DocState, list: ListName, id: string, parentId: unknown): void {
  if (parentId === null || parentId === undefined) return;
  const field = LISTS[list].parent!;
  const byId = new Map(itemsOf(doc, list).map((i) => [i.id, i]));
  let at = byId.get(parentId as string);
  if (!at) {
    throw new OpRejected(
      'missing_parent',
      `The ${LISTS[list].noun} it goes under is no longer there.`,
    );
  }
  for (let steps = 0; at && steps <= byId.size; steps++) {
    if (at.id === id) {
      throw new OpRejected(
        'cycle',
        `A ${LISTS[list].noun} cannot go under itself or under one of its own.`,
      );
    }
    const up: unknown = at[field];
    at = typeof up === 'string' ? byId.get(up) : undefined;
  }
}

/** Whether a link has the item (list, id) at one of its ends. */
export function linkTouches(link: Link, list: ListName, id: string): boolean {
  const spec = LINKS[link.kind];
  return (spec.from.list === list && link.from === id) || (spec.to.list === list && link.to === id);
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets a value at a dotted path of plain objects, copying only the objects on the way. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const write = (node: unknown, depth: number): unknown => {
    const container = node as Record<string, unknown>;
    const key = keys[depth]!;
    const next = depth === keys.length - 1 ? value : write(container[key], depth + 1);
    return Object.is(container[key], next) ? node : { ...container, [key]: next };
  };
  return write(root, 0) as T;
}
