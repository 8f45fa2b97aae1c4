import { app, Menu, shell } from 'electron';
import type { Handlers } from '../api/dispatch';
import type { EventBus } from '../api/event-bus';
import { menuTemplate } from './menu-template';

/**
 * "New postmortem" creates one in the back end and announces it like any other change, so every
 * window's list shows it. (Opening it in the window needs a contract event; see the report.)
 */
export function installMenu(
  handlers: Handlers,
  events: EventBus,
  dataDir: string,
  isDevelopment: boolean,
): void {
  const template = menuTemplate(
    {
      newPostmortem: () => {
        void Promise.resolve(handlers['postmortems.create']({}))
          .then((created) => events.emit('app.openPostmortem', { id: created.id }))
          .catch((error: unknown) => console.error('New postmortem from the menu failed', error));
      },
      showDataFolder: () => void shell.openPath(dataDir),
      meetingShortcut: ({ action, stepIndex }) =>
        events.emit(
          'app.meetingShortcut',
          stepIndex === undefined ? { action } : { action, stepIndex },
        ),
    },
    { isMac: process.platform === 'darwin', isDevelopment, appName: app.name },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
