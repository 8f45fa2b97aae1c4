import { useId, useState } from 'react';
import { ApiError, getApi } from '../../api';

/** Imports a portable postmortem file (made by "Export report" → portable file) by its path. */
export function ImportBundleForm({ onImported }: { onImported: (postmortemId: string) => void }) {
  const id = useId();
  const [filePath, setFilePath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="import-bundle">
      <summary>Import a portable postmortem file</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          getApi()
            ['export.importBundle']({ filePath })
            .then(({ postmortemId }) => {
              setError(null);
              setFilePath('');
              onImported(postmortemId);
            })
            .catch((e: unknown) =>
              setError(e instanceof ApiError || e instanceof Error ? e.message : String(e)),
            )
            .finally(() => setBusy(false));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-path`}>Full path of the .postmortem file</label>
          <input
            id={`${id}-path`}
            type="text"
            value={filePath}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setFilePath(e.target.value)}
          />
        </div>
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <button type="submit" className="button small" disabled={busy || filePath.trim() === ''}>
          Import
        </button>
      </form>
    </details>
  );
}
