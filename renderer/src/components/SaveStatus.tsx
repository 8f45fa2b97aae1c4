import type { DocumentSync } from '../data/document-sync';
import { useSnapshot } from '../data/hooks';

/** The quiet saved state; polite live region so a screen reader hears failures without being nagged. */
export function SaveStatus({ sync }: { sync: DocumentSync }) {
  const saveState = useSnapshot((s) => s.status, sync);
  const flushSave = () => void sync.flush();
  let text: string;
  let icon: string;
  switch (saveState.kind) {
    case 'saved':
      text = 'Saved';
      icon = '✓';
      break;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      icon = '↻';
      break;
    case 'failed':
      text = `Not saved: ${saveState.reason}`;
      icon = '⚠';
      break;
  }
  return (
    <div className={`save-status save-${saveState.kind}`}>
      <p role="status" aria-live="polite" aria-atomic="true" data-testid="save-status">
        <span aria-hidden="true" className="save-icon">
          {icon}
        </span>{' '}
        {text}
      </p>
      {saveState.kind === 'failed' ? (
        <button type="button" className="button small quiet" onClick={flushSave}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
