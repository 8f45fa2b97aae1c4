import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from './app-url';
import { windowOptions } from './window-options';

// The renderer's route for the presenter view (renderer/src/features/meeting/routes.ts).
const PRESENTER_HASH = /^#\/present\/([A-Za-z0-9_-]{1,64})$/;

// A follow-up review's shared screen (renderer/src/features/review/routes.ts).
const REVIEW_PRESENTER_HASH = /^#\/review-present\/([A-Za-z0-9_-]{1,64})$/;

/** The presenter route (a postmortem's or a follow-up review's) a window.open() URL asks for. */
export function presenterHashOf(url: string): string | null {
  if (!isAppUrl(url)) return null;
  try {
    const { hash } = new URL(url);
    return PRESENTER_HASH.test(hash) || REVIEW_PRESENTER_HASH.test(hash) ? hash : null;
  } catch {
    return null;
  }
}

/** The postmortem a window.open() URL asks to present, or null: only app:// URLs, only that route. */
export function presenterIdOf(url: string): string | null {
  if (!isAppUrl(url)) return null;
  try {
    return PRESENTER_HASH.exec(new URL(url).hash)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The main window's secure options (same preload, sandbox, isolation), sized for a shared screen. */
export function presenterWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  const base = windowOptions(preloadPath);
  return {
    ...base,
    width: 1280,
    height: 720,
    minWidth: 640,
    minHeight: 360,
    title: 'Postmortem Studio — presenter view',
    webPreferences: { ...base.webPreferences, spellcheck: false },
  };
}
