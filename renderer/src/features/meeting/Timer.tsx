import { formatDuration, formatDurationWords, type MeetingClock } from '../../../../shared/meeting';

/** A time of day in the window's zone, for the planned and projected end. */
export function clockTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** What the step's phase means, in words (colour is never the only signal). */
export function phaseText(clock: MeetingClock): string {
  if (clock.status === 'planned') return 'Not started';
  if (clock.status === 'ended') return 'Meeting ended · total time';
  const { current } = clock;
  const paused = clock.status === 'paused' ? 'Paused · ' : '';
  if (current.phase === 'overrun')
    return `${paused}Over time by ${formatDuration(current.overrunSeconds)}`;
  if (current.phase === 'warning') return `${paused}Last minute`;
  return `${paused}On time`;
}

/**
 * The current step's countdown; past the end it counts the overrun up with a plus sign. Once the
 * meeting has ended no step is running: it shows how long the meeting ran instead.
 */
export function StepTimer({ clock, className }: { clock: MeetingClock; className?: string }) {
  const { current } = clock;
  const ended = clock.status === 'ended';
  const over = !ended && current.phase === 'overrun';
  const figure = ended
    ? formatDuration(clock.elapsedSeconds)
    : over
      ? `+${formatDuration(current.overrunSeconds)}`
      : formatDuration(current.remainingSeconds);
  const words = ended
    ? `The meeting ended after ${formatDurationWords(clock.elapsedSeconds)}`
    : over
      ? `${formatDurationWords(current.overrunSeconds)} over time`
      : clock.status === 'planned'
        ? `${formatDurationWords(current.remainingSeconds)} planned for this step`
        : `${formatDurationWords(current.remainingSeconds)} left in this step`;
  const phase = ended ? 'ended' : current.phase;
  return (
    <div
      className={`step-timer phase-${phase} status-${clock.status} ${className ?? ''}`}
      data-phase={phase}
    >
      <span className="timer-figure" role="timer" aria-label={words} data-testid="step-countdown">
        {figure}
      </span>
      <span className="timer-phase" aria-live="polite" data-testid="step-phase">
        {phaseText(clock)}
      </span>
    </div>
  );
}

/** Elapsed, remaining and the planned end of the whole meeting. */
export function MeetingFigures({ clock }: { clock: MeetingClock }) {
  const late = clock.remainingSeconds < 0;
  return (
    <dl className="meeting-figures">
      <div>
        <dt>Meeting elapsed</dt>
        <dd data-testid="meeting-elapsed">{formatDuration(clock.elapsedSeconds)}</dd>
      </div>
      <div>
        <dt>{late ? 'Over plan by' : 'Remaining'}</dt>
        <dd data-testid="meeting-remaining">{formatDuration(Math.abs(clock.remainingSeconds))}</dd>
      </div>
      <div>
        <dt>Planned end</dt>
        <dd>{clockTime(clock.plannedEndMs)}</dd>
      </div>
      {clock.status !== 'planned' && clock.status !== 'ended' ? (
        <div>
          <dt>Projected end</dt>
          <dd>{clockTime(clock.projectedEndMs)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
