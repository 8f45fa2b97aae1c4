import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import type { Postmortem } from '../../../../shared/domain';
import {
  formatDuration,
  screenOf,
  type MeetingClock,
  type ScreenLayout,
  type StepId,
} from '../../../../shared/meeting';
import { useLiveDocument, useMeeting, useMeetingClock } from './hooks';
import { stepBlocks, type AgendaLine, type PresenterBlock } from './presenter/blocks';
// Both windows read it (the facilitator's list of items too).
import { presenterCauseTree as causeTreeView } from '../analysis/drawn/presenter-cause-tree';
import { EvidenceScreen } from './presenter/EvidenceScreen';
import { PagedFlow } from './presenter/PagedFlow';
import { PresenterTimer } from './presenter/PresenterTimer';
import { useMeetingStore } from './store';
import { clockTime } from './Timer';
import './meeting.css';
import './presenter/presenter.css';

export interface PresenterViewProps {
  postmortemId: string;
}

/**
 * What the room sees on the shared screen: a one-line header (step and timer), the step's
 * content paged to fit with a visible "1 / 3", and the meeting's figures. No controls: the
 * facilitator pages and highlights from their own window, through the back end (meeting.screen),
 * so a reload of either window shows the same page.
 */
export function PresenterView({ postmortemId }: PresenterViewProps) {
  const { record, error } = useMeeting(postmortemId);
  const { doc } = useLiveDocument(postmortemId);
  const clock = useMeetingClock(record);
  if (!record || !clock) {
    return (
      <main className="presenter" data-testid="presenter" id="main">
        <p>{error ?? 'Waiting for the meeting…'}</p>
      </main>
    );
  }
  return <PresenterScreen record={record} clock={clock} doc={doc} />;
}

/** The agenda's lines, stable while the timeboxes stay the same (the clock ticks 4 times a second). */
function useAgendaLines(clock: MeetingClock): AgendaLine[] | null {
  const key =
    clock.status === 'planned'
      ? JSON.stringify(
          clock.steps
            .filter((s) => !s.skipped)
            .map((s) => ({ title: s.title, timeboxSeconds: s.timeboxSeconds })),
        )
      : null;
  return useMemo(() => (key === null ? null : (JSON.parse(key) as AgendaLine[])), [key]);
}

/** Steps the title's size down (to 24 px at least) until the header fits on one line. */
function useOneLineHeader(title: string) {
  const header = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const fit = () => {
      let size = 36;
      element.style.setProperty('--presenter-title-size', `${size}px`);
      while (element.scrollWidth > element.clientWidth && size > 24) {
        size -= 2;
        element.style.setProperty('--presenter-title-size', `${size}px`);
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [title]);
  return header;
}

interface ScreenProps {
  record: MeetingRecord;
  clock: MeetingClock;
  doc: Postmortem | null;
}

function PresenterScreen({ record, clock, doc }: ScreenProps) {
  const { status } = record.state;
  // A postmortem's meeting holds only its own steps (its store parses it as that kind).
  const stepId = clock.current.id as StepId;
  const screen = screenOf(record.screens, stepId);
  const agenda = useAgendaLines(clock);
  const blocks = useMemo<PresenterBlock[] | null>(
    () => (doc ? stepBlocks(stepId, { doc, record, agenda, causeTree: causeTreeView }) : null),
    [stepId, doc, record, agenda],
  );

  // The layout measured here, at this window's size, of what is on screen (the step's content or
  // the evidence); reported when it differs from the stored one.
  const content = `${stepId}|${screen.evidence ? JSON.stringify(screen.evidence.spec) : 'step'}`;
  const [local, setLocal] = useState<{ content: string; layout: ScreenLayout } | null>(null);
  const stored = useRef(screen.layout);
  useEffect(() => {
    stored.current = screen.layout;
  });
  const { postmortemId } = record;
  const onLayout = useCallback(
    (layout: ScreenLayout) => {
      setLocal({ content, layout });
      if (JSON.stringify(layout) === JSON.stringify(stored.current)) return;
      void useMeetingStore
        .getState()
        .screen(postmortemId, { type: 'layout', stepId, layout }, { quiet: true });
    },
    [postmortemId, stepId, content],
  );

  const layout = local?.content === content ? local.layout : null;
  const pageCount = layout?.pageCount ?? 1;
  const focusPage = screen.focus === null ? undefined : layout?.itemPages[screen.focus];
  const page = focusPage ?? Math.min(screen.page, pageCount - 1);
  const header = useOneLineHeader(clock.current.title);

  return (
    <main
      className="presenter"
      data-testid="presenter"
      data-status={status}
      id="main"
      aria-labelledby="presenter-title"
    >
      <header className="presenter-head" ref={header}>
        <p className="presenter-step">
          Step {clock.current.index + 1} of {clock.steps.length}
        </p>
        <h1 id="presenter-title">{clock.current.title}</h1>
        <PresenterTimer clock={clock} />
      </header>
      {doc && screen.evidence ? (
        <EvidenceScreen
          key={`${stepId}:${JSON.stringify(screen.evidence.spec)}`}
          evidence={screen.evidence}
          doc={doc}
          page={page}
          focus={screen.focus}
          onLayout={onLayout}
        />
      ) : blocks ? (
        <PagedFlow
          key={stepId}
          blocks={blocks}
          page={page}
          focus={screen.focus}
          onLayout={onLayout}
          // The drawn tree takes the page's whole width.
          narrow={stepId === 'root_causes' && !!doc && !!causeTreeView?.hasTree(doc)}
        />
      ) : (
        // Nothing is measured (nor reported) until the content is there: an empty layout would
        // take the highlight away.
        <p>Loading the document…</p>
      )}
      <footer className="presenter-foot">
        <p className="presenter-meeting">
          Meeting {formatDuration(clock.elapsedSeconds)} of {formatDuration(clock.plannedSeconds)}
          {status === 'running' || status === 'paused'
            ? ` · projected end ${clockTime(clock.projectedEndMs)}`
            : ''}
        </p>
        <p className="presenter-page" data-testid="presenter-page">
          <span className="presenter-page-cue">
            {page + 1} / {pageCount}
          </span>
          {page + 1 < pageCount ? <span> More on the next page →</span> : null}
        </p>
      </footer>
    </main>
  );
}
