/**
 * The seven sections of the method in meeting order, with the guiding questions the editor and the
 * meeting show beside the fields. The wording is ours; the structure follows the method.
 */
export const SECTIONS = [
  {
    id: 'summary',
    number: 1,
    title: 'Incident summary',
    purpose: 'Say precisely what happened, when, and to whom.',
    questions: [
      'What happened, in one or two sentences a reader outside the team understands?',
      'When did it start, when did it end, and when did we notice?',
      'Who or what noticed first, and through which channel?',
      'Who was affected, and how many (customers, transactions, requests)?',
    ],
  },
  {
    id: 'purpose',
    number: 2,
    title: 'What the model was supposed to do',
    purpose: 'Tie the failure to what the business expected of the model.',
    questions: [
      'Which business objective does the model serve, and what kind of task is it?',
      'Which KPIs measure success, and what are their targets?',
      'Which risks had we accepted (for example a false-positive tolerance)?',
    ],
  },
  {
    id: 'diagnosis',
    number: 3,
    title: 'Diagnosis: what went wrong',
    purpose:
      'Work through each question with evidence; mark what was ruled out as well as what contributed.',
    questions: [
      'What does the evidence show when we compare a normal window with the incident window?',
      'Which of the six usual suspects can we rule out, and on what evidence?',
    ],
  },
  {
    id: 'root_causes',
    number: 4,
    title: 'Root causes',
    purpose:
      'Name the conditions in the system that made the failure possible; there are usually several.',
    questions: [
      'How did our system set this up to fail?',
      'In which layer does each cause sit: data, features, model, deployment, infrastructure, monitoring, process?',
    ],
  },
  {
    id: 'worked_well',
    number: 5,
    title: 'What worked well',
    purpose: 'Name what helped, so that we keep doing it.',
    questions: [
      'Was detection fast? Was communication clear?',
      'Which logs, dashboards or alerts helped?',
      'Did versioning or a model registry make a rollback possible?',
    ],
  },
  {
    id: 'actions',
    number: 6,
    title: 'Corrective actions',
    purpose:
      'Agree specific actions, each with one owner and a date, to be reviewed at follow-ups.',
    questions: [
      'What would prevent this, detect it sooner, or limit the damage next time?',
      'Who owns each action, and by when?',
      'When do we review progress?',
    ],
  },
  {
    id: 'lessons',
    number: 7,
    title: 'Lessons learned',
    purpose: 'Write the case study so that nobody has to live it again. No finger-pointing.',
    questions: [
      'Which assumption turned out to be wrong?',
      'What did we not test for?',
      'Where did we miss weak signals?',
      'Which team, process or tool failed silently?',
    ],
  },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The principles the facilitator holds the room to, in our words. */
export const BLAMELESS_PRINCIPLES = [
  'We look at the system, not at a person: ask how the system set this up to fail.',
  'Everyone acted with good intent on the information they had at the time.',
  'Engineering, data, product and operations look at it together.',
  'We write down everything, including what we are unsure of.',
  'We share what we learn beyond our team: models affect more than ML teams.',
] as const;
