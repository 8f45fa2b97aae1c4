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

const WORD = /[\p{L}\p{N}]+/gu;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A snippet of `body` around the words of `typed`, as FTS5's tokenizer sees them (letters and
 * digits, case and accents aside, the last word a prefix), with their ranges: made here rather
 * than by FTS5's snippet(), which repeats the whole query for each text it is asked about.
 */
export function snippetOf(
  body: string,
  typed: string,
  around = 7,
): { text: string; highlights: [number, number][] } {
  const words = [...fold(typed).matchAll(WORD)].map((m) => m[0]);
  const last = words.at(-1);
  const tokens = [...body.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: fold(m[0]),
  }));
  const hit = (w: string) =>
    words.slice(0, -1).includes(w) || (last !== undefined && w.startsWith(last));
  const first = tokens.findIndex((t) => hit(t.word));
  const from = Math.max(0, (first < 0 ? 0 : first) - around);
  const to = Math.min(tokens.length, from + 2 * around + 1);
  if (tokens.length === 0) return { text: body.slice(0, 120), highlights: [] };
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to === tokens.length ? body.length : tokens[to - 1]!.end;
  const prefix = from === 0 ? '' : '…';
  const suffix = to === tokens.length ? '' : '…';
  const text = prefix + body.slice(start, end).replace(/\s+/g, ' ') + suffix;
  // Whitespace runs were folded to one space: find each matched word again in the text shown.
  const highlights: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (hit(fold(m[0]))) highlights.push([m.index, m.index + m[0].length]);
  }
  return { text, highlights };
}
