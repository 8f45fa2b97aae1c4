import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newPostmortem(): void;
  showDataFolder(): void;
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
    { label: '&Window', role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: `About ${appName}`, role: 'about' }],
    },
  ];
}
