import {
  formatDuration,
  formatDurationWords,
  PHASE_LABELS,
  type MeetingClock,
} from '../../../../../shared/meeting';

/** The phase in a few words: the figure beside it already says by how much. */
function shortPhase(clock: MeetingClock): string {
  if (clock.status === 'planned') return 'Not started';
  if (clock.status === 'ended') return 'Meeting ended';
  const paused = clock.status === 'paused' ? 'Paused · ' : '';
  return `${paused}${PHASE_LABELS[clock.current.phase]}`;
}

/** The step's countdown for the shared screen, on the header's one line. */
export function PresenterTimer({ clock }: { clock: MeetingClock }) {
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
      : `${formatDurationWords(current.remainingSeconds)} ${clock.status === 'planned' ? 'planned for' : 'left in'} this step`;
  const phase = ended ? 'ended' : current.phase;
  return (
    <p className={`presenter-timer phase-${phase} status-${clock.status}`} data-phase={phase}>
      <span className="timer-figure" role="timer" aria-label={words}>
        {figure}
      </span>{' '}
      <span className="timer-phase">{shortPhase(clock)}</span>
    </p>
  );
}
