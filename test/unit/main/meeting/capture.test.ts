import { describe, expect, it } from 'vitest';
import { CaptureInputSchema } from '../../../../shared/contract/meeting';
import { blankPostmortem } from '../../../../shared/domain';
import { withCapture } from '../../../../main/meeting/capture';

const context = (stepTitle: string | null = null) => {
  let n = 0;
  return { nowMs: Date.parse('2026-03-02T09:00:00Z'), newId: () => `id${++n}`, stepTitle };
};
const parse = (input: unknown) =>
  CaptureInputSchema.parse({ postmortemId: 'pm1', ...(input as object) });

describe('withCapture', () => {
  it('keeps captures at the same instant in the order they were made', () => {
    let doc = blankPostmortem();
    const ctx = context();
    for (const text of ['first', 'second', 'third']) {
      doc = withCapture(
        doc,
        parse({ kind: 'timeline', at: '2026-03-02T08:00:00Z', text }),
        ctx,
      ).content;
    }
    doc = withCapture(
      doc,
      parse({ kind: 'timeline', at: '2026-03-02T07:00:00Z', text: 'earlier' }),
      ctx,
    ).content;
    expect(doc.timeline.map((e) => e.text)).toEqual(['earlier', 'first', 'second', 'third']);
  });

  it('starts the notes with the first note and labels it only while a meeting runs', () => {
    const blank = blankPostmortem();
    const plain = withCapture(
      blank,
      parse({ kind: 'note', text: 'Before the meeting.' }),
      context(),
    );
    expect(plain.content.notes).toBe('Before the meeting.');
    expect(plain.itemId).toBeNull();
    const labelled = withCapture(
      plain.content,
      parse({ kind: 'note', text: 'Said.' }),
      context('Root causes'),
    );
    expect(labelled.content.notes).toBe('Before the meeting.\n\n[Root causes] Said.');
  });

  it('refuses a note that would make the notes too long, naming the field', () => {
    const doc = { ...blankPostmortem(), notes: 'x'.repeat(19_990) };
    expect(() =>
      withCapture(doc, parse({ kind: 'note', text: 'twenty characters!!' }), context()),
    ).toThrow(/Not captured: notes: The notes is at most 20000 characters/);
  });
});
