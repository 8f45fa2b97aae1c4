import { describe, expect, it } from 'vitest';
import {
  presenterHashOf,
  presenterIdOf,
  presenterWindowOptions,
} from '../../../../main/electron/presenter-route';
import { windowOptions } from '../../../../main/electron/window-options';

describe('the presenter window', () => {
  it.each([
    ['app://bundle/index.html#/present/pm-1_A', 'pm-1_A'],
    ['app://bundle/index.html#/meeting/pm-1', null],
    ['app://bundle/index.html#/present/../x', null],
    ['https://example.com/index.html#/present/pm-1', null],
    ['app://other/index.html#/present/pm-1', null],
    ['not a url', null],
  ])('reads %s as %s', (url, expected) => {
    expect(presenterIdOf(url)).toBe(expected);
  });

  it.each([
    ['app://bundle/index.html#/present/pm-1', '#/present/pm-1'],
    ['app://bundle/index.html#/review-present/r-1', '#/review-present/r-1'],
    ['app://bundle/index.html#/review/r-1', null],
    ['https://example.com/index.html#/review-present/r-1', null],
  ])('opens %s as the presenter route %s (a follow-up review has one too)', (url, expected) => {
    expect(presenterHashOf(url)).toBe(expected);
  });

  it('keeps every secure option of the main window', () => {
    const main = windowOptions('/p/preload.cjs').webPreferences!;
    const presenter = presenterWindowOptions('/p/preload.cjs').webPreferences!;
    for (const key of [
      'preload',
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'webSecurity',
      'webviewTag',
    ] as const) {
      expect(presenter[key]).toBe(main[key]);
    }
    expect(presenter.sandbox).toBe(true);
    expect(presenter.nodeIntegration).toBe(false);
  });
});
