import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardAction, BoardInput } from '../../../../shared/actions/board';
import { getApi, onEvent } from '../../api';
import { openDocument } from '../../data/documents';
import { windowId } from '../../data/window-id';
import { useDebounced } from '../../lib/use-debounced';

/** Today where the user is (YYYY-MM-DD): due before it is overdue. */
export function today(at = new Date()): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

export type BoardFilters = Omit<BoardInput, 'today' | 'postmortemIds' | 'limit'>;

/** Actions asked for at a time: the board opens fast however many there are. */
export const BOARD_PAGE = 100;

/**
 * Every postmortem's actions for the filters, kept current with what any window writes (an
 * action edited in its postmortem moves on the board too).
 */
export function useBoard(filters: BoardFilters, limit = BOARD_PAGE, postmortemIds?: string[]) {
  const settled = useDebounced(filters, 150);
  const [actions, setActions] = useState<BoardAction[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const ids = postmortemIds?.join(',');

  useEffect(() => {
    const request = ++latest.current;
    getApi()
      ['actions.board']({
        ...settled,
        today: today(),
        limit,
        ...(ids !== undefined ? { postmortemIds: ids === '' ? [] : ids.split(',') } : {}),
      })
      .then((result) => {
        if (request !== latest.current) return;
        setActions(result.actions);
        setTotal(result.total);
        setError(null);
      })
      .catch((e: unknown) => {
        if (request === latest.current) setError(e instanceof Error ? e.message : String(e));
      });
  }, [settled, ids, limit, generation]);

  useEffect(() => {
    const stops = [
      onEvent('postmortem.ops', refresh),
      onEvent('postmortem.changed', refresh),
      onEvent('library.changed', refresh),
    ];
    return () => stops.forEach((stop) => stop());
  }, [refresh]);

  return { actions, total, error, refresh };
}

type Field = 'status' | 'reviewDate';

/**
 * Changes one field of an action as an operation of this window: its open windows receive the
 * batch, and undo reverts it only from here. A postmortem open in this same tab takes the batch
 * as its own. Returns the error message, or null.
 */
export async function changeAction(
  action: BoardAction,
  field: Field,
  value: string | null,
): Promise<string | null> {
  try {
    const reply = await getApi()['postmortems.apply']({
      postmortemId: action.postmortemId,
      windowId: windowId(),
      batchId: crypto.randomUUID(),
      ops: [{ op: 'set', list: 'actions', id: action.id, field, value, base: action[field] }],
    });
    if (reply.batch) openDocument(action.postmortemId)?.receiveOwn(reply.batch);
    if (reply.skipped[0]) return reply.skipped[0].message;
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Reverts this window's last change to the postmortem (the board's own undo step). */
export async function undoChange(postmortemId: string): Promise<string> {
  const reply = await getApi()['postmortems.undo']({ postmortemId, windowId: windowId() });
  if (reply.outcome !== 'done') return reply.message;
  openDocument(postmortemId)?.receiveOwn(reply.batch);
  return 'Undone.';
}
