import { app, BrowserWindow, type WebContents } from 'electron';
import { APP_START_URL } from './app-url';
import { presenterHashOf, presenterWindowOptions } from './presenter-route';
import { createAppWindow } from './window';

const presenters = new Map<string, BrowserWindow>();

/** Opens the presenter view of a postmortem in a window of its own, or brings the open one forward. */
export function openPresenterWindow(preloadPath: string, postmortemId: string): BrowserWindow {
  return openPresenterAt(preloadPath, `#/present/${postmortemId}`);
}

/** Opens a presenter route (a postmortem's or a follow-up review's), one window per route. */
function openPresenterAt(preloadPath: string, hash: string): BrowserWindow {
  const existing = presenters.get(hash);
  if (existing && !existing.isDestroyed()) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return existing;
  }
  const window = createAppWindow(presenterWindowOptions(preloadPath), `${APP_START_URL}${hash}`);
  presenters.set(hash, window);
  window.on('closed', () => presenters.delete(hash));
  return window;
}

/**
 * Lets the renderer's `window.open('…#/present/<id>')` open the presenter window. The request is
 * still denied as a child window (no opener link, no options from the page): the shell creates
 * the window itself with the main window's options. Every other window.open stays denied.
 *
 * Hazard: guardWebContents (window.ts) sets a deny-all handler on 'web-contents-created' too;
 * setWindowOpenHandler keeps only the last handler, so call this after that listener is added.
 */
export function allowPresenterWindows(preloadPath: string): void {
  const install = (contents: WebContents) =>
    contents.setWindowOpenHandler(({ url }) => {
      const hash = presenterHashOf(url);
      if (hash) openPresenterAt(preloadPath, hash);
      return { action: 'deny' };
    });
  for (const window of BrowserWindow.getAllWindows()) install(window.webContents);
  app.on('web-contents-created', (_event, contents) => install(contents));
}
