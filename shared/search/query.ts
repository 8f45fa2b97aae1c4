/**
 * Turns what someone typed into an FTS5 query: each word must appear (AND), the last one as a
 * prefix so results follow the typing. Every word is quoted, so FTS5 syntax typed by accident
 * (quotes, NEAR, a colon, a minus) is searched as text instead of failing.
 */
export function ftsQuery(typed: string): string | null {
  const words = typed
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  return words
    .map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`)
    .join(' ');
}

/** Markers SQLite puts around each matched word of a snippet; never typed (control characters). */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** A snippet as plain text and the [start, end) ranges of its matched words. */
export function parseSnippet(marked: string): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) open = text.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0 && text.length > open) highlights.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}
