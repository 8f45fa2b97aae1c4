import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../main/postmortems/rows';
import { applyOps, findItem, getAt, type DocState } from '../../../shared/doc/apply';
import type { AppliedBatch } from '../../../shared/doc/batch';
import { keysOf } from '../../../shared/doc/inverse';
import type { Op } from '../../../shared/doc/ops';
import { DOC_FIELDS, LISTS } from '../../../shared/doc/registry';
import { intentArb, resolve, seedState, type Intent } from '../../unit/shared/doc/arbitraries';
import { opsSetup } from './ops-setup';

const WINDOWS = ['window-a', 'window-b'] as const;

type Step =
  | { kind: 'edit'; window: 0 | 1; intent: Intent }
  | { kind: 'sync'; window: 0 | 1 }
  | { kind: 'undo'; window: 0 | 1; redo: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      window: fc.constantFrom(0 as const, 1 as const),
      intent: intentArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      window: fc.constantFrom(0 as const, 1 as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('undo' as const),
      window: fc.constantFrom(0 as const, 1 as const),
      redo: fc.boolean(),
    }),
  },
);

const isText = (op: Op) =>
  op.op === 'set' &&
  (op.list === 'doc'
    ? DOC_FIELDS[op.field].text
    : (LISTS[op.list].fields as Record<string, { text: boolean }>)[op.field]!.text);

function valueAt(state: DocState, op: Extract<Op, { op: 'set' }>): unknown {
  return op.list === 'doc' ? getAt(state, op.field) : findItem(state, op.list, op.id)?.[op.field];
}

/** What a window shows: the batches it knows, applied in revision order while they are contiguous. */
function view(start: DocState, known: Map<number, AppliedBatch>): DocState {
  let state = start;
  for (let revision = 1; known.has(revision); revision++)
    state = applyOps(state, known.get(revision)!.ops);
  return state;
}

describe('two windows editing one postmortem', () => {
  it('every acknowledged text edit ends present, built upon, superseded by its author, or reported to its author', () => {
    const { create, ops, repo, orphans } = opsSetup();
    let batchNo = 0;
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const id = create(seedState());
        const known = [new Map<number, AppliedBatch>(), new Map<number, AppliedBatch>()];
        const all = new Map<number, AppliedBatch>();
        const record = (batch: AppliedBatch, window: 0 | 1) => {
          all.set(batch.revision, batch);
          known[window]!.set(batch.revision, batch);
        };
        for (const step of steps) {
          const w = step.window;
          if (step.kind === 'sync') {
            for (const [revision, batch] of all) known[w]!.set(revision, batch);
          } else if (step.kind === 'edit') {
            const shown = view(seedState(), known[w]!);
            let op = resolve(shown, step.intent);
            if (op.op === 'set') op = { ...op, base: valueAt(shown, op) as string };
            try {
              const reply = ops.apply(id, WINDOWS[w], `b${++batchNo}`, [op]);
              if (reply.batch) record(reply.batch, w);
            } catch {
              // A refused batch (a taken id, a full list) stores nothing and is reported as an error.
            }
          } else {
            const before = contentOf(repo.get(id));
            const undone = ops.undo(id, WINDOWS[w]);
            if (undone.outcome !== 'done') continue;
            record(undone.batch, w);
            // Undo never changes a field that the other window wrote last.
            for (const op of undone.batch.ops.filter((o) => o.op === 'set')) {
              for (const key of keysOf(op)) {
                const last = [...all.values()]
                  .filter(
                    (b) =>
                      b.revision < undone.batch.revision &&
                      b.ops.some((o) =>
                        keysOf(o).some(
                          (k) => k === key || k.startsWith(`${key}.`) || key.startsWith(`${k}.`),
                        ),
                      ),
                  )
                  .at(-1);
                if (last) expect(last.windowId).toBe(WINDOWS[w]);
              }
            }
            if (step.redo) {
              const redone = ops.redo(id, WINDOWS[w]);
              expect(redone.outcome).toBe('done');
              if (redone.outcome === 'done') record(redone.batch, w);
              expect(contentOf(repo.get(id))).toEqual(before);
            }
          }
        }

        // The stored document is exactly the batches applied in order, as every window computes it.
        const final = contentOf(repo.get(id));
        expect(final).toEqual(view(seedState(), all));
        expect(orphans()).toEqual([]);

        const batches = [...all.values()].sort((a, b) => a.revision - b.revision);
        batches.forEach((batch, index) => {
          if (batch.kind !== 'do') return;
          for (const op of batch.ops) {
            if (op.op !== 'set' || !isText(op)) continue;
            const key = keysOf(op)[0]!;
            const later = batches.slice(index + 1);
            const present = valueAt(final, op) === op.value;
            const gone = op.list !== 'doc' && !findItem(final, op.list, op.id);
            const next = later.find((b) => b.ops.some((o) => keysOf(o).includes(key)));
            const nextOp = next?.ops.find((o) => keysOf(o).includes(key));
            const builtOn =
              nextOp?.op === 'set' &&
              (nextOp.base === op.value || next!.windowId === batch.windowId);
            const undoneByAuthor = next?.kind === 'undo' && next.windowId === batch.windowId;
            const reported = next?.overwritten.some(
              (o) => o.windowId === batch.windowId && o.value === op.value,
            );
            expect(
              present || gone || builtOn || undoneByAuthor || reported || op.value === '',
            ).toBe(true);
          }
        });
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 120) },
    );
  }, 120_000);
});
