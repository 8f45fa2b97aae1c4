import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (as sent, still percent-encoded) to a file inside `root`, or null when it would
 * leave `root` or is malformed. Both the browser host and the Electron protocol handler serve
 * through this one function. "/" means index.html. Existence is not checked here.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // Backslashes are separators on Windows; NUL bytes truncate paths in some file APIs.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) decoded = `/${decoded}`;
  if (decoded.split('/').some((part) => part === '..')) return null;
  const relative = decoded === '/' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const base = path.resolve(root);
  const full = path.resolve(base, `.${relative}`);
  return full.startsWith(base + path.sep) ? full : null;
}

/**
 * The real file to serve, following symbolic links only when they stay inside `root`; null when
 * missing, a folder, or outside.
 */
export function existingStaticFile(root: string, urlPath: string): string | null {
  const candidate = resolveStaticPath(root, urlPath);
  if (!candidate) return null;
  try {
    const realRoot = fs.realpathSync(root);
    const real = fs.realpathSync(candidate);
    if (!real.startsWith(realRoot + path.sep)) return null;
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** index.html must be revalidated on every load so a rebuilt bundle is picked up at once. */
export function cacheControlFor(file: string): string {
  return path.basename(file) === 'index.html' ? 'no-store' : 'no-cache';
}
