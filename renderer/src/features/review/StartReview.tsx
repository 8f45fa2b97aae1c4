import { useId, useState } from 'react';
import type { ReviewScope } from '../../../../shared/review';
import { getApi } from '../../api';
import { UserText } from '../../components/UserText';
import { useAppStore } from '../../stores/store';
import { today } from '../board/use-board';
import { errorText } from '../meeting/store';
import { RecentReviews } from './RecentReviews';

/** Why some actions are not in the review, and where they wait: a review stays a short meeting. */
export function leftOutText(review: { items: unknown[]; leftOut: number; scope: ReviewScope }) {
  const walked = review.items.length;
  const more = review.leftOut === 1 ? '1 more action waits' : `${review.leftOut} more actions wait`;
  const which = review.scope === 'overdue' ? 'the most overdue first' : 'in the postmortems’ order';
  return `This review walks ${walked} actions (${which}) to stay a short meeting; ${more} on the actions board for the next review.`;
}

/** Plans a follow-up review and opens it; resolves to the problem in words, or null. */
export async function startReview(
  scope: ReviewScope,
  postmortemIds: string[] = [],
): Promise<string | null> {
  try {
    const review = await getApi()['reviews.create']({ scope, postmortemIds, today: today() });
    const app = useAppStore.getState();
    app.navigate({ name: 'review', id: review.id });
    if (review.leftOut > 0) app.pushToast({ message: leftOutText(review), sticky: true });
    return null;
  } catch (e) {
    return errorText(e);
  }
}

/**
 * On the actions board: a follow-up review of every overdue action, or of the open actions of
 * the postmortems chosen among those the board shows.
 */
export function BoardReviewStart({
  postmortems,
}: {
  postmortems: { id: string; title: string }[];
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const start = async (scope: ReviewScope, ids: string[] = []) => {
    if (scope === 'postmortems' && ids.length === 0) {
      setProblem('Choose at least one postmortem above, then start its follow-up review.');
      return;
    }
    setBusy(true);
    setProblem(await startReview(scope, ids));
    setBusy(false);
  };
  const visible = chosen.filter((c) => postmortems.some((p) => p.id === c));
  return (
    <section className="review-start" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Follow-up review</h2>
      <p className="muted">
        A short meeting that walks open actions: is each done, did it work, when do we look again.
      </p>
      {postmortems.length > 0 ? (
        <fieldset>
          <legend className="field-label">Postmortems to follow up (from the actions shown)</legend>
          <div className="review-start-choices">
            {postmortems.map((p) => (
              <label key={p.id}>
                <input
                  type="checkbox"
                  checked={visible.includes(p.id)}
                  onChange={(e) =>
                    setChosen((c) =>
                      e.target.checked ? [...c, p.id] : c.filter((x) => x !== p.id),
                    )
                  }
                />{' '}
                <UserText>{p.title}</UserText>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="review-start-buttons">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void start('postmortems', visible)}
        >
          Review the chosen postmortems’ actions
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void start('overdue')}
        >
          Review the overdue actions
        </button>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <RecentReviews />
    </section>
  );
}
