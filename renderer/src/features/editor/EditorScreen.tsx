import { useEffect, useRef } from 'react';
import { DocumentProvider, useDocValue, useSnapshot } from '../../data/hooks';
import { UserText } from '../../components/UserText';
import { useFocusWhenReady } from '../../lib/use-focus-when-ready';
import { useAppStore } from '../../stores/store';
import { DocumentHeader } from './DocumentHeader';
import { EditorSection } from './EditorSection';
import { EDITOR_PARTS } from './parts';
import { sectionDomId } from './SectionFrame';
import { SectionNav } from './SectionNav';
import { useUndoShortcuts } from './use-undo-shortcuts';

export function EditorScreen({ id }: { id: string }) {
  return (
    <DocumentProvider id={id}>
      <Editor />
    </DocumentProvider>
  );
}

function Editor() {
  useUndoShortcuts();
  const ready = useSnapshot((s) => s.doc !== null);
  const loadError = useSnapshot((s) => s.loadError);
  const navigate = useAppStore((s) => s.navigate);
  const main = useRef<HTMLElement>(null);
  const title = useDocValue<string | undefined>('title');
  useFocusWhenReady(ready, main);
  const section = useAppStore((s) => (s.route.name === 'editor' ? s.route.section : undefined));
  useEffect(() => {
    // Opened for one part (the board's link to an action's causes): its heading, in view and focused.
    if (!ready || !section) return;
    const heading = document.getElementById(`${sectionDomId(section)}-heading`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [ready, section]);

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
      <main
        className="editor-main"
        id="main"
        aria-label="Postmortem document"
        tabIndex={-1}
        ref={main}
      >
        {/* The page's one h1 for screen readers; the title itself is edited in the field below. */}
        <h1 className="visually-hidden">
          <UserText>{title ?? ''}</UserText>
        </h1>
        <DocumentHeader />
        {EDITOR_PARTS.map((part) => (
          <EditorSection key={part.id} sectionId={part.id} />
        ))}
      </main>
    </div>
  );
}
