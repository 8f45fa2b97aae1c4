import { DocumentProvider, useSnapshot } from '../../data/hooks';
import { useCallback } from 'react';
import { nodeScreenKey } from '../../../../shared/analysis/screen';
import { screenOf } from '../../../../shared/meeting';
import { NodeSelectionContext } from '../analysis';
import { MeetingView, useMeetingStore } from '../meeting';
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
  // The cause the facilitator selects in the root-cause step is highlighted on the shared screen.
  const follow = useCallback(
    (nodeId: string | null) => {
      const record = useMeetingStore.getState().records[id];
      const step = record?.state.agenda[record.state.currentStepIndex];
      if (!record || step?.id !== 'root_causes' || nodeId === null) return;
      const view = screenOf(record.screens, 'root_causes');
      const key = nodeScreenKey(nodeId);
      if (view.focus === key || view.evidence) return;
      void useMeetingStore
        .getState()
        .screen(id, { type: 'focus', stepId: 'root_causes', key }, { quiet: true });
    },
    [id],
  );
  return (
    <NodeSelectionContext.Provider value={follow}>
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
    </NodeSelectionContext.Provider>
  );
}
