import { useState } from 'react';
import { isolate } from '../../components/UserText';
import type { PostmortemListItem } from '../../../../shared/domain';
import { ApiError } from '../../../../shared/contract';
import { getApi } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNow } from '../../lib/use-now';
import { useAppStore } from '../../stores/store';
import { ImportBundleForm } from '../export/ImportBundleForm';
import { CreatePanel } from './CreatePanel';
import { LibraryRow } from './LibraryRow';
import { useLibrary, useTemplates } from './use-library';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function LibraryScreen() {
  const [query, setQuery] = useState('');
  const { items, error, refresh, searching } = useLibrary(query);
  const templates = useTemplates();
  const navigate = useAppStore((s) => s.navigate);
  const pushToast = useAppStore((s) => s.pushToast);
  const [toDelete, setToDelete] = useState<PostmortemListItem | null>(null);
  const now = useNow(30_000);
  const api = getApi();

  const rename = async (item: PostmortemListItem, title: string): Promise<string | null> => {
    try {
      await api['postmortems.rename']({ id: item.id, title });
      refresh();
      return null;
    } catch (e) {
      if (e instanceof ApiError && e.body.issues?.[0]) return e.body.issues[0].message;
      return message(e);
    }
  };

  const duplicate = async (item: PostmortemListItem) => {
    try {
      const copy = await api['postmortems.duplicate']({ id: item.id });
      refresh();
      pushToast({ message: `Duplicated as “${isolate(copy.title)}”.` });
    } catch (e) {
      pushToast({ message: `Could not duplicate: ${message(e)}` });
    }
  };

  const remove = async (item: PostmortemListItem) => {
    setToDelete(null);
    try {
      await api['postmortems.delete']({ id: item.id });
      refresh();
      pushToast({
        message: `Deleted “${isolate(item.title)}”.`,
        action: {
          label: 'Undo',
          run: () =>
            void api['postmortems.restore']({ id: item.id })
              .then(() => {
                refresh();
                pushToast({ message: `Restored “${isolate(item.title)}”.` });
              })
              .catch((e: unknown) => pushToast({ message: `Could not restore: ${message(e)}` })),
        },
      });
    } catch (e) {
      pushToast({ message: `Could not delete: ${message(e)}` });
    }
  };

  const empty = items !== null && items.length === 0 && searching === '';

  return (
    <main className="screen library" id="main">
      <div className="library-head">
        <div>
          <h1>Postmortems</h1>
          <p className="muted">Blameless reviews of ML models that failed in production.</p>
        </div>
        {!empty ? (
          <div className="search">
            <label htmlFor="library-search" className="field-label">
              Search by title or model
            </label>
            <input
              id="library-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="e.g. fraud"
            />
          </div>
        ) : null}
      </div>

      <CreatePanel templates={templates} prominent={empty} />
      <ImportBundleForm
        onImported={(id) => {
          refresh();
          pushToast({ message: 'Imported the portable postmortem file.' });
          navigate({ name: 'editor', id });
        }}
      />

      {error ? (
        <p className="error-text" role="alert">
          The library could not be loaded: {error}
        </p>
      ) : null}
      {items === null && !error ? <p className="muted">Loading…</p> : null}
      {empty ? (
        <p className="empty-state">
          No postmortems yet. When a model misbehaves in production, start one here and run the
          meeting from it.
        </p>
      ) : null}
      {items !== null && items.length === 0 && searching !== '' ? (
        <p className="empty-state" role="status">
          No postmortem matches “{searching}”.
        </p>
      ) : null}
      {items !== null && items.length > 0 ? (
        <ul className="library-list" aria-label="Postmortems">
          {items.map((item) => (
            <LibraryRow
              key={item.id}
              item={item}
              now={now}
              onOpen={() => navigate({ name: 'editor', id: item.id })}
              onRename={(title) => rename(item, title)}
              onDuplicate={() => void duplicate(item)}
              onDelete={() => setToDelete(item)}
            />
          ))}
        </ul>
      ) : null}

      {toDelete ? (
        <ConfirmDialog
          title={`Delete “${toDelete.title}”?`}
          message="It leaves the library. You can undo this right after."
          confirmLabel="Delete"
          onConfirm={() => void remove(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      ) : null}
    </main>
  );
}
