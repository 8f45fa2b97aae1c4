import { useCallback, useEffect, useState } from 'react';
import { BIN_KEEP_DAYS, type PostmortemListItem } from '../../../../shared/domain';
import { getApi, onEvent } from '../../api';
import { isolate, UserText } from '../../components/UserText';
import { absoluteTime, relativeTime, shortDate } from '../../lib/relative-time';
import { useAppStore } from '../../stores/store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the bin holds, refreshed whenever a postmortem is deleted or restored anywhere. */
function useBin() {
  const [items, setItems] = useState<PostmortemListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    getApi()
      ['postmortems.listDeleted']({})
      .then((rows) => {
        setItems(rows);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    load();
    const stops = [onEvent('library.changed', load), onEvent('postmortem.changed', load)];
    return () => stops.forEach((stop) => stop());
  }, [load]);
  return { items, error, load };
}

/**
 * The recycle bin: deleted postmortems stay restorable for BIN_KEEP_DAYS. The toast's Undo lasts
 * a few seconds; without this, a postmortem deleted by mistake was out of reach until purged.
 */
export function RecycleBin({ now, onRestored }: { now: number; onRestored: () => void }) {
  const { items, error, load } = useBin();
  const pushToast = useAppStore((s) => s.pushToast);
  const restore = (item: PostmortemListItem) =>
    void getApi()
      ['postmortems.restore']({ id: item.id })
      .then(() => {
        load();
        onRestored();
        pushToast({ message: `Restored “${isolate(item.title)}”.` });
      })
      .catch((e: unknown) =>
        pushToast({ message: `Could not restore: ${e instanceof Error ? e.message : String(e)}` }),
      );
  const count = items?.length ?? 0;
  return (
    <details className="recycle-bin">
      <summary>Recycle bin ({count})</summary>
      <p className="muted">
        Deleted postmortems stay here for {BIN_KEEP_DAYS} days, then are removed for good.
      </p>
      {error ? (
        <p className="error-text" role="alert">
          The recycle bin could not be read: {error}
        </p>
      ) : null}
      {items !== null && count === 0 ? <p className="muted">The recycle bin is empty.</p> : null}
      {count > 0 ? (
        <ul className="bin-list" aria-label="Recycle bin">
          {items!.map((item) => {
            const deletedAt = item.deletedAt ?? item.updatedAt;
            const purge = new Date(Date.parse(deletedAt) + BIN_KEEP_DAYS * DAY_MS).toISOString();
            return (
              <li key={item.id} className="bin-row">
                <div>
                  <p className="bin-title">
                    <UserText>{item.title}</UserText>
                  </p>
                  <p className="muted bin-when">
                    Deleted{' '}
                    <time dateTime={deletedAt} title={absoluteTime(deletedAt)}>
                      {relativeTime(deletedAt, now)}
                    </time>
                    ; removed for good on <time dateTime={purge}>{shortDate(purge)}</time>
                  </p>
                </div>
                <button
                  type="button"
                  className="button small"
                  onClick={() => restore(item)}
                  aria-label={`Restore ${item.title}`}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </details>
  );
}
