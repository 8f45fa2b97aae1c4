import { useEffect, useRef } from 'react';
import {
  commandForShortcut,
  isScreenAction,
  matchMeetingShortcut,
  shortcutFor,
  type MeetingShortcut,
  type MeetingShortcutAction,
  type ScreenShortcutAction,
  type MeetingState,
  type TargetDescriptor,
} from '../../../../shared/meeting';
import { onEvent } from '../../api';
import type { WindowCommand } from './store';

/** The meeting the keys drive (a postmortem's or a follow-up review's) and how to send to it. */
export interface ShortcutTarget {
  state: MeetingState;
  send: (command: WindowCommand) => void;
}

// Arrow keys move within these controls natively (radio groups, sliders, tabs, lists).
const ARROW_OWNERS = new Set(['radio', 'range', 'slider', 'tab', 'listbox', 'option', 'menuitem']);

function ownsArrows(element: Element | null): boolean {
  if (!element) return false;
  const kind = (element.getAttribute('role') ?? element.getAttribute('type') ?? '').toLowerCase();
  return ARROW_OWNERS.has(kind);
}

function describeTarget(element: Element | null): TargetDescriptor | null {
  if (!element || element === document.body) return null;
  const html = element as HTMLElement;
  return {
    tagName: element.tagName,
    isContentEditable: html.isContentEditable,
    type: element.getAttribute('type'),
    role: element.getAttribute('role'),
  };
}

interface Handlers {
  onHelp: () => void;
  onEnd: () => void;
  /** Page Down / Page Up, J / K: the shared screen, not the meeting. */
  onScreen: (action: ScreenShortcutAction) => void;
  /** A dialog (help, end confirmation) is open: only '?' and Escape belong to the page then. */
  blocked: boolean;
}

/**
 * The meeting's keyboard map on the whole window, and the desktop app's Meeting menu, which sends
 * the same shortcuts as events. Nothing fires while typing in a field, with a modifier, on
 * auto-repeat, or while a dialog is open (see shared/meeting/shortcuts.ts).
 */
export function useMeetingShortcuts(record: ShortcutTarget | null, handlers: Handlers): void {
  const latest = useRef({ record, handlers });
  useEffect(() => {
    latest.current = { record, handlers };
  });
  useEffect(() => {
    const run = (shortcut: MeetingShortcut) => {
      const { record: current, handlers: h } = latest.current;
      if (!current) return;
      if (shortcut.action === 'help') return h.onHelp();
      if (isScreenAction(shortcut.action)) return h.onScreen(shortcut.action);
      if (shortcut.action === 'end') {
        if (current.state.status === 'running' || current.state.status === 'paused') h.onEnd();
        return;
      }
      const command = commandForShortcut(shortcut, current.state);
      if (!command) return;
      const { expectedRevision: _r, ...rest } = command;
      current.send(rest as WindowCommand);
    };
    const onKey = (event: KeyboardEvent) => {
      const { record: current, handlers: h } = latest.current;
      if (!current || event.defaultPrevented) return;
      const target = describeTarget(
        event.target instanceof Element ? event.target : document.activeElement,
      );
      const shortcut: MeetingShortcut | null = matchMeetingShortcut(
        {
          key: event.key,
          code: event.code,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          repeat: event.repeat,
        },
        target,
      );
      if (!shortcut) return;
      const focused = event.target instanceof Element ? event.target : document.activeElement;
      if (event.key.startsWith('Arrow') && ownsArrows(focused)) return;
      if (h.blocked && shortcut.action !== 'help') return;
      event.preventDefault();
      run(shortcut);
    };
    // A menu click is deliberate: it runs even while a field has the focus, but not over a dialog.
    const stopMenu = onEvent('app.meetingShortcut', ({ action, stepIndex }) => {
      const shortcut = shortcutFor(action as MeetingShortcutAction, stepIndex);
      if (shortcut && (!latest.current.handlers.blocked || shortcut.action === 'help'))
        run(shortcut);
    });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, []);
}
