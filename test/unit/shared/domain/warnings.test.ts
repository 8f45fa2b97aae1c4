import { describe, expect, it } from 'vitest';
import { blankPostmortem, documentWarnings } from '../../../../shared/domain';

describe('documentWarnings', () => {
  it('names the field to check, by the path the editor binds it to, without refusing anything', () => {
    const doc = blankPostmortem('Order check');
    doc.summary.startedAt = '2024-03-12T05:00:00.000Z';
    doc.summary.endedAt = '2024-03-12T02:00:00.000Z';
    doc.summary.detectedAt = '2024-03-12T04:00:00.000Z';
    doc.participants = [{ id: 'p1', name: ' ', team: '', role: 'scribe' }];
    expect(documentWarnings(doc)).toEqual([
      {
        path: 'summary.endedAt',
        message: 'The incident cannot end before it started: check the end instant.',
      },
      {
        path: 'summary.detectedAt',
        message: 'The incident cannot be detected before it started: check the detected instant.',
      },
      { path: 'participants#p1.name', message: 'A participant needs a name.' },
    ]);
    expect(documentWarnings(blankPostmortem())).toEqual([]);
  });
});
