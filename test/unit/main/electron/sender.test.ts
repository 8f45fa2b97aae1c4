import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../main/electron/sender';

describe('isTrustedSender', () => {
  const own = new Set([3, 7]);

  it('accepts the app page in one of our windows', () => {
    expect(isTrustedSender('app://bundle/index.html', 3, own)).toBe(true);
    expect(isTrustedSender('app://bundle/index.html#/postmortems/1', 7, [3, 7])).toBe(true);
  });

  it('refuses a web contents the app did not create', () => {
    expect(isTrustedSender('app://bundle/index.html', 4, own)).toBe(false);
    expect(isTrustedSender('app://bundle/index.html', 3, [])).toBe(false);
  });

  it('refuses our window when its frame shows anything but the bundle', () => {
    for (const url of [
      'https://evil.example/',
      'file:///app/dist/renderer/index.html',
      'http://127.0.0.1:5173/',
      'app://other/index.html',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(url, 3, own), url).toBe(false);
    }
    expect(isTrustedSender(undefined, 3, own)).toBe(false);
    expect(isTrustedSender(null, 3, own)).toBe(false);
  });
});
