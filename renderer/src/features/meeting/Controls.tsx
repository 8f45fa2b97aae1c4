import { useEffect, useId, useRef, useState } from 'react';
import {
  shortcutFor,
  type MeetingShortcutAction,
  type MeetingState,
} from '../../../../shared/meeting';
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

/** The tooltip: the full name and every key of the shortcut, from the table the keys run on. */
export function shortcutTitle(name: string, action: MeetingShortcutAction): string {
  const keys = shortcutFor(action)?.keys ?? [];
  return keys.length > 0 ? `${name} (${keys.join(' or ')})` : name;
}

interface ControlProps {
  /** The full name, for screen readers and tests; the shown label is part of it (label in name). */
  name: string;
  label: string;
  action: MeetingShortcutAction;
  /** The key shown on the button, and the keys announced (aria-keyshortcuts syntax). */
  kbd: string;
  keys: string;
  variant?: 'primary' | 'danger';
  disabled: boolean;
  onClick: () => void;
}

/** One of the bar's buttons: a short label and its key, the full name and keys in the tooltip. */
function Control({ name, label, action, kbd, keys, variant, disabled, onClick }: ControlProps) {
  return (
    <button
      type="button"
      className={variant ? `button ${variant}` : 'button'}
      onClick={onClick}
      disabled={disabled}
      aria-label={name}
      title={shortcutTitle(name, action)}
      aria-keyshortcuts={keys}
    >
      {label} <kbd aria-hidden="true">{kbd}</kbd>
    </button>
  );
}

/**
 * What the facilitator needs once a meeting, not once a step (the chime, the shortcuts' list),
 * behind one button, so the bar keeps to one row at 1280 px. A popover: Escape and a click
 * elsewhere close it, and it follows its button in the Tab order.
 */
function MoreMenu({ chime, onChime, onHelp }: Pick<Props, 'chime' | 'onChime' | 'onHelp'>) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const sync = (event: Event) => setOpen((event as ToggleEvent).newState === 'open');
    element.addEventListener('toggle', sync);
    return () => element.removeEventListener('toggle', sync);
  }, []);
  return (
    <>
      <button
        type="button"
        className="button quiet meeting-more-button"
        popoverTarget={id}
        aria-expanded={open}
        aria-label="More meeting controls"
        title="More meeting controls: the chime, the keyboard shortcuts (?)"
      >
        More <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={panel}
        id={id}
        popover="auto"
        className="meeting-more-panel"
        role="group"
        aria-label="More meeting controls"
      >
        <label className="chime-toggle">
          <input type="checkbox" checked={chime} onChange={(e) => onChime(e.target.checked)} />
          Chime at the last minute and at overrun
        </label>
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            panel.current?.hidePopover();
            onHelp();
          }}
          aria-label="Keyboard shortcuts"
          title={shortcutTitle('Keyboard shortcuts', 'help')}
          aria-keyshortcuts="?"
        >
          Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
    </>
  );
}

/**
 * The facilitator's buttons: the step's and the clock's in one row, short labels each with its
 * key shown (the full name is the accessible name and, with every key, the tooltip); the
 * presenter view and the "More" menu beside the clock.
 */
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
    <>
      <div className="meeting-controls" role="group" aria-label="Meeting controls">
        {status !== 'ended' ? (
          <Control
            name={main.label}
            label={main.label}
            action="startPauseResume"
            kbd="Space"
            keys="Space"
            variant="primary"
            onClick={() => go(main.command)}
            disabled={busy}
          />
        ) : null}
        <Control
          name="Previous step"
          label="Previous"
          action="previous"
          kbd="P"
          keys="P ArrowLeft"
          onClick={() => go({ type: 'previous' })}
          disabled={!live || !hasPrevious}
        />
        <Control
          name="Next step"
          label="Next"
          action="next"
          kbd="N"
          keys="N ArrowRight"
          onClick={() => go({ type: 'next' })}
          disabled={!live || !hasNext}
        />
        <Control
          name="+1 minute"
          label="+1 min"
          action="addOneMinute"
          kbd="M"
          keys="M +"
          onClick={() => go({ type: 'addTime', seconds: 60 })}
          disabled={!live}
        />
        <Control
          name="+5 minutes"
          label="+5 min"
          action="addFiveMinutes"
          kbd="⇧M"
          keys="Shift+M"
          onClick={() => go({ type: 'addTime', seconds: 300 })}
          disabled={!live}
        />
        <Control
          name="−1 minute"
          label="−1 min"
          action="removeOneMinute"
          kbd="−"
          keys="-"
          onClick={() => go({ type: 'addTime', seconds: -60 })}
          disabled={!live || (agenda[currentStepIndex]?.addedSeconds ?? 0) < 60}
        />
        <Control
          name="Skip step"
          label="Skip"
          action="skip"
          kbd="S"
          keys="S"
          onClick={() => go({ type: 'skip' })}
          disabled={!live || !hasNext}
        />
        <Control
          name="End meeting…"
          label="End meeting…"
          action="end"
          kbd="E"
          keys="E"
          variant="danger"
          onClick={onEnd}
          disabled={!live}
        />
      </div>
      <span className="meeting-controls-end">
        <button
          type="button"
          className="button quiet"
          onClick={onPresent}
          aria-label="Open presenter view"
          title="Open presenter view: the shared screen, in a window of its own"
        >
          Presenter view
        </button>
        <MoreMenu chime={chime} onChime={onChime} onHelp={onHelp} />
      </span>
    </>
  );
}
