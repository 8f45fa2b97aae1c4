import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../main/postmortems/rows';
import { applyOps } from '../../../shared/doc/apply';
import { blankPostmortem } from '../../../shared/domain';
import { fullDocument } from './full-document';
import { opsSetup } from './ops-setup';

const A = 'window-a';
const B = 'window-b';
let batchNo = 0;
const batch = () => `batch-${++batchNo}`;

describe('operations on a stored postmortem', () => {
  it('writes one field without touching the other rows, and counts one revision per batch', () => {
    const { repo, ops, create, db } = opsSetup();
    const id = create(fullDocument());
    const rows = () =>
      db
        .prepare('SELECT rowid, * FROM actions WHERE postmortem_id = ? ORDER BY position')
        .all(id) as {
        rowid: number;
      }[];
    const before = rows();
    const reply = ops.apply(id, A, batch(), [
      { op: 'set', list: 'actions', id: 'a2', field: 'owner', value: 'Sam and Kim' },
      { op: 'set', list: 'doc', field: 'summary.whatHappened', value: 'Typed.' },
    ]);
    expect(reply.batch).toMatchObject({ revision: 1, windowId: A, kind: 'do' });
    const after = rows();
    // Same rows (same rowids): an edit is an UPDATE, never a delete and re-insert.
    expect(after.map((r) => r.rowid)).toEqual(before.map((r) => r.rowid));
    expect(after[0]).toEqual(before[0]);
    const stored = repo.get(id);
    expect(stored.actions[1]!.owner).toBe('Sam and Kim');
    expect(stored.summary.whatHappened).toBe('Typed.');
    expect(stored.revision).toBe(1);
  });

  it('inserts and moves items between their neighbours, as the pure reducer orders them', () => {
    const { repo, ops, create } = opsSetup();
    const id = create(fullDocument());
    const item = (n: number) => ({
      id: `t${n}x`,
      at: '2024-03-12T04:00:00.000Z',
      kind: 'other',
      text: `e${n}`,
    });
    const steps = [
      { op: 'insert', list: 'timeline', item: item(1), before: 't2' },
      { op: 'insert', list: 'timeline', item: item(2), before: 't2' },
      { op: 'insert', list: 'timeline', item: item(3), before: null },
      { op: 'move', list: 'timeline', id: 't1', before: null },
      { op: 'move', list: 'timeline', id: 't3x', before: 't1x' },
    ] as const;
    for (const op of steps) ops.apply(id, A, batch(), [op]);
    const expected = applyOps(fullDocument(), steps);
    expect(repo.get(id).timeline.map((e) => e.id)).toEqual(expected.timeline.map((e) => e.id));
    expect(repo.get(id).timeline.map((e) => e.id)).toEqual(['t3x', 't1x', 't2x', 't2', 't3', 't1']);
  });

  it('keeps order when inserting before the same item a hundred times (positions renumbered)', () => {
    const { repo, ops, create } = opsSetup();
    const id = create(blankPostmortem());
    ops.apply(id, A, batch(), [
      { op: 'insert', list: 'workedWell', item: { id: 'end', text: 'end' }, before: null },
    ]);
    ops.apply(id, A, batch(), [
      { op: 'insert', list: 'workedWell', item: { id: 'w0', text: '0' }, before: 'end' },
    ]);
    for (let n = 1; n <= 100; n++) {
      ops.apply(id, A, batch(), [
        { op: 'insert', list: 'workedWell', item: { id: `w${n}`, text: `${n}` }, before: 'end' },
      ]);
    }
    expect(repo.get(id).workedWell.map((w) => w.text)).toEqual([
      ...Array.from({ length: 101 }, (_, n) => `${n}`),
      'end',
    ]);
  });

  it('deleting a timeline event deletes its pins; undo puts both back; no orphan rows', () => {
    const { repo, ops, create, db, orphans, pinsChanged } = opsSetup();
    const id = create(fullDocument());
    db.prepare(
      `INSERT INTO pins (id, postmortem_id, target_kind, target_id, kind, spec_json, caption, position,
         created_at, updated_at) VALUES ('pin1', ?, 'timeline', 't2', 'histogram', '{}', 'c', 0, 'now', 'now')`,
    ).run(id);
    ops.apply(id, A, batch(), [{ op: 'delete', list: 'timeline', id: 't2' }]);
    expect(db.prepare('SELECT count(*) AS n FROM pins').get()).toEqual({ n: 0 });
    expect(orphans()).toEqual([]);
    expect(pinsChanged).toEqual([id]);
    expect(ops.undo(id, A)).toMatchObject({ outcome: 'done' });
    expect(repo.get(id).timeline.map((e) => e.id)).toEqual(['t1', 't2', 't3']);
    expect(db.prepare('SELECT id, target_id FROM pins').all()).toEqual([
      { id: 'pin1', target_id: 't2' },
    ]);
    expect(orphans()).toEqual([]);
  });

  it('deleting a cause removes its links to actions; undo restores the cause and its links', () => {
    const { repo, ops, create } = opsSetup();
    const id = create(fullDocument());
    ops.apply(id, A, batch(), [{ op: 'delete', list: 'rootCauses', id: 'c2' }]);
    // Its action link and its node's root-cause flag (node k4) went with it.
    expect(repo.get(id).links.filter((l) => l.to === 'c2')).toEqual([]);
    expect(repo.get(id).links).toHaveLength(fullDocument().links.length - 2);
    ops.undo(id, A);
    expect(contentOf(repo.get(id))).toEqual(fullDocument());
  });

  it('typing into one field coalesces into one undo step, and undo then redo restore exactly', () => {
    const { repo, ops, create, clock } = opsSetup();
    const id = create(fullDocument());
    for (const text of ['T', 'Ty', 'Typ', 'Typed']) {
      ops.apply(id, A, batch(), [
        { op: 'set', list: 'doc', field: 'summary.whatHappened', value: text },
      ]);
      clock.set(new Date(clock.now().getTime() + 300).toISOString());
    }
    const typed = repo.get(id);
    expect(ops.undo(id, A)).toMatchObject({ outcome: 'done' });
    expect(contentOf(repo.get(id))).toEqual(fullDocument());
    expect(ops.undo(id, A)).toEqual({
      outcome: 'nothing',
      message: 'Nothing to undo in this window.',
      history: { undo: false, redo: true },
    });
    expect(ops.redo(id, A)).toMatchObject({ outcome: 'done' });
    expect(contentOf(repo.get(id))).toEqual(contentOf(typed));
  });

  it('undo reverts only this window’s operations, and says so when another window changed the same field', () => {
    const { repo, ops, create } = opsSetup();
    const id = create(fullDocument());
    ops.apply(id, A, batch(), [
      { op: 'set', list: 'doc', field: 'summary.detectedBy', value: 'A wrote' },
    ]);
    ops.apply(id, B, batch(), [
      { op: 'set', list: 'doc', field: 'summary.impactedWho', value: 'B wrote' },
    ]);
    expect(ops.undo(id, A)).toMatchObject({ outcome: 'done' });
    expect(repo.get(id).summary).toMatchObject({
      detectedBy: 'Support lead',
      impactedWho: 'B wrote',
    });

    ops.apply(id, A, batch(), [
      { op: 'set', list: 'actions', id: 'a1', field: 'owner', value: 'A owner' },
    ]);
    ops.apply(id, B, batch(), [
      { op: 'set', list: 'actions', id: 'a1', field: 'owner', value: 'B owner' },
    ]);
    const refused = ops.undo(id, A);
    expect(refused).toMatchObject({
      outcome: 'refused',
      message:
        'Not undone: the owner of an action was changed in another window since. Nothing was changed; press again for the step before.',
    });
    expect(repo.get(id).actions[0]!.owner).toBe('B owner');
  });

  it('the later write wins, and the window whose text it replaced is told, with its text', () => {
    const { ops, create, repo } = opsSetup();
    const id = create(fullDocument());
    ops.apply(id, A, batch(), [
      {
        op: 'set',
        list: 'doc',
        field: 'summary.whatHappened',
        value: 'A text',
        base: fullDocument().summary.whatHappened,
      },
    ]);
    // B had not seen A's text: its base is the old value.
    const reply = ops.apply(id, B, batch(), [
      {
        op: 'set',
        list: 'doc',
        field: 'summary.whatHappened',
        value: 'B text',
        base: fullDocument().summary.whatHappened,
      },
    ]);
    expect(reply.batch!.overwritten).toEqual([
      { windowId: A, path: 'summary.whatHappened', label: 'What happened', value: 'A text' },
    ]);
    expect(repo.get(id).summary.whatHappened).toBe('B text');
    // A later edit that had seen B's text replaces nobody's text unknowingly: no notice.
    const seen = ops.apply(id, A, batch(), [
      {
        op: 'set',
        list: 'doc',
        field: 'summary.whatHappened',
        value: 'B text, and more',
        base: 'B text',
      },
    ]);
    expect(seen.batch!.overwritten).toEqual([]);
  });

  it('an edit of an item deleted meanwhile is skipped and reported; the rest of the batch is stored', () => {
    const { ops, create, repo } = opsSetup();
    const id = create(fullDocument());
    ops.apply(id, B, batch(), [{ op: 'delete', list: 'actions', id: 'a1' }]);
    const reply = ops.apply(id, A, batch(), [
      { op: 'set', list: 'actions', id: 'a1', field: 'owner', value: 'lost?' },
      { op: 'set', list: 'actions', id: 'a2', field: 'owner', value: 'kept' },
    ]);
    expect(reply.skipped).toEqual([
      {
        op: { op: 'set', list: 'actions', id: 'a1', field: 'owner', value: 'lost?' },
        message: 'The action is no longer there.',
      },
    ]);
    expect(repo.get(id).actions.map((a) => a.owner)).toEqual(['kept']);
  });

  it('a batch sent twice (a lost reply) is stored once', () => {
    const { ops, create, repo } = opsSetup();
    const id = create(fullDocument());
    const op = {
      op: 'insert',
      list: 'workedWell',
      item: { id: 'w9', text: 'again' },
      before: null,
    } as const;
    const first = ops.apply(id, A, 'same-batch', [op]);
    const second = ops.apply(id, A, 'same-batch', [op]);
    expect(second.batch!.revision).toBe(first.batch!.revision);
    expect(repo.get(id).workedWell.filter((w) => w.id === 'w9')).toHaveLength(1);
  });

  it('refuses a batch that breaks a rule of the method, storing nothing of it', () => {
    const { ops, create, repo } = opsSetup();
    const id = create(fullDocument());
    expect(() =>
      ops.apply(id, A, batch(), [
        { op: 'set', list: 'actions', id: 'a1', field: 'owner', value: 'x' },
        { op: 'delete', list: 'diagnosis', id: 'data_drift' },
      ]),
    ).toThrow(/belongs to the method/);
    expect(contentOf(repo.get(id))).toEqual(fullDocument());
    expect(repo.get(id).revision).toBe(0);
  });
});
