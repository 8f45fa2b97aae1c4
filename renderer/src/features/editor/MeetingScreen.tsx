import { MeetingView } from '../meeting';
import { useAppStore } from '../../stores/store';
import { EditorSection } from './EditorSection';
import { ShowGuideContext } from './guide-context';
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
        ready ? (
          // The step already puts these questions to the room, in larger type.
          <ShowGuideContext.Provider value={false}>
            <EditorSection sectionId={sectionId} />
          </ShowGuideContext.Provider>
        ) : (
          <p className="muted">Opening…</p>
        )
      }
    />
  );
}
