import { useDocumentSync, useSnapshot } from '../data/hooks';
import { useAppStore } from '../stores/store';
import { UserText } from './UserText';
import { SaveStatus } from './SaveStatus';
import { ThemeToggle } from './ThemeToggle';

export function AppHeader() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const openId = route.name === 'editor' || route.name === 'meeting' ? route.id : null;

  return (
    <header className="app-header">
      <div className="header-start">
        {route.name === 'editor' || route.name === 'board' || route.name === 'trends' ? (
          <button
            type="button"
            className="button quiet small"
            onClick={() => navigate({ name: 'library' })}
          >
            <span aria-hidden="true" className="icon">
              ←
            </span>
            Library
          </button>
        ) : null}
        {route.name === 'review' ? (
          // A follow-up review starts from the board (or a library row): without this the
          // only way out was to end the review, or the browser's Back, which the desktop app lacks.
          <button
            type="button"
            className="button quiet small"
            onClick={() => navigate({ name: 'board' })}
          >
            <span aria-hidden="true" className="icon">
              ←
            </span>
            Actions board
          </button>
        ) : null}
        {route.name === 'meeting' ? (
          <button
            type="button"
            className="button quiet small"
            onClick={() => navigate({ name: 'editor', id: route.id })}
          >
            <span aria-hidden="true" className="icon">
              ←
            </span>
            Document
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
