import type { ReactNode } from 'react';
import { ActionsSection } from './sections/ActionsSection';
import { DiagnosisSection } from './sections/DiagnosisSection';
import { LessonsSection } from './sections/LessonsSection';
import { NotesSection } from './sections/NotesSection';
import { ParticipantsSection } from './sections/ParticipantsSection';
import { PurposeSection } from './sections/PurposeSection';
import { RootCausesSection } from './sections/RootCausesSection';
import { SummarySection } from './sections/SummarySection';
import { TimelineSection } from './sections/TimelineSection';
import { WorkedWellSection } from './sections/WorkedWellSection';

const BY_ID: Record<string, () => ReactNode> = {
  summary: () => <SummarySection />,
  timeline: () => <TimelineSection />,
  purpose: () => <PurposeSection />,
  diagnosis: () => <DiagnosisSection />,
  root_causes: () => <RootCausesSection />,
  worked_well: () => <WorkedWellSection />,
  actions: () => <ActionsSection />,
  lessons: () => <LessonsSection />,
  participants: () => <ParticipantsSection />,
  notes: () => <NotesSection />,
};

/** One part of the editor by its id (a SECTIONS id, 'timeline', 'participants' or 'notes'); null if unknown. */
export function EditorSection({ sectionId }: { sectionId: string }) {
  const render = BY_ID[sectionId];
  return render ? render() : null;
}
