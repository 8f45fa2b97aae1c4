import type { StepId } from './types';

/** Read aloud at the opening; the facilitator holds the room to them. */
export const GROUND_RULES: readonly string[] = [
  'We are here to understand how our system let this happen, not to find someone to blame.',
  'Everyone acted in good faith with what they knew at the time; we ask what they saw, not why they failed.',
  'Engineering, data, product and operations each saw part of the story: every view is needed.',
  'We say what we know and how we know it, and we mark what is still a guess.',
  'We write everything down openly; the notes will be shared beyond this room.',
  'What we learn belongs to the whole organisation, because the model affects more than our team.',
];

export interface StepGuidance {
  /** One sentence saying what the step is for. */
  aim: string;
  /** Questions the facilitator puts to the room, in order. */
  questions: readonly string[];
}

export const STEP_GUIDANCE: Record<StepId, StepGuidance> = {
  ground_rules: {
    aim: 'Set the tone: a blameless, shared look at how the system behaved.',
    questions: [
      'Does everyone agree to the ground rules?',
      'Is someone missing whose view we need (data, product, operations)?',
      'Who is taking notes, and where will they be shared?',
    ],
  },
  summary: {
    aim: 'Agree on the facts of the incident in a few precise sentences.',
    questions: [
      'What happened, in one sentence with numbers?',
      'When did it start, when was it noticed, and when did it end?',
      'Who or what noticed it first: an alert, a customer, an audit?',
      'Who was affected, and how many people, requests or transactions?',
    ],
  },
  purpose: {
    aim: 'Recall what the model was meant to achieve, so the failure is measured against it.',
    questions: [
      'Which business decision does the model support, and what kind of task is it?',
      'Which indicators did we watch, and what targets had we set?',
      'Which errors had we agreed to tolerate, and at what rate?',
    ],
  },
  diagnosis: {
    aim: 'Work out what went wrong, one hypothesis at a time, each backed by evidence.',
    questions: [
      'Did the production inputs drift away from what the model was trained on?',
      'Were inputs missing, malformed or arriving in a new format?',
      'Were any features or business rules out of date?',
      'Were the labels inconsistent or wrong?',
      'Was a different model version deployed without anyone noticing?',
      'Why did monitoring not catch this sooner?',
      'Which logs, samples, confidence scores or distribution comparisons show it?',
    ],
  },
  root_causes: {
    aim: 'Name the conditions that made the failure possible, usually several, each in its layer.',
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
  worked_well: {
    aim: 'Keep what helped, so the next response is at least as good.',
    questions: [
      'What made detection fast, or faster than it could have been?',
      'Where did communication work well?',
      'Which logs, dashboards or alerts helped us understand?',
      'Did versioning or the model registry let us roll back?',
    ],
  },
  actions: {
    aim: 'Agree specific changes, each with an owner and a deadline.',
    questions: [
      'Prevention: what stops bad data or a bad model reaching production?',
      'Detection: which alert would have fired early this time?',
      'Mitigation: how do we limit the damage and roll back faster next time?',
      'Process: which test or review do we add, and for which segments?',
      'Who owns each action, and by when is it done?',
    ],
  },
  lessons: {
    aim: 'Turn the incident into a lesson others can reuse, without pointing at anyone.',
    questions: [
      'Which of our assumptions turned out to be false?',
      'What did we never test for?',
      'Which weak signals did we see and set aside?',
      'Which team, process or tool failed without telling anyone?',
    ],
  },
  recap: {
    aim: 'Close with the story, the actions and the next follow-up, agreed by the room.',
    questions: [
      'Does the summary still match what we now know?',
      'Does every action have an owner and a date?',
      'When is the first follow-up, and who will share the report?',
    ],
  },
};
