import { SECTIONS, TIMELINE_PART, type SectionId } from '../domain/sections';
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

/** A section step asks what the editor asks beside that section's fields. */
function fromSection(id: SectionId): StepGuidance {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`No section "${id}" in SECTIONS.`);
  return { aim: section.purpose, questions: section.questions };
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
  summary: fromSection('summary'),
  timeline: { aim: TIMELINE_PART.purpose, questions: TIMELINE_PART.questions },
  purpose: fromSection('purpose'),
  diagnosis: fromSection('diagnosis'),
  root_causes: fromSection('root_causes'),
  worked_well: fromSection('worked_well'),
  actions: fromSection('actions'),
  lessons: fromSection('lessons'),
  recap: {
    aim: 'Close with the story, the actions and the next follow-up, agreed by the room.',
    questions: [
      'Does the summary still match what we now know?',
      'Does every action have an owner and a date?',
      'When is the first follow-up, and who will share the report?',
    ],
  },
};
