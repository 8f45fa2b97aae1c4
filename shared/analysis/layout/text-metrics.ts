/**
 * A deterministic width metric for wrapping node text, the same in Node (report) and the window
 * (screen): no font is measured. Widths are Helvetica's advance widths (1/1000 em) for printable
 * ASCII, widened 14 % to those of DejaVu Sans (Linux's default sans-serif, one of the widest), so
 * that whatever font draws the text (Source Sans 3 in the report, the system's sans-serif on
 * screen) fits in the box the layout reserved. Bold text is measured 8 % wider.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const SAFETY = 1.14;
export const BOLD = 1.08;

/** East Asian wide characters and emoji take a full em. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  );
}

/** Width of one code point, in em. */
export function charWidth(cp: number): number {
  if (cp >= 32 && cp <= 126) return ((ASCII_WIDTHS[cp - 32] ?? 556) / 1000) * SAFETY;
  if (isZeroWidth(cp)) return 0;
  if (isWide(cp)) return 1;
  return 0.62 * SAFETY;
}

/** Width of a string in px at the given font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0) ?? 32);
  return em * fontSize;
}

/**
 * Greedy word wrap into lines no wider than maxWidth; a word wider than a line is cut by code
 * points. At most maxLines lines: the last one then ends with an ellipsis (the whole text stays in
 * the drawing's <title> and in the text alternative).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => lines.push(l);
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) push(line);
    line = '';
    let rest = word;
    while (textWidth(rest, fontSize) > maxWidth) {
      const [head, tail] = cut(rest, maxWidth, fontSize);
      push(head);
      rest = tail;
    }
    line = rest;
  }
  if (line) push(line);
  if (lines.length === 0) lines.push('');
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsise(kept[maxLines - 1] ?? '', maxWidth, fontSize);
  return kept;
}

function cut(word: string, maxWidth: number, fontSize: number): [string, string] {
  const chars = Array.from(word);
  let width = 0;
  let n = 0;
  while (n < chars.length) {
    const w = charWidth(chars[n]?.codePointAt(0) ?? 32) * fontSize;
    if (width + w > maxWidth && n > 0) break;
    width += w;
    n++;
  }
  return [chars.slice(0, n).join(''), chars.slice(n).join('')];
}

function ellipsise(line: string, maxWidth: number, fontSize: number): string {
  const chars = Array.from(line);
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
