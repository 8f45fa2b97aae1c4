import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { APP_START_URL, isAppUrl } from './app-url';
import { windowOptions } from './window-options';

/** No navigation away from the bundle, no new windows, no <webview>: for every web contents. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The only place a window is made, so every window (main, presenter) gets options derived from
 * windowOptions() — sandbox, context isolation, no Node — and shows once its page is ready.
 */
export function createAppWindow(
  options: BrowserWindowConstructorOptions,
  url: string,
): BrowserWindow {
  const window = new BrowserWindow(options);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  return createAppWindow(windowOptions(preloadPath), APP_START_URL);
}
