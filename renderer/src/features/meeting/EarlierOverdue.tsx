import type { BoardAction } from '../../../../shared/actions/board';
import { BoardRow } from '../board/BoardRow';
import { changeAction, useBoard } from '../board/use-board';
import { useAppStore } from '../../stores/store';

const SHOWN = 10;

/**
 * The meeting opens with what earlier postmortems left overdue, so the room sees its open promises
 * before making new ones; a status or review date changed here is an operation of this window.
 */
export function EarlierOverdue({ postmortemId }: { postmortemId: string }) {
  const { actions, refresh } = useBoard({ overdue: true }, SHOWN + 50);
  const navigate = useAppStore((s) => s.navigate);
  const earlier = (actions ?? []).filter((a) => a.postmortemId !== postmortemId);
  if (earlier.length === 0) return null;
  const change = async (
    action: BoardAction,
    field: 'status' | 'reviewDate',
    value: string | null,
  ) => {
    const problem = await changeAction(action, field, value);
    refresh();
    return problem;
  };
  return (
    <section aria-labelledby="earlier-overdue">
      <h2 id="earlier-overdue">Overdue actions from earlier postmortems</h2>
      <p className="hint">
        {earlier.length > SHOWN
          ? `The ${SHOWN} most overdue of ${earlier.length}; the actions board has them all.`
          : 'Before agreeing on new actions: is each of these done, and did it work?'}
      </p>
      <ul className="library-list board-list" aria-label="Overdue actions from earlier postmortems">
        {earlier.slice(0, SHOWN).map((action) => (
          <BoardRow
            key={`${action.postmortemId}/${action.id}`}
            action={action}
            onChange={(field, value) => change(action, field, value)}
            onOpen={() => navigate({ name: 'editor', id: action.postmortemId })}
          />
        ))}
      </ul>
    </section>
  );
}
