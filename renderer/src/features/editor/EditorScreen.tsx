import { useAppStore } from '../../stores/store';
import { DocumentHeader } from './DocumentHeader';
import { SectionNav } from './SectionNav';
import { useEditorSession, useUndoShortcuts } from './use-editor-session';
import { ActionsSection } from './sections/ActionsSection';
import { DiagnosisSection } from './sections/DiagnosisSection';
import { LessonsSection } from './sections/LessonsSection';
import { ParticipantsSection } from './sections/ParticipantsSection';
import { PurposeSection } from './sections/PurposeSection';
import { RootCausesSection } from './sections/RootCausesSection';
import { SummarySection } from './sections/SummarySection';
import { TimelineSection } from './sections/TimelineSection';
import { WorkedWellSection } from './sections/WorkedWellSection';

export function EditorScreen({ id }: { id: string }) {
  useEditorSession(id);
  useUndoShortcuts();
  const ready = useAppStore((s) => s.history !== null && s.editorId === id);
  const loadError = useAppStore((s) => s.loadError);
  const navigate = useAppStore((s) => s.navigate);

  if (loadError) {
    return (
      <main className="screen narrow" id="main">
        <h1>This postmortem could not be opened</h1>
        <p className="error-text">{loadError}</p>
        <button type="button" className="button" onClick={() => navigate({ name: 'library' })}>
          Back to the library
        </button>
      </main>
    );
  }
  if (!ready) {
    return (
      <main className="screen narrow" id="main" aria-busy="true">
        <p className="muted">Opening the postmortem…</p>
      </main>
    );
  }
  return (
    <div className="editor-layout">
      <SectionNav />
      <main className="editor-main" id="main" aria-label="Postmortem document">
        <DocumentHeader />
        <SummarySection />
        <TimelineSection />
        <PurposeSection />
        <DiagnosisSection />
        <RootCausesSection />
        <WorkedWellSection />
        <ActionsSection />
        <LessonsSection />
        <ParticipantsSection />
      </main>
    </div>
  );
}
