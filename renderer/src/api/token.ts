export const TOKEN_STORAGE_KEY = 'postmortem-studio.token';

interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The browser host's access token: from `?token=` when the page was opened with it (and kept in
 * sessionStorage so a reload without it still works), else the one kept earlier. `cleanUrl` is the
 * address without the token, to put in the address bar; null when there is nothing to strip.
 */
export function readToken(
  href: string,
  storage: TokenStorage,
): { token: string | null; cleanUrl: string | null } {
  const url = new URL(href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    return { token: fromUrl, cleanUrl: url.pathname + url.search + url.hash };
  }
  return { token: storage.getItem(TOKEN_STORAGE_KEY), cleanUrl: null };
}
