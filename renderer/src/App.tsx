import { useEffect } from 'react';
import { getApi, onEvent } from './api';
import { AppHeader } from './components/AppHeader';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ScreenFailed } from './components/ScreenFailed';
import { Toasts } from './components/Toasts';
import { DamagedScreen } from './features/damaged/DamagedScreen';
import { EditorScreen } from './features/editor/EditorScreen';
import { MeetingScreen } from './features/editor/MeetingScreen';
import { BoardScreen } from './features/board/BoardScreen';
import { TrendsScreen } from './features/trends/TrendsScreen';
import { LibraryScreen } from './features/library/LibraryScreen';
import { PresenterView } from './features/meeting';
import { ReviewPresenter } from './features/review/ReviewPresenter';
import { ReviewView } from './features/review/ReviewView';
import { routeFromHash } from './stores/route-slice';
import { useAppStore } from './stores/store';

function useStartup() {
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    getApi()
      ['app.info']({})
      .then((info) =>
        navigate(
          info.health.state !== 'ok'
            ? { name: 'damaged', info }
            : routeFromHash(window.location.hash),
        ),
      )
      // Without app.info the library still tries, and shows the back end's own error if it fails.
      .catch(() => navigate(routeFromHash(window.location.hash)));
    const onHashChange = () => {
      if (useAppStore.getState().route.name === 'damaged') return;
      const next = routeFromHash(window.location.hash);
      const current = useAppStore.getState().route;
      const same =
        next.name === current.name &&
        (!('id' in next) || ('id' in current && current.id === next.id));
      if (!same) navigate(next);
    };
    window.addEventListener('hashchange', onHashChange);
    // The presenter window follows the meeting only; the menu's commands are for the facilitator.
    const stopOpen = onEvent('app.openPostmortem', ({ id }) => {
      const current = useAppStore.getState().route.name;
      if (current !== 'present' && current !== 'review-present' && current !== 'damaged')
        navigate({ name: 'editor', id });
    });
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      stopOpen();
    };
  }, [navigate]);
}

export function App() {
  useStartup();
  const route = useAppStore((s) => s.route);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {route.name === 'present' || route.name === 'review-present' ? null : <AppHeader />}
      {/* A screen that throws shows why, under the header; another route renders anew. */}
      <ErrorBoundary
        resetKey={'id' in route ? `${route.name}/${route.id}` : route.name}
        fallback={(error, retry) => <ScreenFailed error={error} retry={retry} />}
      >
        {route.name === 'loading' ? (
          <main className="screen narrow" id="main" aria-busy="true">
            <p className="muted">Starting…</p>
          </main>
        ) : null}
        {route.name === 'library' ? <LibraryScreen /> : null}
        {route.name === 'board' ? <BoardScreen /> : null}
        {route.name === 'trends' ? <TrendsScreen /> : null}
        {route.name === 'editor' ? <EditorScreen key={route.id} id={route.id} /> : null}
        {route.name === 'meeting' ? <MeetingScreen key={route.id} id={route.id} /> : null}
        {route.name === 'present' ? <PresenterView key={route.id} postmortemId={route.id} /> : null}
        {route.name === 'review' ? <ReviewView key={route.id} reviewId={route.id} /> : null}
        {route.name === 'review-present' ? (
          <ReviewPresenter key={route.id} reviewId={route.id} />
        ) : null}
        {route.name === 'damaged' ? <DamagedScreen info={route.info} /> : null}
      </ErrorBoundary>
      <Toasts />
    </>
  );
}
