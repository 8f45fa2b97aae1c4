import { DocumentProvider, useSnapshot } from '../../data/hooks';
import { MeetingView } from '../meeting';
import { EditorSection } from './EditorSection';
import { ShowGuideContext } from './guide-context';
import { useUndoShortcuts } from './use-undo-shortcuts';

/** The meeting mode: its own screen, with the editor's sections (and their edits) for each step. */
export function MeetingScreen({ id }: { id: string }) {
  return (
    <DocumentProvider id={id}>
      <Meeting id={id} />
    </DocumentProvider>
  );
}

function Meeting({ id }: { id: string }) {
  useUndoShortcuts();
  const ready = useSnapshot((s) => s.doc !== null);
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
