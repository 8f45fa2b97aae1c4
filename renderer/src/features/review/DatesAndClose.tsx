import {
  nextDates,
  reviewProgress,
  WORKED_LABELS,
  type ReviewRecord,
} from '../../../../shared/review';
import { UserText } from '../../components/UserText';

/** Every action still to look at again, earliest next review first; undated ones stand out. */
export function DatesStep({
  review,
  onGoTo,
}: {
  review: ReviewRecord;
  onGoTo: (item: number) => void;
}) {
  const dates = nextDates(review.items);
  if (dates.length === 0)
    return <p>Every action is done and known to work or not: no date to set.</p>;
  return (
    <table className="review-dates">
      <caption>Next review dates</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Next review</th>
        </tr>
      </thead>
      <tbody>
        {dates.map(({ item, date }) => (
          <tr key={`${item.postmortemId}/${item.actionId}`}>
            <td>
              <UserText>{item.description || `action ${item.actionId}`}</UserText>
            </td>
            <td>{item.owner ? <UserText>{item.owner}</UserText> : 'not named'}</td>
            <td>
              {date ?? (
                <>
                  <strong>No date yet</strong>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onGoTo(review.items.indexOf(item))}
                    aria-label={`Set the next review date of ${item.description || `action ${item.actionId}`}`}
                  >
                    Set it
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the review found, read back before closing. */
export function CloseStep({ review }: { review: ReviewRecord }) {
  const p = reviewProgress(review.items);
  const earliest = nextDates(review.items).find((d) => d.date !== null)?.date ?? null;
  return (
    <section aria-label="What the review found">
      <ul className="review-figures">
        <li>
          {p.recorded} of {p.total} actions reviewed
        </li>
        <li>{p.done} done</li>
        <li>
          {WORKED_LABELS.yes}: {p.worked.yes} · {WORKED_LABELS.no}: {p.worked.no} ·{' '}
          {WORKED_LABELS.unknown}: {p.worked.unknown}
        </li>
        <li>{earliest ? `Next review: ${earliest}` : 'No next review date set'}</li>
      </ul>
    </section>
  );
}
