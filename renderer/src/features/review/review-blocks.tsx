import { actionArea, actionStatus } from '../../../../shared/domain';
import type { ReviewStepId } from '../../../../shared/meeting';
import {
  nextDates,
  reviewProgress,
  WORKED_LABELS,
  WORKED_QUESTIONS,
  type ReviewRecord,
} from '../../../../shared/review';
import { UserText } from '../../components/UserText';
import type { PresenterBlock } from '../meeting/presenter/blocks';

const heading = (key: string, text: string): PresenterBlock => ({
  key,
  heading: true,
  node: <h2>{text}</h2>,
});

const line = (key: string, node: PresenterBlock['node']): PresenterBlock => ({ key, node });

/** The action under review, large: what, whose, and the two questions with what was recorded. */
function actionBlocks(review: ReviewRecord): PresenterBlock[] {
  const item = review.items[review.screen.item];
  if (!item) return [line('none', <p className="content-empty">No action left to review.</p>)];
  const o = item.outcome;
  return [
    line(
      'where',
      <p className="review-present-where">
        Action {review.screen.item + 1} of {review.items.length} · {actionArea.labels[item.area]} ·
        from <UserText>{item.postmortemTitle}</UserText>
      </p>,
    ),
    line(
      'description',
      <p className="content-text review-present-description" dir="auto">
        {item.description || '(no description)'}
      </p>,
    ),
    line(
      'owner',
      <p>
        Owner {item.owner ? <UserText>{item.owner}</UserText> : 'not named'} · due{' '}
        {item.dueDate ?? 'no date'} · now {actionStatus.labels[item.status].toLowerCase()}
      </p>,
    ),
    heading('done-question', 'Is it done?'),
    line(
      'done',
      <p className="review-present-answer">
        {o ? (o.done ? 'Done' : 'Not done yet') : 'To decide'}
      </p>,
    ),
    heading('worked-question', WORKED_QUESTIONS[item.area]),
    line(
      'worked',
      <p className="review-present-answer">{o ? WORKED_LABELS[o.worked] : 'To decide'}</p>,
    ),
    ...(o?.note
      ? [
          heading('note-heading', 'Note'),
          line(
            'note',
            <p className="content-text" dir="auto">
              {o.note}
            </p>,
          ),
        ]
      : []),
    line('next', <p>Next review: {(o ? o.nextReviewDate : item.reviewDate) ?? 'not set yet'}</p>),
  ];
}

/** The content of a review step on the shared screen, as blocks the presenter pages. */
export function reviewBlocks(stepId: ReviewStepId, review: ReviewRecord): PresenterBlock[] {
  switch (stepId) {
    case 'review_opening':
      return [
        line(
          'rule',
          <p>
            We check whether the actions were done and whether they worked, not who is to blame.
          </p>,
        ),
        heading('postmortems', 'Postmortems followed up'),
        ...review.postmortems.map((p) =>
          line(
            `pm-${p.id}`,
            <p>
              <UserText>{p.title}</UserText> ·{' '}
              {review.items.filter((i) => i.postmortemId === p.id).length} actions
            </p>,
          ),
        ),
        heading('attendees', 'Who is here'),
        line(
          'names',
          <p>
            {review.attendees.length > 0 ? (
              <UserText>{review.attendees.join(', ')}</UserText>
            ) : (
              'Not noted yet'
            )}
          </p>,
        ),
      ];
    case 'review_actions':
      return actionBlocks(review);
    case 'review_dates': {
      const dates = nextDates(review.items);
      if (dates.length === 0)
        return [line('none', <p>Every action is done and known to work or not.</p>)];
      return dates.map(({ item, date }) =>
        line(
          `date-${item.postmortemId}-${item.actionId}`,
          <p>
            <strong>{date ?? 'No date yet'}</strong> ·{' '}
            <UserText>{item.description || item.actionId}</UserText>
            {item.owner ? (
              <>
                {' '}
                (<UserText>{item.owner}</UserText>)
              </>
            ) : null}
          </p>,
        ),
      );
    }
    case 'review_close': {
      const p = reviewProgress(review.items);
      return [
        line(
          'recorded',
          <p>
            {p.recorded} of {p.total} actions reviewed · {p.done} done
          </p>,
        ),
        line(
          'yes',
          <p>
            {WORKED_LABELS.yes}: {p.worked.yes}
          </p>,
        ),
        line(
          'no',
          <p>
            {WORKED_LABELS.no}: {p.worked.no}
          </p>,
        ),
        line(
          'unknown',
          <p>
            {WORKED_LABELS.unknown}: {p.worked.unknown}
          </p>,
        ),
      ];
    }
  }
}
