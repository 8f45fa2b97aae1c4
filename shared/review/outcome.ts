import type { ActionArea, ActionStatus } from '../domain';
import type { Op } from '../doc/ops';
import type { RecordedOutcome, ReviewItem, ReviewOutcome, ReviewWorked } from './types';

/** "Did it work?" in the words of the action's area. */
export const WORKED_QUESTIONS: Record<ActionArea, string> = {
  prevention: 'Has it kept this from happening again?',
  detection: 'Did the new alert fire when it should have?',
  mitigation: 'Did it limit the harm when it was needed?',
  process_improvement: 'Does the team work this way now?',
};

export const WORKED_LABELS: Record<ReviewWorked, string> = {
  yes: 'Yes, it worked',
  no: 'No, it did not',
  unknown: 'Not yet known',
};

/** The answer in a few words, for the board, the editor and the shared screen. */
export function outcomeWords(outcome: Pick<RecordedOutcome, 'done' | 'worked'>): string {
  const done = outcome.done ? 'Done' : 'Not done';
  const worked =
    outcome.worked === 'yes'
      ? 'worked'
      : outcome.worked === 'no'
        ? 'did not work'
        : 'not yet known if it works';
  return `${done}, ${worked}`;
}

/**
 * The calendar day a review recorded an outcome, in `timeZone` (the computer's own zone when
 * absent): a review held on a Monday evening in California is Monday's, though it is Tuesday in
 * UTC. The report passes the postmortem's zone, as it does for every other instant it prints.
 */
export function reviewDay(recordedAt: string, timeZone?: string): string {
  const at = new Date(recordedAt);
  if (Number.isNaN(at.getTime())) return recordedAt.slice(0, 10);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Whether an action is walked in a review of its postmortem: everything unfinished, and what was
 * finished but not yet seen to work (closed on the board since the last review, or "not yet
 * known" then). Dropped actions ("won't do") and those known to work or to fail are not.
 */
export function walksAction(status: ActionStatus, last: Pick<RecordedOutcome, 'worked'> | null) {
  if (status === 'open' || status === 'in_progress') return true;
  if (status === 'done') return last === null || last.worked === 'unknown';
  return false;
}

/**
 * Problems with an outcome before it is saved, each a sentence naming the field and what to do.
 * `today` is the user's date (YYYY-MM-DD).
 */
export function outcomeProblems(outcome: ReviewOutcome, today: string): string[] {
  const problems: string[] = [];
  if (!outcome.done && outcome.worked === 'yes') {
    problems.push(
      'Worked: an action that is not done cannot have worked yet; choose "Not yet known" or mark it done.',
    );
  }
  if (outcome.nextReviewDate !== null && outcome.nextReviewDate < today) {
    problems.push(
      `Next review date: ${outcome.nextReviewDate} is before today (${today}); choose a later day.`,
    );
  }
  if (outcome.nextReviewDate === null && (!outcome.done || outcome.worked === 'unknown')) {
    problems.push(
      outcome.done
        ? 'Next review date: whether it works is not known yet; choose when to look again.'
        : 'Next review date: the action is not done; choose when to look again.',
    );
  }
  return problems;
}

/**
 * The operations that carry an outcome into the action itself (so its postmortem, the board and
 * undo see it): done closes it, not done reopens one that was closed, and the review date is the
 * next review's. Empty when the action already says so.
 */
export function opsForOutcome(
  action: Pick<ReviewItem, 'actionId' | 'status' | 'reviewDate'>,
  outcome: ReviewOutcome,
): Op[] {
  const ops: Op[] = [];
  const status: ActionStatus = outcome.done
    ? 'done'
    : action.status === 'done' || action.status === 'wont_do'
      ? 'in_progress'
      : action.status;
  if (status !== action.status) {
    ops.push({
      op: 'set',
      list: 'actions',
      id: action.actionId,
      field: 'status',
      value: status,
      base: action.status,
    });
  }
  if (outcome.nextReviewDate !== action.reviewDate) {
    ops.push({
      op: 'set',
      list: 'actions',
      id: action.actionId,
      field: 'reviewDate',
      value: outcome.nextReviewDate,
      base: action.reviewDate,
    });
  }
  return ops;
}

/** What the form starts with for an action: its recorded outcome, or what the action says now. */
export function draftOutcome(item: ReviewItem): ReviewOutcome {
  if (item.outcome) {
    const { recordedAt: _at, ...outcome } = item.outcome;
    return outcome;
  }
  return {
    done: item.status === 'done',
    worked: 'unknown',
    note: '',
    nextReviewDate: item.reviewDate,
  };
}

export interface ReviewProgress {
  total: number;
  recorded: number;
  done: number;
  worked: Record<ReviewWorked, number>;
}

/** How far the walk is, and what it found. */
export function reviewProgress(items: readonly ReviewItem[]): ReviewProgress {
  const progress: ReviewProgress = {
    total: items.length,
    recorded: 0,
    done: 0,
    worked: { yes: 0, no: 0, unknown: 0 },
  };
  for (const item of items) {
    if (!item.outcome) continue;
    progress.recorded += 1;
    if (item.outcome.done) progress.done += 1;
    progress.worked[item.outcome.worked] += 1;
  }
  return progress;
}

/**
 * The next review dates, earliest first, undated last: what the "next review dates" step reads
 * out. Uses the recorded date, or the action's own when nothing was recorded.
 */
export function nextDates(
  items: readonly ReviewItem[],
): { item: ReviewItem; date: string | null }[] {
  return items
    .filter((item) => !(item.outcome?.done && item.outcome.worked !== 'unknown'))
    .map((item) => ({ item, date: item.outcome ? item.outcome.nextReviewDate : item.reviewDate }))
    .sort((a, b) =>
      a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1,
    );
}
