import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../main/postmortems/rows';
import { markRootCause } from '../../../shared/analysis/root-cause-ops';
import { addChild, deleteSubtree, indent } from '../../../shared/analysis/tree-ops';
import { fullDocument } from './full-document';
import { opsSetup } from './ops-setup';

const A = 'window-a';
const B = 'window-b';
let batchNo = 0;
const batch = () => `tree-batch-${++batchNo}`;

const count = (db: ReturnType<typeof opsSetup>['db'], table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A stored postmortem with a pin under timeline event t1, cited by node k2. */
function withPin() {
  const setup = opsSetup();
  const id = setup.create(fullDocument());
  setup.db
    .prepare(
      `INSERT INTO pins (id, postmortem_id, target_kind, target_id, kind, spec_json, caption,
         position, created_at, updated_at)
       VALUES ('pin1', ?, 'timeline', 't1', 'histogram', '{}', 'c', 0, 'now', 'now')`,
    )
    .run(id);
  setup.ops.apply(id, A, batch(), [{ op: 'link', kind: 'node_pin', from: 'k2', to: 'pin1' }]);
  return { ...setup, id };
}

describe('the cause tree on a stored postmortem', () => {
  it('stores each tree edit as rows with foreign keys, in order, with no orphan', () => {
    const { ops, repo, id, orphans, db } = withPin();
    const state = contentOf(repo.get(id));
    ops.apply(id, A, batch(), addChild(state, 'k4', { id: 'k5', text: 'No alert on declines.' }));
    ops.apply(id, A, batch(), addChild(contentOf(repo.get(id)), 'k4', { id: 'k6' }));
    ops.apply(id, A, batch(), indent(contentOf(repo.get(id)), 'k6'));
    const stored = repo.get(id);
    expect(stored.causeNodes.find((n) => n.id === 'k6')?.parentId).toBe('k5');
    expect(stored.links).toContainEqual({ kind: 'node_pin', from: 'k2', to: 'pin1' });
    expect(count(db, 'node_pins')).toBe(1);
    expect(orphans()).toEqual([]);
  });

  it('refuses a cycle and keeps nothing of its batch', () => {
    const { ops, repo, id } = withPin();
    const before = repo.get(id);
    expect(() =>
      ops.apply(id, A, batch(), [
        { op: 'set', list: 'causeNodes', id: 'k4', field: 'text', value: 'Changed.' },
        { op: 'set', list: 'causeNodes', id: 'k1', field: 'parentId', value: 'k3' },
      ]),
    ).toThrow(/under itself or under one of its own/);
    expect(repo.get(id)).toEqual(before);
  });

  it('deleting a branch takes its citations and flags along; its undo puts every row back', () => {
    const { ops, repo, id, orphans, db } = withPin();
    const before = contentOf(repo.get(id));
    ops.apply(id, A, batch(), deleteSubtree(before, 'k1'));
    const after = repo.get(id);
    expect(after.causeNodes.map((n) => n.id)).toEqual(['k4']);
    // The root cause stays in section 4, no longer flagged; the cited finding went with the branch.
    expect(after.rootCauses.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(after.findings).toEqual([]);
    for (const table of ['node_pins', 'node_events', 'node_findings', 'chain_answers']) {
      expect(count(db, table)).toBe(0);
    }
    expect(count(db, 'node_causes')).toBe(1);
    expect(orphans()).toEqual([]);
    // Window B edits elsewhere in between: A's undo still applies, exactly.
    ops.apply(id, B, batch(), [
      { op: 'set', list: 'causeNodes', id: 'k4', field: 'text', value: 'Edited by B.' },
    ]);
    expect(ops.undo(id, A)).toMatchObject({ outcome: 'done' });
    const restored = contentOf(repo.get(id));
    expect(restored).toEqual({
      ...before,
      causeNodes: before.causeNodes.map((n) =>
        n.id === 'k4' ? { ...n, text: 'Edited by B.' } : n,
      ),
    });
    expect(count(db, 'node_pins')).toBe(1);
    expect(orphans()).toEqual([]);
  });

  it("undo refuses when another window wrote into the branch since; the other's edit stays", () => {
    const { ops, repo, id } = withPin();
    ops.apply(id, A, batch(), addChild(contentOf(repo.get(id)), 'k4', { id: 'k9' }));
    ops.apply(id, B, batch(), [
      { op: 'set', list: 'causeNodes', id: 'k9', field: 'text', value: 'B answered why.' },
    ]);
    expect(ops.undo(id, A)).toMatchObject({ outcome: 'refused' });
    expect(repo.get(id).causeNodes.find((n) => n.id === 'k9')?.text).toBe('B answered why.');
  });

  it('a timeline event deleted with its pin takes the pin citation along; undo restores both', () => {
    const { ops, repo, id, orphans, db } = withPin();
    const before = contentOf(repo.get(id));
    ops.apply(id, A, batch(), [{ op: 'delete', list: 'timeline', id: 't1' }]);
    expect(count(db, 'pins')).toBe(0);
    expect(count(db, 'node_pins')).toBe(0);
    expect(count(db, 'node_events')).toBe(0);
    expect(orphans()).toEqual([]);
    ops.undo(id, A);
    expect(contentOf(repo.get(id))).toEqual(before);
    expect(count(db, 'node_pins')).toBe(1);
    expect(orphans()).toEqual([]);
  });

  it('marking a root cause and deleting either side detaches in the same transaction', () => {
    const { ops, repo, id, db } = withPin();
    const marked = markRootCause(contentOf(repo.get(id)), 'k2', 'c9');
    if (!('ops' in marked)) throw new Error(marked.refused);
    ops.apply(id, A, batch(), marked.ops);
    expect(repo.get(id).rootCauses.find((c) => c.id === 'c9')).toMatchObject({
      layer: 'process',
      description: 'Shipped straight to all traffic.',
    });
    ops.apply(id, A, batch(), [{ op: 'delete', list: 'rootCauses', id: 'c9' }]);
    expect(repo.get(id).causeNodes.some((n) => n.id === 'k2')).toBe(true);
    expect(db.prepare(`SELECT count(*) AS n FROM node_causes WHERE node_id = 'k2'`).get()).toEqual({
      n: 0,
    });
  });

  it('a pin of another postmortem cannot be cited: no row is written', () => {
    const { id, db, ops, create, repo } = withPin();
    const other = create(fullDocument());
    db.prepare(
      `INSERT INTO pins (id, postmortem_id, target_kind, target_id, kind, spec_json, caption,
         position, created_at, updated_at)
       VALUES ('pin2', ?, 'timeline', 't1', 'histogram', '{}', 'c', 0, 'now', 'now')`,
    ).run(other);
    ops.apply(id, A, batch(), [{ op: 'link', kind: 'node_pin', from: 'k1', to: 'pin2' }]);
    expect(repo.get(id).links.filter((l) => l.kind === 'node_pin')).toEqual([
      { kind: 'node_pin', from: 'k2', to: 'pin1' },
    ]);
  });

  it('a pin removed with its evidence takes its citations along (the foreign key cascades)', () => {
    const { id, db, repo, orphans } = withPin();
    db.prepare(`DELETE FROM pins WHERE id = 'pin1'`).run();
    expect(repo.get(id).links.some((l) => l.kind === 'node_pin')).toBe(false);
    expect(orphans()).toEqual([]);
  });

  it('a copy keeps the tree, and leaves out citations of pins it does not have', () => {
    const { id, repo, orphans } = withPin();
    const copy = repo.duplicate(id);
    expect(copy.causeNodes).toEqual(repo.get(id).causeNodes);
    expect(copy.links.some((l) => l.kind === 'node_pin')).toBe(false);
    expect(copy.links.filter((l) => l.kind === 'node_cause')).toHaveLength(2);
    expect(orphans()).toEqual([]);
  });
});
