import { useId, useState } from 'react';
import type { ReviewRecord } from '../../../../shared/review';
import { UserText } from '../../components/UserText';
import { useAppStore } from '../../stores/store';

/** Names typed as "Ana, Bo": commas or new lines part them. */
export function namesOf(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

function Attendees({
  review,
  onSave,
}: {
  review: ReviewRecord;
  onSave: (names: string[]) => Promise<string | null>;
}) {
  const stored = review.attendees.join(', ');
  const [text, setText] = useState(stored);
  // Names saved from another window replace the field (adjusted while rendering, not in an effect).
  const [basis, setBasis] = useState(stored);
  if (basis !== stored) {
    setBasis(stored);
    setText(stored);
  }
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  return (
    <form
      className="review-attendees"
      onSubmit={(e) => {
        e.preventDefault();
        const names = namesOf(text);
        const long = names.find((n) => n.length > 200);
        if (long) {
          setProblem(`Who attended: "${long.slice(0, 40)}…" is longer than 200 characters.`);
          return;
        }
        void onSave(names).then((p) => {
          setProblem(p);
          setSaved(p === null);
        });
      }}
    >
      <label className="field-label" htmlFor={`${id}-names`}>
        Who attended (names, separated by commas)
      </label>
      <input
        id={`${id}-names`}
        type="text"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit" className="button small">
        Save who attended
      </button>
      <span role="status" className="muted">
        {saved ? 'Saved.' : ''}
      </span>
      {problem ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

/** Who is here, which postmortems are followed up, and the rule of the meeting. */
export function OpeningStep({
  review,
  onAttendees,
}: {
  review: ReviewRecord;
  onAttendees: (names: string[]) => Promise<string | null>;
}) {
  const navigate = useAppStore((s) => s.navigate);
  const count = (id: string) => review.items.filter((i) => i.postmortemId === id).length;
  return (
    <>
      <section className="meeting-ground-rules" aria-label="Ground rule">
        <h2>Ground rule</h2>
        <p>We check whether the actions were done and whether they worked, not who is to blame.</p>
      </section>
      <Attendees review={review} onSave={onAttendees} />
      <section aria-label="Postmortems followed up">
        <h2>Postmortems followed up</h2>
        <ul className="review-postmortems">
          {review.postmortems.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ name: 'editor', id: p.id, section: 'actions' })}
                aria-label={`Open postmortem ${p.title}`}
              >
                <UserText>{p.title}</UserText>
              </button>{' '}
              <span className="muted">
                · {count(p.id)} {count(p.id) === 1 ? 'action' : 'actions'} to review
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
