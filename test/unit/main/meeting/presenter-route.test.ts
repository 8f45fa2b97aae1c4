import { describe, expect, it } from 'vitest';
import { presenterIdOf, presenterWindowOptions } from '../../../../main/electron/presenter-route';
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
