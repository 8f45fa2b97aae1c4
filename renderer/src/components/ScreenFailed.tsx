/**
 * What a screen shows when it stopped with an error (ErrorBoundary): what happened in plain
 * words, that nothing typed is lost, and two ways on. The header stays above it, so the library
 * and the other screens are a click away.
 */
export function ScreenFailed({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <main className="screen narrow" id="main">
      <section className="screen-failed" role="alert" aria-labelledby="screen-failed-title">
        <h1 id="screen-failed-title">This screen stopped with an error</h1>
        <p>
          Nothing saved is lost, and what was typed last is kept for the next save. Try again, or
          reload the window. If it happens again, open another screen from the header and tell the
          team what you did just before.
        </p>
        <p className="muted">
          The error: <code>{error.message || error.name}</code>
        </p>
        <div className="screen-failed-actions">
          <button type="button" className="button primary" onClick={retry}>
            Try again
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the window
          </button>
        </div>
      </section>
    </main>
  );
}
