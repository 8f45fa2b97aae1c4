import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../../main/electron/window-options';

describe('windowOptions', () => {
  const options = windowOptions('/app/dist/preload/index.cjs');
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and forbids webviews and insecure content', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
  });

  it('loads the given preload and shows the window only when it is ready', () => {
    expect(web.preload).toBe('/app/dist/preload/index.cjs');
    expect(options.show).toBe(false);
  });
});

describe('windowOptions: middle click', () => {
  it('disables auxclick so a middle click cannot try to open a window', () => {
    expect(windowOptions('/p').webPreferences?.disableBlinkFeatures).toBe('Auxclick');
  });
});
