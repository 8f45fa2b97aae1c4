import { useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import { getApi } from '../../api';
import { absoluteTime } from '../../lib/relative-time';
import { useAppStore } from '../../stores/store';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const TITLES: Record<Exclude<AppInfo['health']['state'], 'ok'>, string> = {
  damaged: 'The postmortem database is damaged',
  missing: 'The postmortem database is missing',
  cannot_open: 'The postmortem database cannot be opened',
  newer: 'The postmortem database is from a newer version',
};

/**
 * Shown instead of the library when the documents database cannot be used. A backup is offered
 * only for damage or a missing file; a file that cannot be opened (permissions, a read-only disk,
 * a lock, a full disk) is healthy and gets "Try again" instead, and one from a newer version is
 * left as it is.
 */
export function DamagedScreen({ info }: { info: AppInfo }) {
  const navigate = useAppStore((s) => s.navigate);
  const pushToast = useAppStore((s) => s.pushToast);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const health = info.health;
  if (health.state === 'ok') return null;
  const recoverable = health.state === 'damaged' || health.state === 'missing';
  const backup = recoverable ? health.newestGoodBackup : null;

  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      const after = await getApi()['app.retryOpen']({});
      if (after.health.state === 'ok') navigate({ name: 'library' });
      else navigate({ name: 'damaged', info: after });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (file: string) => {
    setBusy(true);
    setError(null);
    try {
      const after = await getApi()['app.restoreBackup']({ file });
      if (after.health.state === 'ok') {
        navigate({ name: 'library' });
        pushToast({ message: `Restored the backup ${file}. The previous file was kept aside.` });
      } else {
        navigate({ name: 'damaged', info: after });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="screen narrow damaged" id="main">
      <h1>
        <span aria-hidden="true">⚠ </span>
        {TITLES[health.state]}
      </h1>
      <p>{health.message}</p>
      <p className="muted">
        Database file: <code>{info.databaseFile}</code>
      </p>
      {health.state === 'cannot_open' ? (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void retry()}
        >
          {busy ? 'Trying…' : 'Try again'}
        </button>
      ) : null}
      {!recoverable ? null : backup ? (
        <section className="backup-card" aria-labelledby="backup-heading">
          <h2 id="backup-heading">Newest good backup</h2>
          <dl>
            <div>
              <dt>File</dt>
              <dd>
                <code>{backup.file}</code>
              </dd>
            </div>
            <div>
              <dt>Taken</dt>
              <dd>{absoluteTime(backup.createdAt)}</dd>
            </div>
            <div>
              <dt>Size</dt>
              <dd>{formatBytes(backup.bytes)}</dd>
            </div>
          </dl>
          <p className="muted">
            Restoring puts this backup in place. The current file, if any, is kept beside it, never
            deleted.
          </p>
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void restore(backup.file)}
          >
            {busy ? 'Restoring…' : 'Restore this backup'}
          </button>
        </section>
      ) : (
        <p>
          No good backup was found in <code>{info.dataDir}</code>. Close the app and keep the data
          folder as it is; it can still be inspected with the command-line tools.
        </p>
      )}
      {error ? (
        <p className="error-text" role="alert">
          {recoverable ? 'The backup could not be restored' : 'It still cannot be opened'}: {error}
        </p>
      ) : null}
    </main>
  );
}
