import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewScreenCommand } from '../../../../shared/contract/reviews';
import type { MeetingCommand } from '../../../../shared/meeting';
import type { ReviewOutcome, ReviewRecord } from '../../../../shared/review';
import { getApi, onEvent } from '../../api';
import { openDocument } from '../../data/documents';
import { windowId } from '../../data/window-id';
import { today } from '../board/use-board';
import { errorText, type WindowCommand } from '../meeting/store';

export interface ReviewMessage {
  kind: 'error' | 'note';
  text: string;
}

/**
 * A follow-up review as the back end has it, read again on every review.changed of it and on
 * every operation of its postmortems (an action closed on the board shows here at once). Replies
 * and pushes may cross: the newer revision wins, equal ones take the later read (outcomes and
 * the screen do not bump the revision).
 */
export function useReview(reviewId: string) {
  const [review, setReview] = useState<ReviewRecord | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<ReviewMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef<ReviewRecord | null>(null);
  const reads = useRef(0);

  const receive = useCallback((next: ReviewRecord) => {
    const known = latest.current;
    if (known && next.state.revision < known.state.revision) return;
    latest.current = next;
    setReview(next);
  }, []);

  const load = useCallback(() => {
    const read = ++reads.current;
    getApi()
      ['reviews.get']({ reviewId })
      .then((r) => {
        if (read === reads.current) receive(r);
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(errorText(e)));
  }, [reviewId, receive]);

  useEffect(() => {
    load();
    const stops = [
      onEvent('review.changed', ({ id }) => {
        if (id === reviewId) load();
      }),
      onEvent('postmortem.ops', ({ postmortemId }) => {
        if (latest.current?.items.some((i) => i.postmortemId === postmortemId)) load();
      }),
    ];
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stops.forEach((stop) => stop());
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reviewId, load]);

  const send = useCallback(
    async (command: WindowCommand) => {
      const current = latest.current;
      if (!current) return;
      setBusy(true);
      try {
        const outcome = await getApi()['reviews.command']({
          reviewId,
          command: { ...command, expectedRevision: current.state.revision } as MeetingCommand,
        });
        receive(outcome.review);
        setMessage(outcome.note ? { kind: 'note', text: outcome.note.message } : null);
      } catch (e) {
        setMessage({ kind: 'error', text: errorText(e) });
        load();
      } finally {
        setBusy(false);
      }
    },
    [reviewId, receive, load],
  );

  const screen = useCallback(
    async (command: ReviewScreenCommand, quiet = false) => {
      try {
        receive(await getApi()['reviews.screen']({ reviewId, command }));
      } catch (e) {
        if (!quiet) setMessage({ kind: 'error', text: errorText(e) });
      }
    },
    [reviewId, receive],
  );

  const setAttendees = useCallback(
    async (names: string[]): Promise<string | null> => {
      try {
        receive(await getApi()['reviews.setAttendees']({ reviewId, names }));
        return null;
      } catch (e) {
        return errorText(e);
      }
    },
    [reviewId, receive],
  );

  /** Saves one action's outcome; resolves to the problem in words, or null when saved. */
  const record = useCallback(
    async (
      postmortemId: string,
      actionId: string,
      outcome: ReviewOutcome,
    ): Promise<{ problem: string | null; skipped: string | null }> => {
      try {
        const reply = await getApi()['reviews.record']({
          reviewId,
          windowId: windowId(),
          postmortemId,
          actionId,
          outcome,
          today: today(),
        });
        // An editor of the postmortem open in this tab takes the batch as its own.
        if (reply.batch) openDocument(postmortemId)?.receiveOwn(reply.batch);
        receive(reply.review);
        return { problem: null, skipped: reply.skipped[0]?.message ?? null };
      } catch (e) {
        return { problem: errorText(e), skipped: null };
      }
    },
    [reviewId, receive],
  );

  const actions = useMemo(
    () => ({ send, screen, setAttendees, record, clearMessage: () => setMessage(null) }),
    [send, screen, setAttendees, record],
  );
  return { review, loadError, message, busy, ...actions };
}
