import { useId, useMemo } from 'react';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import type { Postmortem } from '../../../../shared/domain';
import {
  screenCommandFor,
  screenOf,
  type ScreenShortcutAction,
  type ScreenView,
  type StepId,
  postmortemStepOf,
} from '../../../../shared/meeting';
import { evidenceTitle, showEvidence } from './evidence-on-screen';
// Both windows read it (the facilitator's list of items too).
import { presenterCauseTree as causeTreeView } from '../analysis/drawn/presenter-cause-tree';
import { screenItems, stepBlocks } from './presenter/blocks';
import { useMeetingStore } from './store';

export interface ScreenItems {
  view: ScreenView;
  items: { key: string; label: string }[];
}

/** The current step's shared screen and the items it holds, from the document as stored. */
export function useScreenItems(
  record: MeetingRecord | null,
  doc: Postmortem | null,
): ScreenItems | null {
  const stepId: StepId | null = record
    ? postmortemStepOf(record.state.agenda[record.state.currentStepIndex]!.id)
    : null;
  const view = record && stepId ? screenOf(record.screens, stepId) : null;
  const showing = view?.evidence !== null && view?.evidence !== undefined;
  const layout = view?.layout ?? null;
  const items = useMemo(() => {
    if (!doc || !record || !stepId) return [];
    // Evidence on screen: its items (the drift table's columns) as the presenter laid them out.
    if (showing) return evidenceItems(layout);
    return screenItems(stepBlocks(stepId, { doc, record, agenda: null, causeTree: causeTreeView }));
  }, [stepId, doc, record, showing, layout]);
  return view ? { view, items } : null;
}

function evidenceItems(layout: ScreenView['layout']): { key: string; label: string }[] {
  return Object.keys(layout?.itemPages ?? {}).map((key) => ({
    key,
    label: key.replace(/^column:/, 'Column '),
  }));
}

/** Sends what a screen key or button means, if anything. */
export function runScreenAction(
  postmortemId: string,
  action: ScreenShortcutAction,
  { view, items }: ScreenItems,
): void {
  const command = screenCommandFor(
    action,
    view,
    items.map((i) => i.key),
  );
  if (command) void useMeetingStore.getState().screen(postmortemId, command);
}

/**
 * The facilitator's hold on the shared screen: which page the room sees (of how many, as the
 * presenter window counted them) and which item is highlighted. Keys: Page Down / Page Up, J / K.
 */
export function ScreenPanel({ record, screen }: { record: MeetingRecord; screen: ScreenItems }) {
  const id = useId();
  const { view, items } = screen;
  const error = useMeetingStore((s) => (s.message?.field === 'screen' ? s.message.text : null));
  const run = (action: ScreenShortcutAction) =>
    runScreenAction(record.postmortemId, action, screen);
  const pageCount = view.layout?.pageCount ?? null;
  const page = pageCount === null ? view.page : Math.min(view.page, pageCount - 1);
  const focusAt = view.focus === null ? -1 : items.findIndex((i) => i.key === view.focus);
  return (
    <section className="meeting-screen" aria-labelledby={`${id}-title`}>
      <h2 className="meeting-panel-title" id={`${id}-title`}>
        Shared screen
      </h2>
      {view.evidence ? (
        <div className="meeting-screen-evidence">
          <p>
            Showing evidence: <strong dir="auto">{evidenceTitle(view.evidence)}</strong>
          </p>
          <button type="button" className="button small" onClick={() => showEvidence(record, null)}>
            Take the evidence off the shared screen
          </button>
        </div>
      ) : null}
      <p data-testid="screen-page">
        Page{' '}
        <strong>
          {page + 1} / {pageCount ?? '?'}
        </strong>
        {pageCount === null ? (
          <span className="hint"> (open the presenter view to count the pages)</span>
        ) : null}
      </p>
      <div className="meeting-screen-buttons" role="group" aria-label="Pages on the shared screen">
        <button
          type="button"
          className="button small"
          disabled={page === 0}
          onClick={() => run('screenPreviousPage')}
          aria-keyshortcuts="PageUp"
        >
          Previous page <kbd aria-hidden="true">PgUp</kbd>
        </button>
        <button
          type="button"
          className="button small"
          disabled={pageCount !== null && page >= pageCount - 1}
          onClick={() => run('screenNextPage')}
          aria-keyshortcuts="PageDown"
        >
          Next page <kbd aria-hidden="true">PgDn</kbd>
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-focus`}>Highlighted on the shared screen</label>
        <select
          id={`${id}-focus`}
          value={focusAt < 0 ? '' : view.focus!}
          disabled={items.length === 0}
          onChange={(e) =>
            void useMeetingStore.getState().screen(record.postmortemId, {
              type: 'focus',
              stepId: view.stepId,
              key: e.currentTarget.value || null,
            })
          }
        >
          <option value="">Nothing highlighted</option>
          {items.map((item) => (
            <option key={item.key} value={item.key}>
              {item.label}
            </option>
          ))}
        </select>
      </div>
      <div
        className="meeting-screen-buttons"
        role="group"
        aria-label="Highlight on the shared screen"
      >
        <button
          type="button"
          className="button small"
          disabled={focusAt < 0}
          onClick={() => run('screenPreviousItem')}
          aria-keyshortcuts="K"
        >
          Previous item <kbd aria-hidden="true">K</kbd>
        </button>
        <button
          type="button"
          className="button small"
          disabled={items.length === 0 || focusAt === items.length - 1}
          onClick={() => run('screenNextItem')}
          aria-keyshortcuts="J"
        >
          Next item <kbd aria-hidden="true">J</kbd>
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
