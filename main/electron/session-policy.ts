import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../host/csp';
import { isAllowedRequest } from './app-url';

/**
 * The window gets no permissions (camera, notifications, …) and no network: anything that is not
 * the bundle is cancelled before it leaves, so a compromised page cannot talk to the outside.
 */
export function lockDownSession(session: Session, isDevelopment: boolean): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, isDevelopment) });
  });
  // The app:// handler sets the CSP itself; this covers any other response the session sees.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  session.on('will-download', (event) => event.preventDefault());
}
