import { useEffect } from 'react';
import { create } from 'zustand';
import { outcomeWords, reviewDay, type LastReview } from '../../../../shared/review';
import { getApi, onEvent } from '../../api';
import { UserText } from '../../components/UserText';

/** "Last follow-up 2026-03-16: Done, worked — the note", for the board and the editor. */
export function LastReviewLine({ last }: { last: LastReview | null | undefined }) {
  if (!last) return null;
  return (
    <p className="board-last-review" data-testid="last-review">
      Last follow-up review {reviewDay(last.recordedAt)}: {outcomeWords(last)}
      {last.note ? (
        <>
          {' '}
          — <UserText>{last.note}</UserText>
        </>
      ) : null}
    </p>
  );
}

interface LastReviewsState {
  byPostmortem: Record<string, Record<string, LastReview>>;
  load: (postmortemId: string) => Promise<void>;
}

/**
 * The last outcomes of the postmortems this window shows. A store, not a hook's state: the
 * editor's rows are memoised and redraw only when their own item changes.
 */
const useLastReviews = create<LastReviewsState>()((set) => ({
  byPostmortem: {},
  load: async (postmortemId) => {
    try {
      const found = await getApi()['reviews.lastOutcomes']({ postmortemId });
      set((s) => ({ byPostmortem: { ...s.byPostmortem, [postmortemId]: found } }));
    } catch {
      // Nothing to show is the right fallback: the outcome is a note beside the action.
    }
  },
}));

let subscribed = false;
function followReviews(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('review.changed', () => {
    const { byPostmortem, load } = useLastReviews.getState();
    for (const id of Object.keys(byPostmortem)) void load(id);
  });
}

/** The last follow-up outcome of one action of a postmortem, kept current. */
export function ActionLastReview({
  postmortemId,
  actionId,
}: {
  postmortemId: string;
  actionId: string;
}) {
  const last = useLastReviews((s) => s.byPostmortem[postmortemId]?.[actionId]);
  useEffect(() => {
    followReviews();
    if (!useLastReviews.getState().byPostmortem[postmortemId]) {
      void useLastReviews.getState().load(postmortemId);
    }
  }, [postmortemId]);
  return <LastReviewLine last={last} />;
}
