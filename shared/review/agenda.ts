import { MAX_STEP_SECONDS, REVIEW_STEP_IDS, type AgendaStep, type ReviewStepId } from '../meeting';

export const REVIEW_STEP_TITLES: Record<ReviewStepId, string> = {
  review_opening: 'Opening: what we review',
  review_actions: 'The actions, one by one',
  review_dates: 'Next review dates',
  review_close: 'Close',
};

/** What each step is for, for the facilitator (the presenter shows the content instead). */
export const REVIEW_STEP_AIMS: Record<ReviewStepId, string> = {
  review_opening:
    'Say who is here and which postmortems we follow up. We check the actions, not the people.',
  review_actions:
    'For each action: is it done, did it work, anything to note, and when do we look again.',
  review_dates: 'Every action still open has a next review date and an owner who will be there.',
  review_close: 'Read back what is done, what worked, and when the next review is.',
};

/** A minute and a half per action, at least three minutes: a follow-up stays short. */
export function walkSeconds(actionCount: number): number {
  return Math.min(MAX_STEP_SECONDS, Math.max(180, Math.ceil(actionCount * 1.5) * 60));
}

/** The follow-up review's agenda for this many actions. */
export function reviewAgenda(actionCount: number): AgendaStep[] {
  const minutes: Record<ReviewStepId, number> = {
    review_opening: 2,
    review_actions: 0,
    review_dates: 2,
    review_close: 1,
  };
  return REVIEW_STEP_IDS.map((id) => ({
    id,
    title: REVIEW_STEP_TITLES[id],
    plannedSeconds: id === 'review_actions' ? walkSeconds(actionCount) : minutes[id] * 60,
    addedSeconds: 0,
    skipped: false,
  }));
}
