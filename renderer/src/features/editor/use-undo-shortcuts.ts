import { useEffect } from 'react';
import { useOpenDocument } from '../../data/hooks';

/**
 * Ctrl/Cmd+Z undoes this window's last change to the document, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it:
 * on the back end, which reverts only this window's operations.
 */
export function useUndoShortcuts() {
  const sync = useOpenDocument();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void sync.undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        void sync.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sync]);
}
