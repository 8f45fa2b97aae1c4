import { useCallback, useMemo, useState } from 'react';
import { formatDuration, type ReviewStepId, type ScreenLayout } from '../../../../shared/meeting';
import { useMeetingClock } from '../meeting/hooks';
import { PagedFlow } from '../meeting/presenter/PagedFlow';
import { PresenterTimer } from '../meeting/presenter/PresenterTimer';
import { reviewBlocks } from './review-blocks';
import { useReview } from './use-review';
import '../meeting/meeting.css';
import '../meeting/presenter/presenter.css';
import './review.css';

/**
 * The follow-up review on the shared screen: the step and its timer on one line, the content
 * (in the walk, the action under review, large) paged to fit with "1 / 2", no controls. The
 * facilitator moves between actions and pages; this window reports how many pages it took.
 */
export function ReviewPresenter({ reviewId }: { reviewId: string }) {
  const r = useReview(reviewId);
  const { review } = r;
  const clock = useMeetingClock(review);
  const stepId = clock?.current.id as ReviewStepId | undefined;
  const blocks = useMemo(
    () => (review && stepId ? reviewBlocks(stepId, review) : null),
    [review, stepId],
  );
  const content = `${stepId}|${review?.screen.item}`;
  const [measured, setMeasured] = useState<{ content: string; pageCount: number } | null>(null);
  const stored = review?.screen.pageCount;
  const { screen } = r;
  const onLayout = useCallback(
    (layout: ScreenLayout) => {
      setMeasured({ content, pageCount: layout.pageCount });
      if (layout.pageCount !== stored)
        void screen({ type: 'layout', pageCount: layout.pageCount }, true);
    },
    [content, stored, screen],
  );
  if (!review || !clock || !blocks || !stepId) {
    return (
      <main className="presenter" data-testid="presenter" id="main">
        <p>{r.loadError ?? 'Waiting for the follow-up review…'}</p>
      </main>
    );
  }
  const pageCount = measured?.content === content ? measured.pageCount : 1;
  const page = Math.min(review.screen.page, pageCount - 1);
  return (
    <main
      className="presenter review-presenter"
      data-testid="presenter"
      data-status={review.state.status}
      id="main"
      aria-labelledby="presenter-title"
    >
      <header className="presenter-head">
        <p className="presenter-step">
          Step {clock.current.index + 1} of {clock.steps.length}
        </p>
        <h1 id="presenter-title">{clock.current.title}</h1>
        <PresenterTimer clock={clock} />
      </header>
      <PagedFlow
        key={content}
        blocks={blocks}
        page={page}
        focus={null}
        onLayout={onLayout}
        narrow={stepId === 'review_actions'}
      />
      <footer className="presenter-foot">
        <p className="presenter-meeting">
          Follow-up review {formatDuration(clock.elapsedSeconds)} of{' '}
          {formatDuration(clock.plannedSeconds)}
        </p>
        <p className="presenter-page" data-testid="presenter-page">
          <span className="presenter-page-cue">
            {page + 1} / {pageCount}
          </span>
          {page + 1 < pageCount ? <span> More on the next page →</span> : null}
        </p>
      </footer>
    </main>
  );
}
