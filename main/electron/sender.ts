import { isAppUrl } from './app-url';

/**
 * An IPC message is answered only when it comes from one of the app's own windows, from a frame
 * showing the bundled app (never a page that was navigated elsewhere or an embedded frame from
 * another origin).
 */
export function isTrustedSender(
  frameUrl: string | undefined | null,
  webContentsId: number,
  ownWindowIds: ReadonlySet<number> | readonly number[],
): boolean {
  const ids = ownWindowIds instanceof Set ? ownWindowIds : new Set(ownWindowIds);
  return ids.has(webContentsId) && isAppUrl(frameUrl);
}
