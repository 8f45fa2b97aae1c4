import { useAppStore } from '../../stores/store';

/**
 * Sends the open editor's pending edits of this postmortem and waits (at most `timeoutMs`) until
 * they are stored. A capture then writes on top of them, instead of making the editor's next
 * autosave conflict with the capture's new revision.
 */
export function settleEditorSave(postmortemId: string, timeoutMs = 3000): Promise<void> {
  const state = useAppStore.getState();
  if (state.editorId !== postmortemId) return Promise.resolve();
  const settled = () => {
    const { saveState } = useAppStore.getState();
    return saveState.kind === 'saved' || saveState.kind === 'failed';
  };
  if (settled()) return Promise.resolve();
  state.flushSave();
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = useAppStore.subscribe(() => {
      if (settled()) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}
