import { BrowserWindow, ipcMain } from 'electron';
import { channels, type Outcome } from '../../shared/contract';
import { dispatch, type Handlers } from '../api/dispatch';
import type { EventBus } from '../api/event-bus';
import { isTrustedSender } from './sender';

function ownWindowIds(): Set<number> {
  return new Set(BrowserWindow.getAllWindows().map((window) => window.webContents.id));
}

const refused: Outcome<never> = {
  ok: false,
  error: { code: 'refused', message: 'This call did not come from a Postmortem Studio window.' },
};

/**
 * One `ipcMain.handle` per contract call, all through `dispatch` (which validates the input), and
 * back-end events sent to every window. Returns a function that undoes both.
 */
export function registerIpc(handlers: Handlers, events: EventBus): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, event.sender.id, ownWindowIds())) return refused;
      return dispatch(handlers, channel, input);
    });
  }
  const unsubscribe = events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(name, payload);
    }
  });
  return () => {
    unsubscribe();
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
