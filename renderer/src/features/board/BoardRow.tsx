import { useState } from 'react';
import { actionArea, actionStatus, rootCauseLayer } from '../../../../shared/domain';
import type { BoardAction } from '../../../../shared/actions/board';
import { UserText } from '../../components/UserText';
import { LastReviewLine } from '../review/LastReviewLine';

interface Props {
  action: BoardAction;
  /** Saves one field; resolves to an error message or null. */
  onChange: (field: 'status' | 'reviewDate', value: string | null) => Promise<string | null>;
  onOpen: (section?: string) => void;
}

/** One action: what, whose, when, where it came from, with its status and review date editable. */
export function BoardRow({ action, onChange, onOpen }: Props) {
  const [error, setError] = useState<string | null>(null);
  const name = action.description || `action ${action.id}`;
  const key = `${action.postmortemId}-${action.id}`;
  const save = (field: 'status' | 'reviewDate', value: string | null) =>
    void onChange(field, value).then((problem) =>
      setError(problem ? `${field === 'status' ? 'Status' : 'Review date'}: ${problem}` : null),
    );
  return (
    <li className={`board-row${action.overdue ? ' overdue' : ''}`} aria-label={name}>
      <div className="board-main">
        <p className="board-description">
          <UserText>{action.description || '(no description)'}</UserText>
        </p>
        <p className="muted board-meta">
          {actionArea.labels[action.area]} · owner{' '}
          {action.owner ? <UserText>{action.owner}</UserText> : 'not named'} · due{' '}
          {action.dueDate ?? 'no date'}
          {action.overdue ? <strong className="badge overdue-badge"> Overdue</strong> : null}
        </p>
        <LastReviewLine last={action.lastReview} />
        <p className="board-source">
          From{' '}
          <button type="button" className="link-button" onClick={() => onOpen()}>
            <UserText>{action.postmortemTitle}</UserText>
          </button>
        </p>
        {action.causes.length > 0 ? (
          <ul className="board-causes" aria-label={`Causes ${name} answers`}>
            {action.causes.map((cause) => (
              <li key={cause.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpen('root_causes')}
                  aria-label={`Open cause: ${cause.description || rootCauseLayer.labels[cause.layer]}`}
                >
                  {rootCauseLayer.labels[cause.layer]}
                  {cause.description ? (
                    <>
                      : <UserText>{cause.description}</UserText>
                    </>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="board-edit">
        <label htmlFor={`status-${key}`} className="field-label">
          Status
        </label>
        <select
          id={`status-${key}`}
          value={action.status}
          aria-label={`Status of ${name}`}
          onChange={(e) => save('status', e.target.value)}
        >
          {actionStatus.values.map((v) => (
            <option key={v} value={v}>
              {actionStatus.labels[v]}
            </option>
          ))}
        </select>
        <label htmlFor={`review-${key}`} className="field-label">
          Review date
        </label>
        <input
          id={`review-${key}`}
          type="date"
          aria-label={`Review date of ${name}`}
          defaultValue={action.reviewDate ?? ''}
          key={action.reviewDate ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `error-${key}` : undefined}
          onBlur={(e) => {
            const value = e.target.value === '' ? null : e.target.value;
            if (value !== action.reviewDate) save('reviewDate', value);
          }}
        />
        {error ? (
          <p className="field-error" id={`error-${key}`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
