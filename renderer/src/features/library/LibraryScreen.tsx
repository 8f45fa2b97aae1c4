import { useState } from 'react';
import { isolate } from '../../components/UserText';
import { BIN_KEEP_DAYS, type PostmortemListItem } from '../../../../shared/domain';
import { ApiError } from '../../../../shared/contract';
import { getApi } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNow } from '../../lib/use-now';
import { useAppStore } from '../../stores/store';
import { ImportBundleForm } from '../export/ImportBundleForm';
import { startReview } from '../review/StartReview';
import { CreatePanel } from './CreatePanel';
import { LibraryRow } from './LibraryRow';
import { RecycleBin } from './RecycleBin';
import { SearchFilters, type Filters } from './SearchFilters';
import { Snippet } from './Snippet';
import { useLibrary, useTemplates } from './use-library';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

const LIBRARY_PAGE = 100;

export function LibraryScreen() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  // Rows drawn at a time: the library opens fast however many postmortems it holds.
  const [shown, setShown] = useState(LIBRARY_PAGE);
  const { entries, total, error, refresh, searching, filtered } = useLibrary(query, filters);
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

  const empty = entries !== null && entries.length === 0 && searching === '' && !filtered;

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
              Search everything written
            </label>
            <input
              id="library-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="e.g. threshold, amount_eur, Priya"
            />
          </div>
        ) : null}
      </div>
      {!empty ? <SearchFilters filters={filters} onChange={setFilters} /> : null}

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
      {entries === null && !error ? <p className="muted">Loading…</p> : null}
      {empty ? (
        <p className="empty-state">
          No postmortems yet. When a model misbehaves in production, start one here and run the
          meeting from it.
        </p>
      ) : null}
      {entries !== null && entries.length === 0 && (searching !== '' || filtered) ? (
        <p className="empty-state" role="status">
          {searching !== '' ? (
            <>
              No postmortem matches “{searching}”{filtered ? ' with these filters' : ''}.
            </>
          ) : (
            'No postmortem matches these filters.'
          )}
        </p>
      ) : null}
      {entries !== null && entries.length > 0 && (searching !== '' || filtered) ? (
        <p className="muted" role="status">
          {total === entries.length
            ? `${total} ${total === 1 ? 'postmortem matches' : 'postmortems match'}, best first.`
            : `The best ${entries.length} of ${total} matching postmortems.`}
        </p>
      ) : null}
      {entries !== null && entries.length > 0 ? (
        <ul className="library-list" aria-label="Postmortems">
          {entries.slice(0, shown).map(({ item, hit }) => (
            <LibraryRow
              key={item.id}
              item={item}
              snippet={hit ? <Snippet hit={hit} /> : null}
              now={now}
              onOpen={() => navigate({ name: 'editor', id: item.id })}
              onRename={(title) => rename(item, title)}
              onDuplicate={() => void duplicate(item)}
              onDelete={() => setToDelete(item)}
              onReview={() =>
                void startReview('postmortems', [item.id]).then(
                  (problem) => problem && pushToast({ message: problem }),
                )
              }
            />
          ))}
        </ul>
      ) : null}

      {entries !== null && entries.length > shown ? (
        <button type="button" className="button" onClick={() => setShown((n) => n + LIBRARY_PAGE)}>
          Show {Math.min(LIBRARY_PAGE, entries.length - shown)} more postmortems
        </button>
      ) : null}

      {!empty ? <RecycleBin now={now} onRestored={refresh} /> : null}

      {toDelete ? (
        <ConfirmDialog
          title={`Delete “${toDelete.title}”?`}
          message={`It moves to the recycle bin under the library, where it can be restored for ${BIN_KEEP_DAYS} days.`}
          confirmLabel="Delete"
          onConfirm={() => void remove(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      ) : null}
    </main>
  );
}
