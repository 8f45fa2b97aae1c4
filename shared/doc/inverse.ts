import { applyOp, findItem, getAt, linkTouches, nextIdOf, type DocState } from './apply';
import type { Op } from './ops';
import { itemKey } from './paths';

/**
 * The operations that take the state after `op` back to `before` (the state `op` applied to).
 * A delete's inverse puts the item back in its place together with the links it took along.
 */
export function inverseOf(before: DocState, op: Op): Op[] {
  switch (op.op) {
    case 'set': {
      if (op.list === 'doc') {
        return [
          {
            op: 'set',
            list: 'doc',
            field: op.field,
            value: getAt(before, op.field),
            base: op.value,
          },
        ];
      }
      const item = findItem(before, op.list, op.id);
      return item
        ? [
            {
              op: 'set',
              list: op.list,
              id: op.id,
              field: op.field,
              value: item[op.field],
              base: op.value,
            },
          ]
        : [];
    }
    case 'insert':
      return [{ op: 'delete', list: op.list, id: op.item.id as string }];
    case 'move': {
      const item = findItem(before, op.list, op.id);
      return item
        ? [{ op: 'move', list: op.list, id: op.id, before: nextIdOf(before, op.list, op.id) }]
        : [];
    }
    case 'delete': {
      const item = findItem(before, op.list, op.id);
      if (!item) return [];
      const links = before.links.filter((link) => linkTouches(link, op.list, op.id));
      return [
        {
          op: 'insert',
          list: op.list,
          item: { ...item },
          before: nextIdOf(before, op.list, op.id),
        },
        ...links.map((link): Op => ({ op: 'link', kind: link.kind, from: link.from, to: link.to })),
      ];
    }
    case 'link': {
      const exists = before.links.some(
        (l) => l.kind === op.kind && l.from === op.from && l.to === op.to,
      );
      return exists ? [] : [{ op: 'unlink', kind: op.kind, from: op.from, to: op.to }];
    }
    case 'unlink': {
      const exists = before.links.some(
        (l) => l.kind === op.kind && l.from === op.from && l.to === op.to,
      );
      return exists ? [{ op: 'link', kind: op.kind, from: op.from, to: op.to }] : [];
    }
  }
}

/**
 * Applies a batch and returns the state after it with the batch's inverse: the inverses of its
 * operations in reverse order, each computed against the state that operation met.
 */
export function applyWithInverse(
  doc: DocState,
  ops: readonly Op[],
): { doc: DocState; inverse: Op[] } {
  let state = doc;
  const inverses: Op[][] = [];
  for (const op of ops) {
    inverses.push(inverseOf(state, op));
    state = applyOp(state, op);
  }
  return { doc: state, inverse: inverses.reverse().flat() };
}

/**
 * What an operation touches, as keys: a field ('summary.whatHappened', 'actions#a1.owner'), an
 * item as a whole ('actions#a1') or a link. Undo compares them with later writers' keys.
 */
export function keysOf(op: Op): string[] {
  switch (op.op) {
    case 'set':
      return [op.list === 'doc' ? op.field : `${itemKey(op.list, op.id)}.${op.field}`];
    case 'insert':
      return [itemKey(op.list, op.item.id as string)];
    case 'move':
    case 'delete':
      return [itemKey(op.list, op.id)];
    case 'link':
    case 'unlink':
      return [`link:${op.kind}:${op.from}:${op.to}`];
  }
}

/** Two keys collide when equal, or when one is an item and the other one of its fields. */
export function keysCollide(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
