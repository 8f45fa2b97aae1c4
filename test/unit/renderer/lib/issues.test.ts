import { describe, expect, it } from 'vitest';
import { blankPostmortem, postmortemContentSchema } from '../../../../shared/domain';
import {
  fieldErrorsFromApi,
  fieldErrorsFromZod,
  firstMessage,
} from '../../../../renderer/src/lib/issues';

describe('field errors', () => {
  it('maps the back end paths of a save ("content.…") to the editor field paths', () => {
    const errors = fieldErrorsFromApi([
      { path: 'content.summary.endedAt', message: 'The incident cannot end before it started.' },
      { path: 'content.purpose.kpis.0.target', message: 'A KPI target must be a number.' },
      { path: 'baseRevision', message: 'Expected a number.' },
    ]);
    expect(errors).toEqual({
      'summary.endedAt': 'The incident cannot end before it started.',
      'purpose.kpis.0.target': 'A KPI target must be a number.',
      baseRevision: 'Expected a number.',
    });
    expect(firstMessage(errors)).toBe('The incident cannot end before it started.');
  });

  it('keeps the first message per field and tolerates a missing list', () => {
    expect(fieldErrorsFromApi(undefined)).toEqual({});
    expect(
      fieldErrorsFromApi([
        { path: 'content.title', message: 'first' },
        { path: 'content.title', message: 'second' },
      ]),
    ).toEqual({ title: 'first' });
  });

  it('names the same paths from the shared schema checked locally', () => {
    const doc = blankPostmortem('Order check');
    doc.summary.startedAt = '2024-03-12T05:00:00.000Z';
    doc.summary.endedAt = '2024-03-12T02:00:00.000Z';
    doc.participants = [{ id: 'p1', name: '', team: '', role: 'scribe' }];
    const result = postmortemContentSchema.safeParse(doc);
    expect(result.success).toBe(false);
    const errors = fieldErrorsFromZod(result.error!);
    expect(errors['summary.endedAt']).toMatch(/cannot end before it started/);
    expect(errors['participants.0.name']).toBe('A participant needs a name.');
  });
});
