import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { SECURITY_HEADERS } from '../host/csp';
import { cacheControlFor, contentTypeOf } from '../host/static-files';
import { APP_SCHEME, resolveAppRequest } from './app-url';

/** Must run before the app is ready: app:// behaves like https (standard, secure, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves app://bundle/… from the built renderer only, each response with the CSP. */
export function handleAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererDir);
    const notFound = new Response('Not found.', { status: 404, headers: { ...SECURITY_HEADERS } });
    if (!file || request.method !== 'GET') return notFound;
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': contentTypeOf(file),
          'Cache-Control': cacheControlFor(file),
        },
      });
    } catch {
      return notFound;
    }
  });
}
