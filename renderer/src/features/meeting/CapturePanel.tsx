import { useId, useState, type FormEvent } from 'react';
import type { CaptureInput, CaptureKind } from '../../../../shared/contract/meeting';
import {
  actionArea,
  timelineKind,
  type ActionArea,
  type TimelineKind,
} from '../../../../shared/domain';
import { getApi } from '../../api';
import { localInputToUtc } from '../../lib/zoned-time';
import { documentSync } from '../../data/documents';
import { windowId } from '../../data/window-id';
import { errorText } from './store';

const KINDS: { kind: CaptureKind; label: string; submit: string; done: string }[] = [
  {
    kind: 'timeline',
    label: 'Timeline event',
    submit: 'Add to the timeline',
    done: 'Added to the timeline.',
  },
  {
    kind: 'action',
    label: 'Corrective action',
    submit: 'Add the action',
    done: 'Added to the corrective actions.',
  },
  {
    kind: 'parkingLot',
    label: 'Parking lot',
    submit: 'Park it',
    done: 'Added to the parking lot.',
  },
  { kind: 'note', label: 'Note', submit: 'Add the note', done: 'Added to the notes.' },
];

/**
 * Capture without leaving the step: each item is written by the back end into its place in the
 * document (meeting.capture), which then tells every window to reload the document.
 */
export function CapturePanel({
  postmortemId,
  timeZone,
}: {
  postmortemId: string;
  timeZone: string;
}) {
  const id = useId();
  const [kind, setKind] = useState<CaptureKind>('note');
  const [text, setText] = useState('');
  const [when, setWhen] = useState('');
  const [eventKind, setEventKind] = useState<TimelineKind>('other');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [area, setArea] = useState<ActionArea>('prevention');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [sending, setSending] = useState(false);
  const meta = KINDS.find((k) => k.kind === kind)!;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let input: CaptureInput;
    if (kind === 'timeline') {
      const at = when ? localInputToUtc(when, timeZone) : null;
      if (when && at === null) {
        setStatus({
          kind: 'error',
          text: 'The time is incomplete: fill in the date and time, or clear it for now.',
        });
        return;
      }
      input = {
        postmortemId,
        windowId: windowId(),
        kind,
        text,
        timelineKind: eventKind,
        ...(at ? { at } : {}),
      };
    } else if (kind === 'action') {
      input = {
        postmortemId,
        windowId: windowId(),
        kind,
        description: text,
        owner,
        dueDate: dueDate || null,
        area,
      };
    } else {
      input = { postmortemId, windowId: windowId(), kind, text };
    }
    setSending(true);
    try {
      const result = await getApi()['meeting.capture'](input);
      // This window's own batch: taken from the reply (other windows take it from the event).
      documentSync(postmortemId).receiveOwn(result.batch);
      setText('');
      setWhen('');
      setOwner('');
      setDueDate('');
      setStatus({ kind: 'ok', text: meta.done });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="meeting-capture" aria-labelledby={`${id}-title`}>
      <h2 className="meeting-panel-title" id={`${id}-title`}>
        Capture
      </h2>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset className="capture-kinds">
          <legend className="visually-hidden">What to capture</legend>
          {KINDS.map((k) => (
            <label key={k.kind} className="radio-pill">
              <input
                type="radio"
                name={`${id}-kind`}
                value={k.kind}
                checked={kind === k.kind}
                onChange={() => {
                  setKind(k.kind);
                  setStatus(null);
                }}
              />
              {k.label}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-text`}>{kind === 'action' ? 'Action' : meta.label}</label>
          <textarea
            dir="auto"
            id={`${id}-text`}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
            }}
          />
        </div>
        {kind === 'timeline' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-when`}>When ({timeZone}; empty for now)</label>
              <input
                id={`${id}-when`}
                type="datetime-local"
                value={when}
                onChange={(e) => setWhen(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-event-kind`}>Kind of event</label>
              <select
                id={`${id}-event-kind`}
                value={eventKind}
                onChange={(e) => setEventKind(e.target.value as TimelineKind)}
              >
                {timelineKind.values.map((v) => (
                  <option key={v} value={v}>
                    {timelineKind.labels[v]}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        {kind === 'action' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-owner`}>Owner</label>
              <input
                id={`${id}-owner`}
                dir="auto"
                type="text"
                value={owner}
                onChange={(e) => setOwner(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-due`}>Due date</label>
              <input
                id={`${id}-due`}
                type="date"
                value={dueDate}
                onChange={(e) => setDueDate(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-area`}>Area</label>
              <select
                id={`${id}-area`}
                value={area}
                onChange={(e) => setArea(e.target.value as ActionArea)}
              >
                {actionArea.values.map((v) => (
                  <option key={v} value={v}>
                    {actionArea.labels[v]}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        <button type="submit" className="button primary" disabled={sending}>
          {meta.submit}
        </button>
        <p
          className={status?.kind === 'error' ? 'field-error' : 'capture-status'}
          role={status?.kind === 'error' ? 'alert' : 'status'}
        >
          {status?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
