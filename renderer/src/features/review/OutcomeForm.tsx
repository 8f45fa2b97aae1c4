import { useId, useState } from 'react';
import {
  draftOutcome,
  outcomeProblems,
  reviewWorked,
  WORKED_LABELS,
  WORKED_QUESTIONS,
  type ReviewItem,
  type ReviewOutcome,
  type ReviewWorked,
} from '../../../../shared/review';
import { today } from '../board/use-board';

interface Props {
  item: ReviewItem;
  /** Saves; resolves to the problem in words, or null. */
  onSave: (outcome: ReviewOutcome) => Promise<string | null>;
  /** Moves on to the next action after a save ("Save and next"); absent on the last one. */
  onNext?: () => void;
}

/**
 * What the room decided about one action: done?, did it work? (in the words of its area), a
 * note, the next review date. Keyed by the action and its recorded instant by the caller, so
 * another action (or an outcome saved from another window) starts a fresh draft. Checked here first with the same rules as the back end, so the
 * message names the field before anything is sent.
 */
export function OutcomeForm({ item, onSave, onNext }: Props) {
  const [draft, setDraft] = useState<ReviewOutcome>(() => draftOutcome(item));
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const base = useId();
  const errorId = `${base}-error`;

  const set = <K extends keyof ReviewOutcome>(field: K, value: ReviewOutcome[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const save = async (thenNext: boolean) => {
    const found = outcomeProblems(draft, today());
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    const problem = await onSave({ ...draft, note: draft.note.trim() });
    setSaving(false);
    if (problem) setProblems([problem]);
    else if (thenNext) onNext?.();
  };

  const invalid = (word: string) => problems.some((p) => p.startsWith(word));
  return (
    <form
      className="review-outcome"
      aria-label="Outcome of this action"
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <fieldset className="radio-field">
        <legend className="field-label">Is it done?</legend>
        <div className="radio-row">
          {[true, false].map((done) => (
            <label key={String(done)} className="radio-pill">
              <input
                type="radio"
                name={`${base}-done`}
                checked={draft.done === done}
                onChange={() => set('done', done)}
              />
              {done ? 'Done' : 'Not done yet'}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset
        className="radio-field"
        aria-invalid={invalid('Worked') ? true : undefined}
        aria-describedby={invalid('Worked') ? errorId : undefined}
      >
        <legend className="field-label">Did it work? {WORKED_QUESTIONS[item.area]}</legend>
        <div className="radio-row">
          {reviewWorked.map((w: ReviewWorked) => (
            <label key={w} className="radio-pill">
              <input
                type="radio"
                name={`${base}-worked`}
                checked={draft.worked === w}
                onChange={() => set('worked', w)}
              />
              {WORKED_LABELS[w]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor={`${base}-note`}>
          Note
        </label>
        <textarea
          id={`${base}-note`}
          rows={2}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${base}-date`}>
          Next review date
        </label>
        <input
          id={`${base}-date`}
          type="date"
          value={draft.nextReviewDate ?? ''}
          aria-invalid={invalid('Next review date') ? true : undefined}
          aria-describedby={invalid('Next review date') ? errorId : undefined}
          onChange={(e) => set('nextReviewDate', e.target.value === '' ? null : e.target.value)}
        />
      </div>
      {problems.length > 0 ? (
        <div id={errorId} className="field-error" role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      <div className="review-outcome-buttons">
        <button type="submit" className="button primary" disabled={saving}>
          Save outcome
        </button>
        {onNext ? (
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => void save(true)}
          >
            Save and go to the next action
          </button>
        ) : null}
      </div>
    </form>
  );
}
