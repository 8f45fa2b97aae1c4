import { useId, type KeyboardEvent } from 'react';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import {
  agendaPlannedSeconds,
  formatDuration,
  MAX_TOTAL_MINUTES,
  stepDigit,
  type MeetingClock,
} from '../../../../shared/meeting';
import { useMeetingStore } from './store';
import { clockTime } from './Timer';

const PROGRESS_TEXT = {
  current: 'current step',
  visited: 'done',
  not_visited: 'to come',
  skipped: 'skipped',
} as const;

// JSON has no NaN: a field left empty or unreadable is answered here rather than sent.
function refuseUnreadable(text: string, what: string, field: string): boolean {
  if (text.trim() !== '' && Number.isFinite(Number(text))) return false;
  useMeetingStore.setState({
    message: { kind: 'error', text: `${what}: type a number of minutes.`, field },
  });
  return true;
}

function commitOnEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.currentTarget.blur();
}

function FieldMessage({ field, id }: { field: string; id: string }) {
  const message = useMeetingStore((s) => (s.message?.field === field ? s.message : null));
  if (!message) return null;
  return (
    <p id={id} className={message.kind === 'error' ? 'field-error' : 'hint'} role="alert">
      {message.text}
    </p>
  );
}

/**
 * The agenda: every step with its timebox (minutes, editable before and during the meeting), a
 * skip switch, the time it took, and a button to go there; the meeting length below, rescaling.
 */
export function AgendaPanel({ record, clock }: { record: MeetingRecord; clock: MeetingClock }) {
  const send = useMeetingStore((s) => s.send);
  const baseId = useId();
  const { state } = record;
  const ended = state.status === 'ended';
  const planned = state.status === 'planned';
  const plannedMinutes = Math.round(agendaPlannedSeconds(state.agenda) / 60);

  const commitTimebox = (index: number, text: string) => {
    const step = state.agenda[index]!;
    if (refuseUnreadable(text, `Step "${step.title}"`, `timebox-${index}`)) return;
    const seconds = Math.round(Number(text) * 60 * 1000) / 1000;
    if (seconds === step.plannedSeconds) return;
    void send(
      record.postmortemId,
      { type: 'setTimebox', stepIndex: index, seconds },
      `timebox-${index}`,
    );
  };

  return (
    <nav className="meeting-agenda" aria-label="Agenda">
      <h2 className="meeting-panel-title">Agenda</h2>
      <ol className="agenda-steps">
        {clock.steps.map((step) => {
          const field = `timebox-${step.index}`;
          const messageId = `${baseId}-${field}`;
          return (
            <li
              key={step.id}
              className={`agenda-step progress-${step.progress}`}
              aria-current={step.progress === 'current' ? 'step' : undefined}
            >
              <div className="agenda-step-head">
                <button
                  type="button"
                  className="agenda-jump"
                  disabled={planned || ended || step.progress === 'current'}
                  onClick={() =>
                    void send(record.postmortemId, { type: 'jump', stepIndex: step.index })
                  }
                  aria-keyshortcuts={stepDigit(step.index)}
                >
                  <span className="agenda-number">{step.index + 1}</span>
                  <span className="agenda-title">{step.title}</span>
                </button>
                <span className="agenda-progress">{PROGRESS_TEXT[step.progress]}</span>
              </div>
              <div className="agenda-step-fields">
                <label className="agenda-minutes">
                  <span>Minutes</span>
                  <input
                    key={`${step.index}-${step.plannedSeconds}`}
                    type="number"
                    inputMode="decimal"
                    min={1}
                    max={480}
                    step="any"
                    defaultValue={step.plannedSeconds / 60}
                    disabled={ended}
                    aria-label={`Minutes for ${step.title}`}
                    aria-describedby={messageId}
                    onBlur={(e) => commitTimebox(step.index, e.currentTarget.value)}
                    onKeyDown={commitOnEnter}
                  />
                </label>
                {step.addedSeconds > 0 ? (
                  <span className="agenda-added">+{formatDuration(step.addedSeconds)} added</span>
                ) : null}
                <span className="agenda-actual" aria-label={`Time spent on ${step.title}`}>
                  {formatDuration(step.actualSeconds)}
                </span>
                <label className="agenda-skip">
                  <input
                    type="checkbox"
                    checked={step.skipped}
                    disabled={ended}
                    aria-label={`Skip ${step.title}`}
                    onChange={(e) =>
                      void send(
                        record.postmortemId,
                        e.currentTarget.checked
                          ? { type: 'skip', stepIndex: step.index }
                          : { type: 'unskip', stepIndex: step.index },
                        field,
                      )
                    }
                  />
                  <span>Skip</span>
                </label>
              </div>
              <FieldMessage field={field} id={messageId} />
            </li>
          );
        })}
      </ol>
      <div className="agenda-total">
        <p data-testid="agenda-sum">
          Timeboxes add up to <strong>{formatDuration(clock.plannedSeconds)}</strong>
          {clock.status === 'ended' ? null : (
            <>
              {' '}
              · planned end <strong>{clockTime(clock.plannedEndMs)}</strong>
            </>
          )}
        </p>
        <label className="agenda-minutes">
          <span>Meeting length (minutes)</span>
          <input
            key={`total-${plannedMinutes}`}
            type="number"
            inputMode="numeric"
            min={state.agenda.length}
            max={MAX_TOTAL_MINUTES}
            step={1}
            defaultValue={plannedMinutes}
            disabled={ended}
            aria-describedby={`${baseId}-total`}
            onBlur={(e) => {
              const text = e.currentTarget.value;
              if (refuseUnreadable(text, 'Meeting length', 'total')) return;
              const minutes = Number(text);
              if (minutes === plannedMinutes) return;
              void send(record.postmortemId, { type: 'setTotal', minutes }, 'total');
            }}
            onKeyDown={commitOnEnter}
          />
        </label>
        <p className="hint">
          Changing the length rescales the {planned ? '' : 'current and later '}steps in proportion.
        </p>
        <FieldMessage field="total" id={`${baseId}-total`} />
      </div>
    </nav>
  );
}
