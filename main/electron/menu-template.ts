import type { MenuItemConstructorOptions } from 'electron';
import { MEETING_SHORTCUTS, type MeetingShortcut } from '../../shared/meeting';

export interface MenuActions {
  newPostmortem(): void;
  showDataFolder(): void;
  meetingShortcut(shortcut: Pick<MeetingShortcut, 'action' | 'stepIndex'>): void;
}

// Keys the meeting's shortcuts use, as Electron accelerators. Anything else is named in the label.
const ACCELERATOR_KEYS: Record<string, string> = {
  Space: 'Space',
  '→': 'Right',
  '←': 'Left',
  '+': 'Plus',
  '-': '-',
  PageDown: 'PageDown',
  PageUp: 'PageUp',
};

function accelerator(key: string): string | undefined {
  if (/^[A-Z0-9]$/.test(key)) return key;
  if (/^Shift\+[A-Z]$/.test(key)) return key;
  return ACCELERATOR_KEYS[key];
}

/**
 * The meeting's keys, discoverable in the menus. Shown but not registered: a registered single-key
 * accelerator would swallow that letter in every text field. The page's own handler (which knows
 * when the user is typing) does the work; a click sends the same command through an event.
 */
function meetingMenu(actions: MenuActions): MenuItemConstructorOptions {
  const item = (s: MeetingShortcut): MenuItemConstructorOptions => {
    const key = s.keys[0] ?? '';
    const shown = accelerator(key);
    return {
      label: shown ? s.description : `${s.description}\t${key}`,
      ...(shown ? { accelerator: shown, registerAccelerator: false } : {}),
      click: () => actions.meetingShortcut({ action: s.action, stepIndex: s.stepIndex }),
    };
  };
  const steps = MEETING_SHORTCUTS.filter((s) => s.action === 'jump');
  const screen = MEETING_SHORTCUTS.filter((s) => s.action.startsWith('screen'));
  const rest = MEETING_SHORTCUTS.filter(
    (s) => s.action !== 'jump' && s.action !== 'help' && !screen.includes(s),
  );
  return {
    label: '&Meeting',
    submenu: [
      ...rest.map(item),
      { label: 'Go to step', submenu: steps.map(item) },
      { type: 'separator' },
      ...screen.map(item),
      { type: 'separator' },
      ...MEETING_SHORTCUTS.filter((s) => s.action === 'help').map(item),
    ],
  };
}

/** The application menu: the usual roles and accelerators; devtools only in development. */
export function menuTemplate(
  actions: MenuActions,
  options: { isMac: boolean; isDevelopment: boolean; appName: string },
): MenuItemConstructorOptions[] {
  const { isMac, isDevelopment, appName } = options;
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        {
          label: 'New postmortem',
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.newPostmortem(),
        },
        { type: 'separator' },
        { label: 'Show data folder', click: () => actions.showDataFolder() },
        { type: 'separator' },
        { role: 'close', label: 'Close window' },
        ...(isMac ? [] : [{ role: 'quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    meetingMenu(actions),
    { label: '&Window', role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: `About ${appName}`, role: 'about' }],
    },
  ];
}
