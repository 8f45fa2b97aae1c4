import path from 'node:path';
import { resolveStaticPath } from '../host/static-files';

/** The window's origin: a privileged standard+secure scheme instead of file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs of the bundled window (app://bundle/…). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * The file under `rendererRoot` that an app:// request asks for, or null when the request names
 * another host or would leave the folder (`..`, encoded separators, NUL).
 */
export function resolveAppRequest(requestUrl: string, rendererRoot: string): string | null {
  const parsed = parse(requestUrl);
  if (!parsed || !isAppUrl(requestUrl)) return null;
  // URL normalises "/a/../b" itself; the raw path is checked too, so "%2e%2e" cannot slip through.
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/)[0] ?? '/';
  if (resolveStaticPath(rendererRoot, rawPath) === null) return null;
  return resolveStaticPath(path.resolve(rendererRoot), parsed.pathname);
}

/**
 * The window needs no network: only its own bundle, plus data:/blob: URLs it makes itself, and
 * (in development) the devtools' own pages.
 */
export function isAllowedRequest(url: string, isDevelopment: boolean): boolean {
  if (isAppUrl(url)) return true;
  const protocol = parse(url)?.protocol;
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return isDevelopment && (protocol === 'devtools:' || protocol === 'chrome-extension:');
}
