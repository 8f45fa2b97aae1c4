import { useEffect } from 'react';
import { onEvent } from '../../api';
import { useAppStore } from '../../stores/store';
import { DocumentHeader } from './DocumentHeader';
import { SectionNav } from './SectionNav';
import { ActionsSection } from './sections/ActionsSection';
import { DiagnosisSection } from './sections/DiagnosisSection';
import { LessonsSection } from './sections/LessonsSection';
import { ParticipantsSection } from './sections/ParticipantsSection';
import { PurposeSection } from './sections/PurposeSection';
import { RootCausesSection } from './sections/RootCausesSection';
import { SummarySection } from './sections/SummarySection';
import { TimelineSection } from './sections/TimelineSection';
import { WorkedWellSection } from './sections/WorkedWellSection';

function useEditorLifecycle(id: string) {
  const openEditor = useAppStore((s) => s.openEditor);
  const closeEditor = useAppStore((s) => s.closeEditor);
  const flushSave = useAppStore((s) => s.flushSave);
  const noticeStoredRevision = useAppStore((s) => s.noticeStoredRevision);

  useEffect(() => {
    void openEditor(id);
    return () => closeEditor();
  }, [id, openEditor, closeEditor]);

  useEffect(() => {
    // The draft is already in localStorage; this sends it now rather than after the debounce.
    const onHide = () => flushSave();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushSave();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flushSave]);

  useEffect(
    () =>
      onEvent('postmortem.changed', ({ id: changed, revision }) =>
        noticeStoredRevision(changed, revision),
      ),
    [noticeStoredRevision],
  );
}

function useUndoShortcuts() {
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}

export function EditorScreen({ id }: { id: string }) {
  useEditorLifecycle(id);
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
