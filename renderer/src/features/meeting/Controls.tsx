import type { MeetingState } from '../../../../shared/meeting';
import type { WindowCommand } from './store';

interface Props {
  /** The meeting shown: a postmortem's or a follow-up review's (the same controls run both). */
  state: MeetingState;
  send: (command: WindowCommand) => void;
  busy: boolean;
  onEnd: () => void;
  onHelp: () => void;
  onPresent: () => void;
  chime: boolean;
  onChime: (on: boolean) => void;
}

/** The facilitator's buttons; each names its shortcut (aria-keyshortcuts and a visible key). */
export function Controls({ state, send, busy, onEnd, onHelp, onPresent, chime, onChime }: Props) {
  const { status, currentStepIndex, agenda } = state;
  const live = status === 'running' || status === 'paused';
  const go = send;
  const hasNext = agenda.some((s, i) => i > currentStepIndex && !s.skipped);
  const hasPrevious = agenda.some((s, i) => i < currentStepIndex && !s.skipped);
  const main =
    status === 'planned'
      ? { label: 'Start the meeting', command: { type: 'start' } as const }
      : status === 'running'
        ? { label: 'Pause', command: { type: 'pause' } as const }
        : { label: 'Resume', command: { type: 'resume' } as const };
  return (
    <div className="meeting-controls" role="group" aria-label="Meeting controls">
      {status !== 'ended' ? (
        <button
          type="button"
          className="button primary"
          onClick={() => go(main.command)}
          aria-keyshortcuts="Space"
          disabled={busy}
        >
          {main.label} <kbd aria-hidden="true">Space</kbd>
        </button>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => go({ type: 'previous' })}
        disabled={!live || !hasPrevious}
        aria-keyshortcuts="P ArrowLeft"
      >
        Previous step <kbd aria-hidden="true">P</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => go({ type: 'next' })}
        disabled={!live || !hasNext}
        aria-keyshortcuts="N ArrowRight"
      >
        Next step <kbd aria-hidden="true">N</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => go({ type: 'addTime', seconds: 60 })}
        disabled={!live}
        aria-keyshortcuts="M +"
      >
        +1 minute <kbd aria-hidden="true">M</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => go({ type: 'addTime', seconds: 300 })}
        disabled={!live}
        aria-keyshortcuts="Shift+M"
      >
        +5 minutes <kbd aria-hidden="true">⇧M</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => go({ type: 'addTime', seconds: -60 })}
        disabled={!live || (agenda[currentStepIndex]?.addedSeconds ?? 0) < 60}
        aria-keyshortcuts="-"
      >
        −1 minute <kbd aria-hidden="true">−</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => go({ type: 'skip' })}
        disabled={!live || !hasNext}
        aria-keyshortcuts="S"
      >
        Skip step <kbd aria-hidden="true">S</kbd>
      </button>
      <button
        type="button"
        className="button danger"
        onClick={onEnd}
        disabled={!live}
        aria-keyshortcuts="E"
      >
        End meeting… <kbd aria-hidden="true">E</kbd>
      </button>
      <span className="meeting-controls-end">
        <label className="chime-toggle">
          <input type="checkbox" checked={chime} onChange={(e) => onChime(e.target.checked)} />
          Chime at the last minute and at overrun
        </label>
        <button type="button" className="button quiet" onClick={onPresent}>
          Open presenter view
        </button>
        <button type="button" className="button quiet" onClick={onHelp} aria-keyshortcuts="?">
          Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </span>
    </div>
  );
}
