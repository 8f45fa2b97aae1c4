import type { DocumentSync } from '../data/document-sync';
import { fieldId, useSnapshot } from '../data/hooks';

/** The field a refused value sits in: by its path, else the first control marked invalid. */
function showRefused(path: string | undefined): void {
  const byPath = path ? document.getElementById(fieldId(path)) : null;
  const field = byPath ?? document.querySelector<HTMLElement>('#main [aria-invalid="true"]');
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}

/** The quiet saved state; polite live region so a screen reader hears failures without being nagged. */
export function SaveStatus({ sync }: { sync: DocumentSync }) {
  const saveState = useSnapshot((s) => s.status, sync);
  // A value a field refuses (too long, out of order) is shown but never sent: until it is
  // fixed, the header must not say "Saved", or a reload would lose it by surprise.
  const refused = Object.keys(useSnapshot((s) => s.invalid, sync));
  const flushSave = () => void sync.flush();
  let text: string;
  let icon: string;
  let kind: string = saveState.kind;
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
  if (refused.length > 0 && saveState.kind !== 'failed') {
    kind = 'failed';
    icon = '⚠';
    text =
      refused.length === 1
        ? 'Not saved: a field needs fixing'
        : `Not saved: ${refused.length} fields need fixing`;
  }
  return (
    <div className={`save-status save-${kind}`}>
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
      ) : refused.length > 0 ? (
        <button
          type="button"
          className="button small quiet"
          onClick={() => showRefused(refused[0])}
        >
          Show the field
        </button>
      ) : null}
    </div>
  );
}
