import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp, applyOps, OpRejected } from '../../../../shared/doc/apply';
import { diffDocs } from '../../../../shared/doc/diff';
import { applyWithInverse, keysCollide, keysOf } from '../../../../shared/doc/inverse';
import type { Op } from '../../../../shared/doc/ops';
import { blankPostmortem } from '../../../../shared/domain';
import { intentArb, newItem, resolve, seedState, type Intent } from './arbitraries';

const intent = (text: string): Intent => ({
  kind: 'insert',
  list: 0,
  pick: 0,
  other: 0,
  field: 0,
  text,
  value: 0,
  id: '',
});

/** Applies each intent that fits, as the back end does (a stale one is skipped). */
function run(intents: readonly Intent[]) {
  let state = seedState();
  const applied: Op[] = [];
  for (const i of intents) {
    const op = resolve(state, i);
    try {
      state = applyOp(state, op);
      applied.push(op);
    } catch (error) {
      if (!(error instanceof OpRejected)) throw error;
    }
  }
  return { state, applied };
}

describe('applyOp', () => {
  it('sets one field and shares every untouched part of the document', () => {
    const before = seedState();
    const after = applyOp(before, {
      op: 'set',
      list: 'actions',
      id: 'a2',
      field: 'owner',
      value: 'Ana',
    });
    expect(after.actions[1]!.owner).toBe('Ana');
    expect(after.actions[0]).toBe(before.actions[0]);
    expect(after.timeline).toBe(before.timeline);
    expect(after.summary).toBe(before.summary);
    const same = applyOp(after, {
      op: 'set',
      list: 'actions',
      id: 'a2',
      field: 'owner',
      value: 'Ana',
    });
    expect(same).toBe(after);
  });

  it('sets a field of the postmortem itself by its path', () => {
    const after = applyOp(seedState(), {
      op: 'set',
      list: 'doc',
      field: 'summary.whatHappened',
      value: 'x',
    });
    expect(after.summary.whatHappened).toBe('x');
  });

  it('inserts before an item, or at the end when that item is gone', () => {
    const item = newItem('actions', 'a3', intent('new'));
    const first = applyOp(seedState(), { op: 'insert', list: 'actions', item, before: 'a1' });
    expect(first.actions.map((a) => a.id)).toEqual(['a3', 'a1', 'a2']);
    const last = applyOp(seedState(), { op: 'insert', list: 'actions', item, before: 'gone' });
    expect(last.actions.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('refuses an item whose id is taken, and the fixed items of the method', () => {
    const item = newItem('actions', 'a1', intent('dup'));
    expect(() =>
      applyOp(seedState(), { op: 'insert', list: 'actions', item, before: null }),
    ).toThrow(/exists already/);
    expect(() =>
      applyOp(seedState(), { op: 'delete', list: 'diagnosis', id: 'data_drift' }),
    ).toThrow(/belongs to the method/);
    expect(() => applyOp(seedState(), { op: 'delete', list: 'lessons', id: 'untested' })).toThrow(
      OpRejected,
    );
  });

  it('a set on an item that was deleted meanwhile is rejected as missing', () => {
    const gone = applyOp(seedState(), { op: 'delete', list: 'actions', id: 'a1' });
    try {
      applyOp(gone, { op: 'set', list: 'actions', id: 'a1', field: 'owner', value: 'x' });
      expect.unreachable();
    } catch (error) {
      expect((error as OpRejected).reason).toBe('missing_item');
    }
  });

  it('deleting an action or a cause removes its links, as the foreign keys do', () => {
    const touches = (id: string) => (l: { from: string; to: string }) =>
      l.from === id || l.to === id;
    const noCause = applyOp(seedState(), { op: 'delete', list: 'rootCauses', id: 'c1' });
    expect(noCause.links.filter(touches('c1'))).toEqual([]);
    expect(noCause.links).toHaveLength(seedState().links.length - 2);
    const noAction = applyOp(seedState(), { op: 'delete', list: 'actions', id: 'a1' });
    expect(noAction.links.filter(touches('a1'))).toEqual([]);
    expect(noAction.links).toHaveLength(seedState().links.length - 1);
  });

  it('links only existing items, once', () => {
    const twice = applyOps(seedState(), [
      { op: 'link', kind: 'action_cause', from: 'a2', to: 'c1' },
      { op: 'link', kind: 'action_cause', from: 'a2', to: 'c1' },
    ]);
    expect(twice.links).toHaveLength(seedState().links.length + 1);
    expect(() =>
      applyOp(seedState(), { op: 'link', kind: 'action_cause', from: 'a2', to: 'nope' }),
    ).toThrow(/no longer there/);
  });

  it('moves an item before another or to the end', () => {
    const state = applyOp(seedState(), {
      op: 'insert',
      list: 'actions',
      item: newItem('actions', 'a3', intent('c')),
      before: null,
    });
    expect(
      applyOp(state, { op: 'move', list: 'actions', id: 'a3', before: 'a1' }).actions.map(
        (a) => a.id,
      ),
    ).toEqual(['a3', 'a1', 'a2']);
    expect(
      applyOp(state, { op: 'move', list: 'actions', id: 'a1', before: null }).actions.map(
        (a) => a.id,
      ),
    ).toEqual(['a2', 'a3', 'a1']);
    expect(applyOp(state, { op: 'move', list: 'actions', id: 'a1', before: 'a2' })).toBe(state);
  });
});

describe('inverses', () => {
  it('any sequence of operations, then its inverse, gives back exactly the state it started from', () => {
    fc.assert(
      fc.property(fc.array(intentArb, { maxLength: 30 }), (intents) => {
        const { state, applied } = run(intents);
        const { doc, inverse } = applyWithInverse(seedState(), applied);
        expect(doc).toEqual(state);
        expect(applyOps(doc, inverse)).toEqual(seedState());
      }),
      { numRuns: 300 },
    );
  });

  it('undo then redo restores exactly (the redo re-applies the same operations)', () => {
    fc.assert(
      fc.property(fc.array(intentArb, { minLength: 1, maxLength: 20 }), (intents) => {
        const { state, applied } = run(intents);
        const { inverse } = applyWithInverse(seedState(), applied);
        const undone = applyOps(state, inverse);
        expect(applyOps(undone, applied)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});

describe('keys', () => {
  it('name the field or the item an operation touches, and collide item with its fields', () => {
    expect(keysOf({ op: 'set', list: 'doc', field: 'summary.whatHappened', value: 'x' })).toEqual([
      'summary.whatHappened',
    ]);
    expect(keysOf({ op: 'set', list: 'actions', id: 'a1', field: 'owner', value: 'x' })).toEqual([
      'actions#a1.owner',
    ]);
    expect(keysOf({ op: 'delete', list: 'actions', id: 'a1' })).toEqual(['actions#a1']);
    expect(keysCollide('actions#a1', 'actions#a1.owner')).toBe(true);
    expect(keysCollide('actions#a1.owner', 'actions#a1.status')).toBe(false);
    expect(keysCollide('actions#a1', 'actions#a10.owner')).toBe(false);
    expect(blankPostmortem().diagnosis.map((a) => a.id)).toContain('data_drift');
  });
});

describe('diffDocs', () => {
  it('finds the operations from one state to any other reached by operations', () => {
    fc.assert(
      fc.property(
        fc.array(intentArb, { maxLength: 30 }),
        fc.array(intentArb, { maxLength: 30 }),
        (a, b) => {
          const from = run(a).state;
          const to = run(b).state;
          expect(applyOps(from, diffDocs(from, to))).toEqual(to);
          expect(diffDocs(to, to)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
