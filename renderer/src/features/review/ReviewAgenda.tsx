import { formatDuration, type MeetingClock } from '../../../../shared/meeting';
import type { WindowCommand } from '../meeting/store';

const PROGRESS_TEXT = {
  current: 'current step',
  visited: 'done',
  not_visited: 'to come',
  skipped: 'skipped',
} as const;

/** The review's four steps with their timeboxes and the time taken; a button goes to each. */
export function ReviewAgenda({
  clock,
  send,
  busy,
}: {
  clock: MeetingClock;
  send: (command: WindowCommand) => void;
  busy: boolean;
}) {
  const live = clock.status === 'running' || clock.status === 'paused';
  return (
    <nav className="meeting-agenda" aria-label="Agenda">
      <h2 className="meeting-panel-title">Agenda</h2>
      <ol className="agenda-steps">
        {clock.steps.map((step) => (
          <li
            key={step.id}
            className={`agenda-step progress-${step.progress}`}
            aria-current={step.progress === 'current' ? 'step' : undefined}
          >
            <p>
              <strong>
                {step.index + 1}. {step.title}
              </strong>
            </p>
            <p className="muted">
              {formatDuration(step.timeboxSeconds)} planned
              {step.actualSeconds > 0
                ? ` · ${formatDuration(step.actualSeconds)} taken`
                : ''} · {PROGRESS_TEXT[step.progress]}
            </p>
            {live && step.progress !== 'current' ? (
              <button
                type="button"
                className="button small quiet"
                disabled={busy}
                onClick={() => send({ type: 'jump', stepIndex: step.index })}
                aria-label={`Go to step ${step.index + 1}: ${step.title}`}
              >
                Go to this step
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
