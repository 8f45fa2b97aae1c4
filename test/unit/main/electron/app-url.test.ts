import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_START_URL,
  isAllowedRequest,
  isAppUrl,
  resolveAppRequest,
} from '../../../../main/electron/app-url';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-app-url-'));

describe('resolveAppRequest (the app:// protocol handler)', () => {
  it('serves the start page and assets from the renderer folder', () => {
    expect(resolveAppRequest(APP_START_URL, root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://bundle/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://bundle/assets/app-1.js?v=2#x', root)).toBe(
      path.join(root, 'assets', 'app-1.js'),
    );
  });

  it('never resolves outside the renderer folder', () => {
    for (const url of [
      'app://bundle/../secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://bundle/..%5c..%5csecret.txt',
      'app://bundle/index.html%00.js',
    ]) {
      const resolved = resolveAppRequest(url, root);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveAppRequest('app://bundle/%2e%2e/secret.txt', root)).toBeNull();
    expect(resolveAppRequest('app://bundle/..%5csecret.txt', root)).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppRequest('app://elsewhere/index.html', root)).toBeNull();
    expect(resolveAppRequest('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppRequest('https://bundle/index.html', root)).toBeNull();
  });
});

describe('isAppUrl and isAllowedRequest (no network)', () => {
  it('knows the bundle origin', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle.evil.example/')).toBe(false);
    expect(isAppUrl('https://bundle/')).toBe(false);
  });

  it('lets through only the bundle and self-made data', () => {
    expect(isAllowedRequest('app://bundle/assets/a.js', false)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', false)).toBe(true);
    expect(isAllowedRequest('blob:app://bundle/1234', false)).toBe(true);
    expect(isAllowedRequest('https://example.com/', false)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', false)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', false)).toBe(false);
    expect(isAllowedRequest('ws://127.0.0.1:1/', false)).toBe(false);
  });

  it('allows the devtools pages only in development', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', true)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', false)).toBe(false);
  });
});
