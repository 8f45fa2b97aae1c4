import { describe, expect, it } from 'vitest';
import { CaptureInputSchema } from '../../../../shared/contract/meeting';
import { applyOp } from '../../../../shared/doc/apply';
import { blankPostmortem } from '../../../../shared/domain';
import { captureOp } from '../../../../main/meeting/capture';

const context = (stepTitle: string | null = null) => {
  let n = 0;
  return { nowMs: Date.parse('2026-03-02T09:00:00Z'), newId: () => `id${++n}`, stepTitle };
};
const parse = (input: unknown) =>
  CaptureInputSchema.parse({ postmortemId: 'pm1', windowId: 'w1', ...(input as object) });

describe('captureOp', () => {
  it('keeps captures at the same instant in the order they were made', () => {
    let doc = blankPostmortem();
    const ctx = context();
    for (const text of ['first', 'second', 'third']) {
      doc = applyOp(
        doc,
        captureOp(doc, parse({ kind: 'timeline', at: '2026-03-02T08:00:00Z', text }), ctx).op,
      );
    }
    doc = applyOp(
      doc,
      captureOp(doc, parse({ kind: 'timeline', at: '2026-03-02T07:00:00Z', text: 'earlier' }), ctx)
        .op,
    );
    expect(doc.timeline.map((e) => e.text)).toEqual(['earlier', 'first', 'second', 'third']);
  });

  it('makes a note an item of its own, naming the step only while a meeting runs', () => {
    const blank = blankPostmortem();
    const plain = captureOp(blank, parse({ kind: 'note', text: 'Before the meeting.' }), context());
    expect(plain.op).toEqual({
      op: 'insert',
      list: 'notes',
      item: {
        id: 'id1',
        text: 'Before the meeting.',
        step: '',
        createdAt: '2026-03-02T09:00:00.000Z',
      },
      before: null,
    });
    const labelled = captureOp(
      blank,
      parse({ kind: 'note', text: 'Said.' }),
      context('Root causes'),
    );
    expect(labelled.op).toMatchObject({ item: { text: 'Said.', step: 'Root causes' } });
  });

  it('adds an open action without a template hint, at the end', () => {
    const { op, itemId } = captureOp(
      blankPostmortem(),
      parse({ kind: 'action', description: 'Alert.' }),
      context(),
    );
    expect(op).toEqual({
      op: 'insert',
      list: 'actions',
      item: {
        id: itemId,
        area: 'prevention',
        description: 'Alert.',
        owner: '',
        dueDate: null,
        status: 'open',
        reviewDate: null,
        hint: '',
      },
      before: null,
    });
  });
});
