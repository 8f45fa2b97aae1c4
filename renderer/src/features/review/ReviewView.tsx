import { useState } from 'react';
import type { ReviewStepId } from '../../../../shared/meeting';
import { REVIEW_STEP_AIMS } from '../../../../shared/review';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useChimeOnPhase, useChimePreference } from '../meeting/chime';
import { Controls } from '../meeting/Controls';
import { HelpOverlay } from '../meeting/HelpOverlay';
import { useMeetingClock } from '../meeting/hooks';
import { MeetingFigures, StepTimer } from '../meeting/Timer';
import { useMeetingShortcuts } from '../meeting/use-shortcuts';
import { CloseStep, DatesStep } from './DatesAndClose';
import { ReviewAgenda as ReviewAgendaPanel } from './ReviewAgenda';
import { OpeningStep } from './OpeningStep';
import { reviewPresenterHash } from './routes';
import { useReview } from './use-review';
import { useAppStore } from '../../stores/store';
import { WalkStep } from './WalkStep';
import '../meeting/meeting.css';
import './review.css';

function openPresenter(reviewId: string): void {
  const url = `${window.location.pathname}${window.location.search}${reviewPresenterHash(reviewId)}`;
  window.open(url, `review-presenter-${reviewId}`);
}

/**
 * The facilitator's follow-up review: the postmortem meeting's clock, controls and keys over the
 * review agenda; the step's content; outcomes recorded per action.
 */
export function ReviewView({ reviewId }: { reviewId: string }) {
  const r = useReview(reviewId);
  const { review } = r;
  const clock = useMeetingClock(review);
  const [help, setHelp] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [chime, setChime] = useChimePreference();
  useChimeOnPhase(clock, chime);
  const send = (command: Parameters<typeof r.send>[0]) => void r.send(command);
  useMeetingShortcuts(review ? { state: review.state, send } : null, {
    onHelp: () => setHelp((open) => !open),
    onEnd: () => setConfirmEnd(true),
    onScreen: (action) => {
      if (!review) return;
      const { item, page, pageCount } = review.screen;
      const last = review.items.length - 1;
      if (action === 'screenNextPage' && page + 1 < pageCount)
        void r.screen({ type: 'page', page: page + 1 });
      if (action === 'screenPreviousPage' && page > 0)
        void r.screen({ type: 'page', page: page - 1 });
      if (action === 'screenNextItem' && item < last)
        void r.screen({ type: 'item', item: item + 1 });
      if (action === 'screenPreviousItem' && item > 0)
        void r.screen({ type: 'item', item: item - 1 });
    },
    blocked: help || confirmEnd,
  });

  if (r.loadError && !review) {
    return (
      <main className="screen narrow" id="main">
        <h1>The follow-up review could not be opened</h1>
        <p className="error-text">{r.loadError}</p>
        <button
          type="button"
          className="button"
          onClick={() => useAppStore.getState().navigate({ name: 'board' })}
        >
          Back to the actions board
        </button>
      </main>
    );
  }
  if (!review || !clock) {
    return (
      <main className="screen narrow" id="main" aria-busy="true">
        <p className="muted">Opening the follow-up review…</p>
      </main>
    );
  }
  const stepId = clock.current.id as ReviewStepId;
  const goTo = (item: number) => {
    void r.screen({ type: 'item', item });
    send({ type: 'jump', stepIndex: 1 });
  };
  return (
    <div className="meeting-layout review-layout" data-status={review.state.status}>
      <header className="meeting-bar" aria-label="Meeting clock">
        <div className="meeting-bar-clock">
          <p className="meeting-status" data-testid="meeting-status">
            {clock.statusLabel}
          </p>
          <StepTimer clock={clock} />
          <MeetingFigures clock={clock} />
        </div>
        <Controls
          state={review.state}
          send={send}
          busy={r.busy}
          onEnd={() => setConfirmEnd(true)}
          onHelp={() => setHelp(true)}
          onPresent={() => openPresenter(reviewId)}
          chime={chime}
          onChime={setChime}
        />
        <div className="meeting-message" role={r.message?.kind === 'error' ? 'alert' : 'status'}>
          {r.message ? (
            <>
              <span className={r.message.kind === 'error' ? 'error-text' : undefined}>
                {r.message.text}
              </span>{' '}
              <button type="button" className="link-button" onClick={r.clearMessage}>
                Dismiss
              </button>
            </>
          ) : null}
        </div>
      </header>
      <div className="meeting-body review-body">
        <ReviewAgendaPanel clock={clock} send={send} busy={r.busy} />
        <main className="meeting-step" id="main" aria-labelledby="review-step-title">
          <p className="meeting-step-number">
            {review.title} · step {clock.current.index + 1} of {clock.steps.length}
            {review.state.status === 'planned' ? ' (the review opens here)' : ''}
          </p>
          <h1 id="review-step-title" tabIndex={-1}>
            {clock.current.title}
          </h1>
          <p className="meeting-aim">{REVIEW_STEP_AIMS[stepId]}</p>
          {stepId === 'review_opening' ? (
            <OpeningStep review={review} onAttendees={r.setAttendees} />
          ) : stepId === 'review_actions' ? (
            <WalkStep review={review} screen={(c) => void r.screen(c)} record={r.record} />
          ) : stepId === 'review_dates' ? (
            <DatesStep review={review} onGoTo={goTo} />
          ) : (
            <CloseStep review={review} />
          )}
        </main>
      </div>
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
      {confirmEnd ? (
        <ConfirmDialog
          title="End the follow-up review?"
          message="The timings become final. Recorded outcomes stay, and actions can still be changed on the board."
          confirmLabel="End the review"
          onCancel={() => setConfirmEnd(false)}
          onConfirm={() => {
            setConfirmEnd(false);
            send({ type: 'end' });
          }}
        />
      ) : null}
    </div>
  );
}
