import { MeetingView } from '../meeting';
import { useAppStore } from '../../stores/store';
import { EditorSection } from './EditorSection';
import { useEditorSession, useUndoShortcuts } from './use-editor-session';

/** The meeting mode: its own screen, with the editor's sections (and autosave) for each step. */
export function MeetingScreen({ id }: { id: string }) {
  useEditorSession(id);
  useUndoShortcuts();
  const ready = useAppStore((s) => s.history !== null && s.editorId === id);
  return (
    <MeetingView
      postmortemId={id}
      renderSection={(sectionId) =>
        ready ? <EditorSection sectionId={sectionId} /> : <p className="muted">Opening…</p>
      }
    />
  );
}
