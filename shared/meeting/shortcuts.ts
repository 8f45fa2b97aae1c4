import { STEP_IDS, type MeetingCommand, type MeetingState } from './types';
import { STEP_TITLES } from './agenda';

/*
 * Keyboard map for the meeting screen. Choices:
 * - Single keys without Ctrl/Alt/Meta: those combinations belong to the menus and the OS.
 * - Held keys (auto-repeat) never fire: holding N must not race through the agenda.
 * - Digits match the physical key (event.code Digit1..9, Numpad1..9), so layouts where the top
 *   row types symbols unshifted (AZERTY) still jump. The agenda has ten steps: the tenth is 0,
 *   the key after 9 on the top row.
 * - "+" cannot be told apart from Shift+"=" on a US keyboard, so "+" / "=" / numpad + add one
 *   minute and Shift+M adds five (M alone also adds one); "-" takes one added minute back, the
 *   undo for a mistaken press.
 * - E ends the meeting only after a confirmation (destructive: the timings become final).
 * - Nothing fires while the focus is in a text field, and Space/Enter on a focused button keep
 *   their native meaning.
 * - The shared screen pages with Page Down / Page Up, the keys a presentation clicker sends (and
 *   "." / "," beside them for keyboards without); J / K move the highlight through the step's
 *   items, as in many lists.
 */

export type MeetingShortcutAction =
  | 'startPauseResume'
  | 'next'
  | 'previous'
  | 'jump'
  | 'addOneMinute'
  | 'addFiveMinutes'
  | 'removeOneMinute'
  | 'skip'
  | 'end'
  | 'screenNextPage'
  | 'screenPreviousPage'
  | 'screenNextItem'
  | 'screenPreviousItem'
  | 'help';

/** One way of pressing a shortcut. `shift` undefined means either; letters compare case-insensitively. */
export interface KeyMatch {
  key?: string;
  code?: string;
  shift?: boolean;
}

export interface MeetingShortcut {
  action: MeetingShortcutAction;
  /** Key names as shown in the help overlay and menus. */
  keys: string[];
  description: string;
  match: KeyMatch[];
  /** For 'jump': the 0-based step index. */
  stepIndex?: number;
  /** The renderer must ask for confirmation before sending the command. */
  confirm?: boolean;
}

/** The digit that jumps to a step: 1-9, then 0 for the tenth. */
export function stepDigit(stepIndex: number): string {
  return String((stepIndex + 1) % 10);
}

const jumps: MeetingShortcut[] = STEP_IDS.map((id, i) => ({
  action: 'jump',
  keys: [stepDigit(i)],
  description: `Go to step ${i + 1}: ${STEP_TITLES[id]}`,
  match: [{ code: `Digit${stepDigit(i)}` }, { code: `Numpad${stepDigit(i)}` }],
  stepIndex: i,
}));

export const MEETING_SHORTCUTS: readonly MeetingShortcut[] = [
  {
    action: 'startPauseResume',
    keys: ['Space'],
    description: 'Start, pause or resume the meeting',
    match: [{ key: ' ' }],
  },
  {
    action: 'next',
    keys: ['N', '→'],
    description: 'Next step',
    match: [
      { key: 'n', shift: false },
      { key: 'ArrowRight', shift: false },
    ],
  },
  {
    action: 'previous',
    keys: ['P', '←'],
    description: 'Previous step',
    match: [
      { key: 'p', shift: false },
      { key: 'ArrowLeft', shift: false },
    ],
  },
  ...jumps,
  {
    action: 'addOneMinute',
    keys: ['+', 'M'],
    description: 'Add 1 minute to the current step',
    match: [{ key: '+' }, { key: '=' }, { code: 'NumpadAdd' }, { key: 'm', shift: false }],
  },
  {
    action: 'addFiveMinutes',
    keys: ['Shift+M'],
    description: 'Add 5 minutes to the current step',
    match: [{ key: 'm', shift: true }],
  },
  {
    action: 'removeOneMinute',
    keys: ['-'],
    description: 'Take back 1 added minute from the current step',
    match: [{ key: '-' }, { code: 'NumpadSubtract' }],
  },
  {
    action: 'skip',
    keys: ['S'],
    description: 'Skip the current step',
    match: [{ key: 's', shift: false }],
  },
  {
    action: 'end',
    keys: ['E'],
    description: 'End the meeting (asks to confirm)',
    match: [{ key: 'e', shift: false }],
    confirm: true,
  },
  {
    action: 'screenNextPage',
    keys: ['PageDown', '.'],
    description: 'Shared screen: next page',
    match: [{ key: 'PageDown' }, { key: '.' }],
  },
  {
    action: 'screenPreviousPage',
    keys: ['PageUp', ','],
    description: 'Shared screen: previous page',
    match: [{ key: 'PageUp' }, { key: ',' }],
  },
  {
    action: 'screenNextItem',
    keys: ['J'],
    description: 'Shared screen: highlight the next item',
    match: [{ key: 'j', shift: false }],
  },
  {
    action: 'screenPreviousItem',
    keys: ['K'],
    description: 'Shared screen: highlight the previous item (before the first: none)',
    match: [{ key: 'k', shift: false }],
  },
  {
    action: 'help',
    keys: ['?'],
    description: 'Show or hide the keyboard shortcuts',
    match: [{ key: '?' }],
  },
];

/** The shortcut of an action (and, for 'jump', of a step): how a menu click finds what to run. */
export function shortcutFor(
  action: MeetingShortcutAction,
  stepIndex?: number,
): MeetingShortcut | null {
  return (
    MEETING_SHORTCUTS.find(
      (s) => s.action === action && (action !== 'jump' || s.stepIndex === stepIndex),
    ) ?? null
  );
}

/** A plain description of the focused element (built by the renderer from document.activeElement). */
export interface TargetDescriptor {
  tagName: string;
  isContentEditable?: boolean;
  /** The input's type attribute, if any. */
  type?: string | null;
  role?: string | null;
}

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** True when keys typed now are text for a field (so shortcuts must not fire). */
export function isTypingTarget(target: TargetDescriptor | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  if (target.role && TEXT_ROLES.has(target.role.toLowerCase())) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

/** True when Space/Enter would press the focused element itself. */
function isActivatable(target: TargetDescriptor): boolean {
  const tag = target.tagName.toUpperCase();
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return true;
  if (tag === 'INPUT') return NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  const role = target.role?.toLowerCase();
  return (
    role === 'button' ||
    role === 'link' ||
    role === 'checkbox' ||
    role === 'switch' ||
    role === 'tab'
  );
}

/** A plain description of a keydown event. */
export interface KeyDescriptor {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
}

function matches(m: KeyMatch, e: KeyDescriptor): boolean {
  if (m.shift !== undefined && m.shift !== Boolean(e.shiftKey)) return false;
  if (m.code !== undefined) return e.code === m.code;
  return m.key !== undefined && e.key.toLowerCase() === m.key.toLowerCase();
}

/** The shortcut a keydown means on the meeting screen, or null when it should be left alone. */
export function matchMeetingShortcut(
  event: KeyDescriptor,
  target?: TargetDescriptor | null,
): MeetingShortcut | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return null;
  if (isTypingTarget(target)) return null;
  if (target && (event.key === ' ' || event.key === 'Enter') && isActivatable(target)) return null;
  return MEETING_SHORTCUTS.find((s) => s.match.some((m) => matches(m, event))) ?? null;
}

/**
 * The command a shortcut sends, guarded by the revision the window is showing so that two windows
 * pressing at once advance once. Null for 'help' (UI only) and when nothing applies (ended).
 */
export function commandForShortcut(
  shortcut: MeetingShortcut,
  state: MeetingState,
): MeetingCommand | null {
  const guard = { expectedRevision: state.revision };
  switch (shortcut.action) {
    case 'startPauseResume':
      if (state.status === 'planned') return { type: 'start', ...guard };
      if (state.status === 'running') return { type: 'pause', ...guard };
      if (state.status === 'paused') return { type: 'resume', ...guard };
      return null;
    case 'next':
      return { type: 'next', ...guard };
    case 'previous':
      return { type: 'previous', ...guard };
    case 'jump':
      return { type: 'jump', stepIndex: shortcut.stepIndex ?? 0, ...guard };
    case 'addOneMinute':
      return { type: 'addTime', seconds: 60, ...guard };
    case 'addFiveMinutes':
      return { type: 'addTime', seconds: 300, ...guard };
    case 'removeOneMinute':
      return { type: 'addTime', seconds: -60, ...guard };
    case 'skip':
      return { type: 'skip', ...guard };
    case 'end':
      return { type: 'end', ...guard };
    // The screen keys change the shared screen, not the meeting (see screenCommandFor).
    case 'screenNextPage':
    case 'screenPreviousPage':
    case 'screenNextItem':
    case 'screenPreviousItem':
    case 'help':
      return null;
  }
}
