import { useState } from 'react';
import { actionArea, actionStatus } from '../../../../shared/domain';
import { boardStatuses, type BoardAction } from '../../../../shared/actions/board';
import { FilterChoice } from '../../components/FilterChoice';
import { isolate } from '../../components/UserText';
import { useAppStore } from '../../stores/store';
import { BoardReviewStart } from '../review/StartReview';
import { BoardRow } from './BoardRow';
import { BOARD_PAGE, changeAction, undoChange, useBoard, type BoardFilters } from './use-board';

const STATUS_LABELS: Record<(typeof boardStatuses)[number], string> = {
  ...actionStatus.labels,
  unfinished: 'Open or in progress',
};

/** The postmortems of the actions shown, once each, in the board's order. */
function postmortemsOf(actions: BoardAction[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const a of actions)
    if (!seen.has(a.postmortemId)) seen.set(a.postmortemId, a.postmortemTitle);
  return [...seen].map(([id, title]) => ({ id, title }));
}

/** Every postmortem's actions in one place: filter, see what is overdue, close them. */
export function BoardScreen() {
  const [filters, setFilters] = useState<BoardFilters>({ status: 'unfinished' });
  const [limit, setLimit] = useState(BOARD_PAGE);
  const { actions, total, error, refresh } = useBoard(filters, limit);
  const navigate = useAppStore((s) => s.navigate);
  const pushToast = useAppStore((s) => s.pushToast);
  const set = <K extends keyof BoardFilters>(key: K, value: BoardFilters[K] | '') =>
    setFilters((f) => ({ ...f, [key]: value === '' ? undefined : value }));

  const change = async (
    action: BoardAction,
    field: 'status' | 'reviewDate',
    value: string | null,
  ): Promise<string | null> => {
    const problem = await changeAction(action, field, value);
    refresh();
    if (problem === null) {
      const what =
        field === 'status'
          ? `Marked “${isolate(action.description)}” ${actionStatus.labels[value as BoardAction['status']].toLowerCase()}.`
          : `Review of “${isolate(action.description)}” set to ${value ?? 'no date'}.`;
      pushToast({
        message: what,
        action: {
          label: 'Undo',
          run: () =>
            void undoChange(action.postmortemId).then((message) => {
              refresh();
              pushToast({ message });
            }),
        },
      });
    }
    return problem;
  };

  return (
    <main className="screen board" id="main">
      <div className="library-head">
        <div>
          <h1>Actions board</h1>
          <p className="muted">
            Every corrective action of every postmortem, overdue first. Close them here; each change
            is saved to its postmortem.
          </p>
        </div>
      </div>
      <BoardReviewStart postmortems={postmortemsOf(actions ?? [])} />
      <fieldset className="search-filters">
        <legend className="visually-hidden">Filter actions</legend>
        <div className="filter">
          <label htmlFor="board-owner" className="field-label">
            Owner
          </label>
          <input
            id="board-owner"
            type="search"
            value={filters.owner ?? ''}
            onChange={(e) => set('owner', e.target.value)}
          />
        </div>
        <FilterChoice
          id="board-area"
          label="Area"
          value={filters.area}
          values={actionArea.values}
          labels={actionArea.labels}
          onChange={(v) => set('area', v)}
        />
        <FilterChoice
          id="board-status"
          label="Status"
          value={filters.status}
          values={boardStatuses}
          labels={STATUS_LABELS}
          onChange={(v) => set('status', v)}
        />
        <div className="filter filter-check">
          <input
            id="board-overdue"
            type="checkbox"
            checked={filters.overdue ?? false}
            onChange={(e) => set('overdue', e.target.checked || '')}
          />
          <label htmlFor="board-overdue">Overdue only</label>
        </div>
      </fieldset>
      {error ? (
        <p className="error-text" role="alert">
          The actions could not be loaded: {error}
        </p>
      ) : null}
      {actions === null && !error ? <p className="muted">Loading…</p> : null}
      {actions !== null ? (
        <p className="muted" role="status">
          {total === 0
            ? 'No action matches these filters.'
            : `${total} ${total === 1 ? 'action' : 'actions'}${total > actions.length ? `; the first ${actions.length} shown` : ''}.`}
        </p>
      ) : null}
      {actions !== null && actions.length > 0 ? (
        <ul className="library-list board-list" aria-label="Actions">
          {actions.map((action) => (
            <BoardRow
              key={`${action.postmortemId}/${action.id}`}
              action={action}
              onChange={(field, value) => change(action, field, value)}
              onOpen={(section) =>
                navigate({
                  name: 'editor',
                  id: action.postmortemId,
                  ...(section ? { section } : {}),
                })
              }
            />
          ))}
        </ul>
      ) : null}
      {actions !== null && total > actions.length ? (
        <button type="button" className="button" onClick={() => setLimit((n) => n + BOARD_PAGE)}>
          Show {Math.min(BOARD_PAGE, total - actions.length)} more actions
        </button>
      ) : null}
    </main>
  );
}
