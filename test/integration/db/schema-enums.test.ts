import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionArea,
  actionStatus,
  blankPostmortem,
  diagnosisQuestionId,
  diagnosisStatus,
  discoveryChannel,
  documentStatus,
  lessonPromptId,
  participantRole,
  rootCauseLayer,
  severity,
  taskType,
  timelineKind,
  type PostmortemContent,
} from '../../../shared/domain';
import { openWritable } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { contentOf } from '../../../main/postmortems/rows';
import { tempDir } from './temp';

// The migrations spell out the enum lists in CHECK constraints; adding a value to shared/domain
// without a migration that widens the CHECK makes this test fail instead of a user's save.
describe('the schema accepts every value of every domain enum', () => {
  const db = () => {
    const handle = openWritable(path.join(tempDir(), 'documents.sqlite'));
    migrate(handle);
    return new PostmortemRepository(handle);
  };

  const cases: [
    string,
    readonly string[],
    (doc: PostmortemContent, v: string) => PostmortemContent,
  ][] = [
    [
      'severity',
      severity.values,
      (d, v) => ({ ...d, summary: { ...d.summary, severity: v as never } }),
    ],
    ['document status', documentStatus.values, (d, v) => ({ ...d, status: v as never })],
    [
      'discovery',
      discoveryChannel.values,
      (d, v) => ({ ...d, summary: { ...d.summary, discovery: v as never } }),
    ],
    [
      'task type',
      taskType.values,
      (d, v) => ({ ...d, purpose: { ...d.purpose, taskType: v as never } }),
    ],
    [
      'diagnosis status',
      diagnosisStatus.values,
      (d, v) => ({
        ...d,
        diagnosis: d.diagnosis.map((a) => ({ ...a, status: v as never })),
      }),
    ],
    [
      'root-cause layer',
      rootCauseLayer.values,
      (d, v) => ({
        ...d,
        rootCauses: [{ id: 'c', layer: v as never, description: '', hint: '' }],
      }),
    ],
    [
      'action area and status',
      actionArea.values.flatMap((a) => actionStatus.values.map((s) => `${a}|${s}`)),
      (d, v) => ({
        ...d,
        actions: [
          {
            id: 'a',
            area: v.split('|')[0] as never,
            status: v.split('|')[1] as never,
            description: '',
            owner: '',
            dueDate: null,
            reviewDate: null,
            hint: '',
          },
        ],
      }),
    ],
    [
      'timeline kind',
      timelineKind.values,
      (d, v) => ({
        ...d,
        timeline: [{ id: 't', at: '2024-01-01T00:00:00.000Z', kind: v as never, text: '' }],
      }),
    ],
    [
      'participant role',
      participantRole.values,
      (d, v) => ({
        ...d,
        participants: [{ id: 'p', name: 'N', team: '', role: v as never }],
      }),
    ],
  ];

  it.each(cases)('%s', (_name, values, apply) => {
    const repo = db();
    for (const value of values) {
      const content = apply(blankPostmortem('Enum check'), value);
      expect(contentOf(repo.create(content))).toStrictEqual(content);
    }
  });

  it('diagnosis questions and lesson prompts (the blank document holds them all)', () => {
    const blank = blankPostmortem();
    expect(blank.diagnosis.map((a) => a.question)).toEqual([...diagnosisQuestionId.values]);
    expect(blank.lessons.map((l) => l.prompt)).toEqual([...lessonPromptId.values]);
    expect(contentOf(db().create(blank))).toStrictEqual(blank);
  });
});
