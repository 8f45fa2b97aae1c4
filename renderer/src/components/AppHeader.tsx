import { useAppStore } from '../stores/store';
import { UserText } from './UserText';
import { SaveStatus } from './SaveStatus';
import { ThemeToggle } from './ThemeToggle';

export function AppHeader() {
  const route = useAppStore((s) => s.route);
  const title = useAppStore((s) => s.history?.present.title ?? null);
  const canUndo = useAppStore((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useAppStore((s) => (s.history?.future.length ?? 0) > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const navigate = useAppStore((s) => s.navigate);
  const inEditor = route.name === 'editor' || route.name === 'meeting';
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const mod = mac ? '⌘' : 'Ctrl+';

  return (
    <header className="app-header">
      <div className="header-start">
        {route.name === 'editor' ? (
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
        {inEditor && title !== null ? (
          <p className="header-title" title={title}>
            <span className="visually-hidden">Open postmortem: </span>
            <UserText>{title}</UserText>
          </p>
        ) : null}
      </div>
      <div className="header-end">
        {inEditor ? (
          <>
            <SaveStatus />
            <div className="undo-redo" role="group" aria-label="History">
              <button
                type="button"
                className="button small"
                onClick={undo}
                disabled={!canUndo}
                aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
                title={`Undo (${mod}Z)`}
              >
                <span aria-hidden="true" className="icon">
                  ↶
                </span>
                Undo
              </button>
              <button
                type="button"
                className="button small"
                onClick={redo}
                disabled={!canRedo}
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
