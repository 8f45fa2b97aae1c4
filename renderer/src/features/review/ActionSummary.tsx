import { actionArea, actionStatus } from '../../../../shared/domain';
import { outcomeWords, type ReviewItem } from '../../../../shared/review';
import { UserText } from '../../components/UserText';

/** One action as the facilitator sees it while it is reviewed: what, whose, when, from where. */
export function ActionSummary({ item }: { item: ReviewItem }) {
  return (
    <div className="review-action">
      <p className="review-action-description">
        <UserText>{item.description || '(no description)'}</UserText>
      </p>
      <p className="muted">
        {actionArea.labels[item.area]} · owner{' '}
        {item.owner ? <UserText>{item.owner}</UserText> : 'not named'} · due{' '}
        {item.dueDate ?? 'no date'} · now {actionStatus.labels[item.status].toLowerCase()}
        {item.statusBefore !== item.status
          ? ` (was ${actionStatus.labels[item.statusBefore].toLowerCase()} when the review was planned)`
          : ''}
      </p>
      <p className="muted">
        From <UserText>{item.postmortemTitle}</UserText>
      </p>
      {item.outcome ? (
        <p className="review-recorded" data-testid="recorded-outcome">
          Recorded: {outcomeWords(item.outcome)}
          {item.outcome.nextReviewDate ? ` · next review ${item.outcome.nextReviewDate}` : ''}
        </p>
      ) : null}
    </div>
  );
}
