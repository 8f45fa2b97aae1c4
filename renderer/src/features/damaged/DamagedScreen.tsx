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

/** Shown instead of the library when the documents database cannot be read. */
export function DamagedScreen({ info }: { info: AppInfo }) {
  const navigate = useAppStore((s) => s.navigate);
  const pushToast = useAppStore((s) => s.pushToast);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (info.health.state !== 'damaged') return null;
  const backup = info.health.newestGoodBackup;

  const restore = async (file: string) => {
    setBusy(true);
    setError(null);
    try {
      const after = await getApi()['app.restoreBackup']({ file });
      if (after.health.state === 'ok') {
        navigate({ name: 'library' });
        pushToast({ message: `Restored the backup ${file}. The damaged file was kept aside.` });
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
        <span aria-hidden="true">⚠ </span>The postmortem database is damaged
      </h1>
      <p>{info.health.message}</p>
      <p className="muted">
        Database file: <code>{info.databaseFile}</code>
      </p>
      {backup ? (
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
            Restoring puts this backup in place. The damaged file is kept beside it, never deleted.
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
          The backup could not be restored: {error}
        </p>
      ) : null}
    </main>
  );
}
