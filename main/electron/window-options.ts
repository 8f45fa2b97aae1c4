import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one window's options. The renderer is treated as untrusted: no Node, its own JavaScript world,
 * the OS sandbox, and only the preload's narrow bridge to reach the back end.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Postmortem Studio',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
      // A middle click would otherwise try to open a link in a new window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
