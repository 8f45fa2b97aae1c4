import { describe, expect, it } from 'vitest';
import { blankPostmortem } from '../../../../shared/domain';
import { completionLabel, completionOf } from '../../../../renderer/src/lib/completion';

describe('completion hints', () => {
  it('reports a blank document as not started everywhere', () => {
    const doc = blankPostmortem();
    for (const part of ['summary', 'purpose', 'diagnosis', 'lessons', 'timeline'] as const) {
      expect(completionLabel(completionOf(doc, part))).toBe('Not started');
    }
  });

  it('counts examined diagnosis questions and answered lessons', () => {
    const doc = blankPostmortem();
    doc.diagnosis[0]!.status = 'ruled_out';
    doc.diagnosis[3]!.status = 'contributed';
    expect(completionOf(doc, 'diagnosis')).toEqual({ done: 2, total: 6 });
    expect(completionLabel(completionOf(doc, 'diagnosis'))).toBe('2 of 6');
    doc.lessons.forEach((l) => (l.answer = 'We assumed the schema was fixed.'));
    expect(completionLabel(completionOf(doc, 'lessons'))).toBe('Complete');
  });

  it('wants every corrective action to have an owner and a due date', () => {
    const doc = blankPostmortem();
    doc.actions = [
      {
        id: 'a1',
        area: 'prevention',
        description: 'Validate inputs',
        owner: '',
        dueDate: null,
        status: 'open',
        reviewDate: null,
        hint: '',
      },
    ];
    expect(completionOf(doc, 'actions')).toEqual({ done: 1, total: 2 });
    doc.actions[0]!.owner = 'Data platform';
    doc.actions[0]!.dueDate = '2024-04-30';
    expect(completionOf(doc, 'actions')).toEqual({ done: 2, total: 2 });
  });
});
