import { useEffect } from 'react';
import { onEvent } from '../../api';
import { useAppStore } from '../../stores/store';

/**
 * Opens a postmortem in the editor store for as long as the component lives: saves on hide or
 * close, and reloads when another window stores a newer revision.
 */
export function useEditorSession(id: string) {
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

/** Ctrl/Cmd+Z undoes a document edit; Ctrl/Cmd+Shift+Z and Ctrl+Y redo it. */
export function useUndoShortcuts() {
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
