import { ExportToggle } from '../export/ExportPanel';
import { useCallback, useState, type ReactNode } from 'react';
import type { Pin } from '../../../../shared/evidence';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PinActionsContext } from '../../components/pin-actions';
import { AgendaPanel } from './AgendaPanel';
import { CapturePanel } from './CapturePanel';
import { useChimeOnPhase, useChimePreference } from './chime';
import { Controls } from './Controls';
import { ShowOnScreenButton } from './evidence-on-screen';
import { HelpOverlay } from './HelpOverlay';
import { useLiveDocument, useMeeting, useMeetingClock } from './hooks';
import { MeetingLogTable } from './MeetingLogTable';
import { presenterHash } from './routes';
import { runScreenAction, ScreenPanel, useScreenItems } from './ScreenPanel';
import { StepPane } from './StepPane';
import { useMeetingStore } from './store';
import { MeetingFigures, StepTimer } from './Timer';
import { useMeetingShortcuts } from './use-shortcuts';
import './meeting.css';

export interface MeetingViewProps {
  postmortemId: string;
  /** The document editor's section (by section id, plus 'participants'), for the current step. */
  renderSection: (sectionId: string) => ReactNode;
}

function openPresenter(postmortemId: string): void {
  // Electron's shell turns this into its own presenter window; the browser host opens a page.
  const url = `${window.location.pathname}${window.location.search}${presenterHash(postmortemId)}`;
  window.open(url, `presenter-${postmortemId}`);
}

function GeneralMessage() {
  const message = useMeetingStore((s) => (s.message && !s.message.field ? s.message : null));
  const clear = useMeetingStore((s) => s.clearMessage);
  return (
    <div className="meeting-message" role={message?.kind === 'error' ? 'alert' : 'status'}>
      {message ? (
        <>
          <span className={message.kind === 'error' ? 'error-text' : undefined}>
            {message.text}
          </span>{' '}
          <button type="button" className="link-button" onClick={clear}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}

/** The facilitator's meeting screen: agenda, clock and controls, the step, capture. */
export function MeetingView({ postmortemId, renderSection }: MeetingViewProps) {
  const { record, error } = useMeeting(postmortemId);
  const { doc } = useLiveDocument(postmortemId);
  const clock = useMeetingClock(record);
  const [help, setHelp] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [chime, setChime] = useChimePreference();
  const send = useMeetingStore((s) => s.send);
  const busy = useMeetingStore((s) => s.busy);
  useChimeOnPhase(clock, chime);
  const screen = useScreenItems(record, doc);
  const pinActions = useCallback(
    (pin: Pin) => (record ? <ShowOnScreenButton pin={pin} record={record} /> : null),
    [record],
  );
  useMeetingShortcuts(
    record ? { state: record.state, send: (command) => void send(postmortemId, command) } : null,
    {
      onHelp: () => setHelp((open) => !open),
      onEnd: () => setConfirmEnd(true),
      onScreen: (action) => {
        if (screen) runScreenAction(postmortemId, action, screen);
      },
      blocked: help || confirmEnd,
    },
  );

  if (error && !record) {
    return (
      <main className="screen narrow" id="main">
        <h1>The meeting could not be opened</h1>
        <p className="error-text">{error}</p>
      </main>
    );
  }
  if (!record || !clock) {
    return (
      <main className="screen narrow" id="main" aria-busy="true">
        <p className="muted">Opening the meeting…</p>
      </main>
    );
  }
  return (
    <div className="meeting-layout" data-status={record.state.status}>
      <header className="meeting-bar" aria-label="Meeting clock">
        <div className="meeting-bar-clock">
          <p className="meeting-status" data-testid="meeting-status">
            {clock.statusLabel}
          </p>
          <StepTimer clock={clock} />
          <MeetingFigures clock={clock} />
        </div>
        <Controls
          state={record.state}
          send={(command) => void send(postmortemId, command)}
          busy={busy}
          onEnd={() => setConfirmEnd(true)}
          onHelp={() => setHelp(true)}
          onPresent={() => openPresenter(postmortemId)}
          chime={chime}
          onChime={setChime}
        />
        <GeneralMessage />
        <p className="visually-hidden" aria-live="polite">
          {record.state.status === 'planned'
            ? ''
            : `Step ${clock.current.index + 1} of ${clock.steps.length}: ${clock.current.title}. ${clock.statusLabel}.`}
        </p>
      </header>
      <div className="meeting-body">
        <AgendaPanel record={record} clock={clock} />
        <PinActionsContext.Provider value={pinActions}>
          <StepPane record={record} clock={clock} doc={doc} renderSection={renderSection} />
        </PinActionsContext.Provider>
        <aside className="meeting-side" aria-label="Capture and log">
          {screen ? <ScreenPanel record={record} screen={screen} /> : null}
          <CapturePanel postmortemId={postmortemId} timeZone={doc?.summary.timeZone ?? 'UTC'} />
          {clock.current.id !== 'recap' ? <ExportToggle postmortemId={postmortemId} /> : null}
          {record.state.status !== 'planned' && clock.current.id !== 'recap' ? (
            <details className="meeting-log-details">
              <summary>Meeting log so far</summary>
              <MeetingLogTable clock={clock} record={record} />
            </details>
          ) : null}
        </aside>
      </div>
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
      {confirmEnd ? (
        <ConfirmDialog
          title="End the meeting?"
          message="The timings become final and go into the meeting log. The document stays editable."
          confirmLabel="End the meeting"
          onCancel={() => setConfirmEnd(false)}
          onConfirm={() => {
            setConfirmEnd(false);
            void send(postmortemId, { type: 'end' });
          }}
        />
      ) : null}
    </div>
  );
}
