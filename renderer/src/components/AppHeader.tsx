import { useDocumentSync, useSnapshot } from '../data/hooks';
import { useAppStore } from '../stores/store';
import type { Route } from '../stores/types';
import { UserText } from './UserText';
import { SaveStatus } from './SaveStatus';
import { ThemeToggle } from './ThemeToggle';

/** Where the header's back button leads from a screen, and its words; null for none. */
function backOf(route: Route): { label: string; to: Route } | null {
  if (route.name === 'editor' || route.name === 'board' || route.name === 'trends')
    return { label: 'Library', to: { name: 'library' } };
  // A follow-up review starts from the board (or a library row): without this the only way out
  // was to end the review, or the browser's Back, which the desktop app lacks.
  if (route.name === 'review') return { label: 'Actions board', to: { name: 'board' } };
  if (route.name === 'meeting') return { label: 'Document', to: { name: 'editor', id: route.id } };
  return null;
}

export function AppHeader() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const openId = route.name === 'editor' || route.name === 'meeting' ? route.id : null;
  const back = backOf(route);

  return (
    <header className="app-header">
      <div className="header-start">
        {back ? (
          <button type="button" className="button quiet small" onClick={() => navigate(back.to)}>
            <span aria-hidden="true" className="icon">
              ←
            </span>
            {back.label}
          </button>
        ) : null}
        <p className="app-name">Postmortem Studio</p>
        {openId !== null ? <OpenTitle id={openId} /> : null}
      </div>
      <div className="header-end">
        {openId !== null ? <DocumentControls id={openId} /> : null}
        {route.name === 'library' ? (
          <button
            type="button"
            className="button small"
            onClick={() => navigate({ name: 'board' })}
          >
            Actions board
          </button>
        ) : null}
        {route.name === 'library' ? (
          <button
            type="button"
            className="button small"
            onClick={() => navigate({ name: 'trends' })}
          >
            Trends
          </button>
        ) : null}
        {route.name === 'editor' ? (
          <button
            type="button"
            className="button small primary"
            onClick={() => navigate({ name: 'meeting', id: route.id })}
          >
            Run the meeting
          </button>
        ) : null}
        <ThemeToggle />
      </div>
    </header>
  );
}

function OpenTitle({ id }: { id: string }) {
  const title = useSnapshot((s) => s.doc?.title ?? null, useDocumentSync(id));
  if (title === null) return null;
  return (
    <p className="header-title" title={title}>
      <span className="visually-hidden">Open postmortem: </span>
      <UserText>{title}</UserText>
    </p>
  );
}

/** Saved state, undo and redo of the open postmortem: undo reverts only this window's edits. */
function DocumentControls({ id }: { id: string }) {
  const sync = useDocumentSync(id);
  const history = useSnapshot((s) => s.history, sync);
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const mod = mac ? '⌘' : 'Ctrl+';
  return (
    <>
      <SaveStatus sync={sync} />
      <div className="undo-redo" role="group" aria-label="History">
        <button
          type="button"
          className="button small"
          onClick={() => void sync.undo()}
          disabled={!history.undo}
          aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
          title={`Undo this window’s last change (${mod}Z)`}
        >
          <span aria-hidden="true" className="icon">
            ↶
          </span>
          Undo
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void sync.redo()}
          disabled={!history.redo}
          aria-keyshortcuts={mac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
          title={`Redo (${mod}Shift+Z)`}
        >
          <span aria-hidden="true" className="icon">
            ↷
          </span>
          Redo
        </button>
      </div>
    </>
  );
}
