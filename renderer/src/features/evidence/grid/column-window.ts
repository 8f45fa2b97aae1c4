/** Columns beyond the view drawn either side, so a sideways scroll shows no blank. */
const OVERSCAN_PX = 400;

/**
 * The columns a horizontal view [left, left + width) of the cells (after the row numbers) shows,
 * with the pixels of the columns left out before and after them (spacers keep the grid's width).
 */
export function visibleColumns(
  widths: readonly number[],
  left: number,
  width: number,
): { first: number; last: number; before: number; after: number } {
  if (widths.length === 0) return { first: 0, last: -1, before: 0, after: 0 };
  const from = Math.max(0, left - OVERSCAN_PX);
  const to = left + width + OVERSCAN_PX;
  let x = 0;
  let first = -1;
  let last = widths.length - 1;
  let before = 0;
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i] as number;
    if (first < 0 && x + w > from) {
      first = i;
      before = x;
    }
    if (x >= to) {
      last = i - 1;
      break;
    }
    x += w;
  }
  if (first < 0) {
    first = widths.length - 1;
    before = x - (widths[first] as number);
  }
  last = Math.max(first, last);
  let end = before;
  for (let i = first; i <= last; i++) end += widths[i] as number;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  return { first, last, before, after: totalWidth - end };
}
