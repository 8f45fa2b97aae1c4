import { useEffect, useState } from 'react';
import type { ReviewSummary } from '../../../../shared/review';
import { getApi, onEvent } from '../../api';
import { useAppStore } from '../../stores/store';

const STATUS_WORDS: Record<ReviewSummary['status'], string> = {
  planned: 'not started',
  running: 'running',
  paused: 'paused',
  ended: 'ended',
};

/** The latest follow-up reviews, to open one again (a review lives at its own address). */
export function RecentReviews() {
  const [reviews, setReviews] = useState<ReviewSummary[]>([]);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    let live = true;
    const load = () =>
      void getApi()
        ['reviews.list']({})
        .then((found) => {
          if (live) setReviews(found.slice(0, 5));
        })
        // The list is a convenience beside the board: without it the board still works.
        .catch(() => undefined);
    load();
    const stop = onEvent('review.changed', load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (reviews.length === 0) return null;
  return (
    <ul className="review-recent" aria-label="Recent follow-up reviews">
      {reviews.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ name: 'review', id: r.id })}
          >
            {r.title}
          </button>{' '}
          <span className="muted">
            · {r.recordedCount} of {r.itemCount} recorded · {STATUS_WORDS[r.status]}
          </span>
        </li>
      ))}
    </ul>
  );
}
