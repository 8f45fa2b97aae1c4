import { actionStatus } from '../../../../shared/domain';
import type { ReviewScreenCommand } from '../../../../shared/contract/reviews';
import { outcomeWords, type ReviewOutcome, type ReviewRecord } from '../../../../shared/review';
import { isolate, UserText } from '../../components/UserText';
import { useAppStore } from '../../stores/store';
import { undoChange } from '../board/use-board';
import { ActionSummary } from './ActionSummary';
import { OutcomeForm } from './OutcomeForm';

interface Props {
  review: ReviewRecord;
  screen: (command: ReviewScreenCommand) => void;
  record: (
    postmortemId: string,
    actionId: string,
    outcome: ReviewOutcome,
  ) => Promise<{ problem: string | null; skipped: string | null }>;
}

/**
 * The walk: every action with what was recorded, the one under review (on the shared screen too)
 * with its outcome form, and the buttons that move the shared screen between actions and pages.
 */
export function WalkStep({ review, screen, record }: Props) {
  const pushToast = useAppStore((s) => s.pushToast);
  const { items } = review;
  const { item: index, page, pageCount } = review.screen;
  const current = items[index];
  if (!current) return <p>This review has no action left to walk (they were deleted).</p>;
  const name = (i: (typeof items)[number]) => i.description || `action ${i.actionId}`;
  // The list is for finding an action: its first words; the card above shows it whole.
  const shortName = (i: (typeof items)[number]) => {
    const text = name(i).replace(/\s+/g, ' ');
    return text.length > 90 ? `${text.slice(0, 89)}…` : text;
  };

  const save = async (outcome: ReviewOutcome): Promise<string | null> => {
    const { problem, skipped } = await record(current.postmortemId, current.actionId, outcome);
    if (problem) return problem;
    pushToast({
      message: skipped
        ? `Outcome recorded; the action itself was not changed: ${skipped}`
        : `Recorded for “${isolate(name(current))}”: ${outcomeWords(outcome)}.`,
      action: {
        label: 'Undo the change to the action',
        run: () => void undoChange(current.postmortemId).then((message) => pushToast({ message })),
      },
    });
    return null;
  };

  return (
    <div className="review-walk">
      <section className="review-current" aria-labelledby="review-current-title">
        <h2 id="review-current-title">
          Action {index + 1} of {items.length}
        </h2>
        <ActionSummary item={current} />
        <OutcomeForm
          key={`${current.postmortemId}/${current.actionId}/${current.outcome?.recordedAt ?? ''}`}
          item={current}
          onSave={save}
          {...(index + 1 < items.length
            ? { onNext: () => screen({ type: 'item', item: index + 1 }) }
            : {})}
        />
      </section>
      <div className="meeting-screen" role="group" aria-label="Shared screen">
        <p>
          Shared screen: action {index + 1} of {items.length}, page{' '}
          {Math.min(page, pageCount - 1) + 1} of {pageCount}
        </p>
        <div className="review-screen-buttons">
          <button
            type="button"
            className="button small"
            disabled={index === 0}
            onClick={() => screen({ type: 'item', item: index - 1 })}
          >
            Previous action
          </button>
          <button
            type="button"
            className="button small"
            disabled={index + 1 >= items.length}
            onClick={() => screen({ type: 'item', item: index + 1 })}
          >
            Next action
          </button>
          <button
            type="button"
            className="button small quiet"
            disabled={page === 0}
            onClick={() => screen({ type: 'page', page: page - 1 })}
            aria-keyshortcuts="PageUp"
          >
            Previous page
          </button>
          <button
            type="button"
            className="button small quiet"
            disabled={page + 1 >= pageCount}
            onClick={() => screen({ type: 'page', page: page + 1 })}
            aria-keyshortcuts="PageDown"
          >
            Next page
          </button>
        </div>
      </div>
      <section aria-label="Actions to review">
        <h2>
          Actions to review ({review.items.filter((i) => i.outcome).length} of {items.length}{' '}
          recorded)
        </h2>
        <ol className="review-items">
          {items.map((item, i) => (
            <li key={`${item.postmortemId}/${item.actionId}`}>
              <button
                type="button"
                className="link-button"
                aria-current={i === index ? 'true' : undefined}
                onClick={() => screen({ type: 'item', item: i })}
              >
                <UserText>{shortName(item)}</UserText>
              </button>{' '}
              <span className="muted">
                · {actionStatus.labels[item.status]} ·{' '}
                {item.outcome ? outcomeWords(item.outcome) : 'not reviewed yet'}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
