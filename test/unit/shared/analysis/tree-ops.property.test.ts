import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addChild,
  addSibling,
  deleteSubtree,
  indent,
  moveAmongSiblings,
  outdent,
  startChain,
} from '../../../../shared/analysis/tree-ops';
import { markRootCause, unmarkRootCause } from '../../../../shared/analysis/root-cause-ops';
import { OpRejected, type DocState } from '../../../../shared/doc/apply';
import { applyWithInverse } from '../../../../shared/doc/inverse';
import { applyOps } from '../../../../shared/doc/apply';
import type { Op } from '../../../../shared/doc/ops';
import { causeTreeOf, postmortemContentSchema, rootCauseLayer } from '../../../../shared/domain';
import { seedState } from '../doc/arbitraries';

type Edit = {
  kind:
    | 'child'
    | 'top'
    | 'sibling'
    | 'indent'
    | 'outdent'
    | 'up'
    | 'down'
    | 'delete'
    | 'reparent'
    | 'chain'
    | 'mark'
    | 'unmark'
    | 'layer';
  pick: number;
  other: number;
};

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(
    'child',
    'child',
    'top',
    'sibling',
    'sibling',
    'indent',
    'indent',
    'outdent',
    'up',
    'down',
    'delete',
    'reparent',
    'chain',
    'mark',
    'unmark',
    'layer',
  ),
  pick: fc.nat(1000),
  other: fc.nat(1000),
}) as fc.Arbitrary<Edit>;

let counter = 0;
const fresh = () => `n-${++counter}`;

/** The operations of one edit, against the state it meets (an outliner key press). */
function opsOf(state: DocState, edit: Edit): Op[] {
  const nodes = state.causeNodes;
  const node = nodes.length ? nodes[edit.pick % nodes.length]! : undefined;
  const other = nodes.length ? nodes[edit.other % nodes.length]! : undefined;
  switch (edit.kind) {
    case 'top':
      return addChild(state, null, { id: fresh(), text: 'a cause' });
    case 'chain':
      return startChain(state, { id: fresh(), text: 'problem', answerId: 'data_drift' });
    case 'child':
      return node ? addChild(state, node.id, { id: fresh(), text: 'why' }) : [];
    case 'sibling':
      return node ? addSibling(state, node.id, { id: fresh() }) : [];
    case 'indent':
      return node ? indent(state, node.id) : [];
    case 'outdent':
      return node ? outdent(state, node.id) : [];
    case 'up':
    case 'down':
      return node ? moveAmongSiblings(state, node.id, edit.kind === 'up' ? -1 : 1) : [];
    case 'delete':
      return node ? deleteSubtree(state, node.id) : [];
    case 'reparent':
      // Anywhere, even under itself or its own: the reducer must refuse those.
      return node
        ? [
            {
              op: 'set',
              list: 'causeNodes',
              id: node.id,
              field: 'parentId',
              value: edit.other % 4 === 0 ? null : (other?.id ?? null),
            },
          ]
        : [];
    case 'layer':
      return node
        ? [
            {
              op: 'set',
              list: 'causeNodes',
              id: node.id,
              field: 'layer',
              value: rootCauseLayer.values[edit.other % rootCauseLayer.values.length]!,
            },
          ]
        : [];
    case 'mark': {
      if (!node) return [];
      const result = markRootCause(state, node.id, fresh());
      return 'ops' in result ? result.ops : [];
    }
    case 'unmark':
      return node ? unmarkRootCause(state, node.id).ops : [];
  }
}

/** One tree under the incident: every parent there, no cycle, every node reached from the top. */
function expectValidTree(state: DocState): void {
  const ids = new Set(state.causeNodes.map((n) => n.id));
  expect(ids.size).toBe(state.causeNodes.length);
  for (const node of state.causeNodes) {
    if (node.parentId !== null) expect(ids.has(node.parentId)).toBe(true);
  }
  const tree = causeTreeOf(state);
  expect(tree.ordered.map((n) => n.id).sort()).toEqual([...ids].sort());
  const reached = (id: string, steps = 0): boolean => {
    const node = state.causeNodes.find((n) => n.id === id)!;
    if (node.parentId === null) return true;
    return steps <= ids.size && reached(node.parentId, steps + 1);
  };
  for (const node of state.causeNodes) expect(reached(node.id)).toBe(true);
  // Links, flags and citations only between items that are there, as the schema requires.
  expect(postmortemContentSchema.safeParse(state).success).toBe(true);
  // A root cause is one node and one entry of section 4, both ways.
  const flags = state.links.filter((l) => l.kind === 'node_cause');
  expect(new Set(flags.map((l) => l.from)).size).toBe(flags.length);
  expect(new Set(flags.map((l) => l.to)).size).toBe(flags.length);
}

describe('cause-tree edits', () => {
  it('any sequence keeps one valid tree, and undoing each step restores exactly', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 40 }), (edits) => {
        const start = seedState();
        let state = start;
        const undo: Op[][] = [];
        for (const edit of edits) {
          const ops = opsOf(state, edit);
          if (ops.length === 0) continue;
          let result: { doc: DocState; inverse: Op[] };
          try {
            result = applyWithInverse(state, ops);
          } catch (error) {
            if (!(error instanceof OpRejected)) throw error;
            expect(['cycle', 'has_children', 'link_taken']).toContain(error.reason);
            continue;
          }
          expectValidTree(result.doc);
          // The step's inverse alone gives back the state before it.
          expect(applyOps(result.doc, result.inverse)).toEqual(state);
          undo.push(result.inverse);
          state = result.doc;
        }
        for (const inverse of undo.reverse()) state = applyOps(state, inverse);
        expect(state).toEqual(start);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a parent under its own branch, and deleting a node that has others under it', () => {
    const state = seedState();
    expect(() =>
      applyOps(state, [
        { op: 'set', list: 'causeNodes', id: 'n1', field: 'parentId', value: 'n2' },
      ]),
    ).toThrow(/under itself or under one of its own/);
    expect(() => applyOps(state, [{ op: 'delete', list: 'causeNodes', id: 'n1' }])).toThrow(
      /others under it/,
    );
    const gone = applyOps(state, deleteSubtree(state, 'n1'));
    expect(gone.causeNodes).toEqual([]);
    // Its cited finding went with it; the root cause stays in section 4, no longer flagged.
    expect(gone.findings).toEqual([]);
    expect(gone.rootCauses.map((c) => c.id)).toEqual(['c1']);
    expect(gone.links.filter((l) => l.kind !== 'action_cause')).toEqual([]);
  });

  it('keeps siblings in order through indent, outdent and moves', () => {
    let state: DocState = { ...seedState(), causeNodes: [], links: [], findings: [] };
    const add = (ops: Op[]) => (state = applyOps(state, ops));
    add(addChild(state, null, { id: 'a' }));
    add(addSibling(state, 'a', { id: 'b' }));
    add(addSibling(state, 'a', { id: 'c' }));
    const order = () => causeTreeOf(state).ordered.map((n) => `${n.depth}${n.id}`);
    expect(order()).toEqual(['1a', '1c', '1b']);
    add(indent(state, 'c'));
    expect(order()).toEqual(['1a', '2c', '1b']);
    add(indent(state, 'b'));
    expect(order()).toEqual(['1a', '2c', '2b']);
    add(moveAmongSiblings(state, 'b', -1));
    expect(order()).toEqual(['1a', '2b', '2c']);
    add(outdent(state, 'b'));
    expect(order()).toEqual(['1a', '2c', '1b']);
    expect(indent(state, 'a')).toEqual([]);
    expect(outdent(state, 'a')).toEqual([]);
  });
});
