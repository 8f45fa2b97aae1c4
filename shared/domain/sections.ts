import { diagnosisQuestionId, lessonPromptId } from './enums';

/**
 * The seven sections of the method in meeting order, with the guiding questions the editor shows
 * beside the fields and the meeting puts to the room (shared/meeting/guidance.ts reads them from
 * here: one wording). The wording is ours; the structure follows the method.
 */
export const SECTIONS = [
  {
    id: 'summary',
    number: 1,
    title: 'Incident summary',
    purpose: 'Say precisely what happened, when, and to whom.',
    questions: [
      'What happened, in one sentence with numbers?',
      'When did it start, when was it noticed, and when did it end?',
      'Who or what noticed it first: an alert, a customer, an audit?',
      'Who was affected, and how many people, requests or transactions?',
    ],
  },
  {
    id: 'purpose',
    number: 2,
    title: 'What the model was supposed to do',
    purpose: 'Tie the failure to what the business expected of the model.',
    questions: [
      'Which business decision does the model support, and what kind of task is it?',
      'Which indicators did we watch, and what targets had we set?',
      'Which errors had we agreed to tolerate, and at what rate?',
    ],
  },
  {
    id: 'diagnosis',
    number: 3,
    title: 'Diagnosis: what went wrong',
    purpose:
      'Work through each question with evidence; mark what was ruled out as well as what contributed.',
    // The six questions the document answers, in their one wording, then the question of evidence.
    questions: [
      ...diagnosisQuestionId.values.map((id) => diagnosisQuestionId.labels[id]),
      'Which logs, samples, confidence scores or distribution comparisons show it?',
    ],
  },
  {
    id: 'root_causes',
    number: 4,
    title: 'Root causes',
    purpose:
      'Name the conditions in the system that made the failure possible; there are usually several.',
    questions: [
      'Data: did a schema, a source or the rate of missing values change?',
      'Features: is anything computed differently in training and in serving?',
      'Model: did it generalise poorly, overfit, or run on stale weights?',
      'Deployment: could the wrong version ship, and could we roll back?',
      'Infrastructure: did timeouts or scaling play a part?',
      'Monitoring: which alert or metric was missing?',
      'Process: which test or review would have caught it before release?',
    ],
  },
  {
    id: 'worked_well',
    number: 5,
    title: 'What worked well',
    purpose: 'Name what helped, so that we keep doing it.',
    questions: [
      'What made detection fast, or faster than it could have been?',
      'Where did communication work well?',
      'Which logs, dashboards or alerts helped us understand?',
      'Did versioning or the model registry let us roll back?',
    ],
  },
  {
    id: 'actions',
    number: 6,
    title: 'Corrective actions',
    purpose:
      'Agree specific actions, each with one owner and a date, to be reviewed at follow-ups.',
    questions: [
      'Prevention: what stops bad data or a bad model reaching production?',
      'Detection: which alert would have fired early this time?',
      'Mitigation: how do we limit the damage and roll back faster next time?',
      'Process: which test or review do we add, and for which segments?',
      'Who owns each action, and by when is it done?',
    ],
  },
  {
    id: 'lessons',
    number: 7,
    title: 'Lessons learned',
    purpose: 'Write the case study so that nobody has to live it again. No finger-pointing.',
    questions: lessonPromptId.values.map((id) => lessonPromptId.labels[id]),
  },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * The timeline is not one of the seven sections but has its own part in the editor (after the
 * summary) and its own step in the meeting; both ask its questions in this one wording.
 */
export const TIMELINE_PART = {
  id: 'timeline',
  title: 'Timeline of events',
  purpose: 'The facts in order of time: what changed, who noticed, what was done.',
  questions: [
    'What changed first, and when?',
    'When was it detected, escalated, mitigated and resolved?',
    'Who was told, and when?',
  ],
} as const;
