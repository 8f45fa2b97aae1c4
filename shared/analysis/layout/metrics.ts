/** Sizes of the drawn tree, in px at zoom 1. The presenter needs text of 20 px on screen: it
 * zooms to at least 20 / FONT_SIZE. */
export const TREE_METRICS = {
  fontSize: 16,
  lineHeight: 21,
  boxWidth: 250,
  padX: 12,
  padY: 9,
  /** Lines of a node's own text, below the header that names its layer. */
  maxLines: 5,
  columnGap: 60,
  rowGap: 14,
  /** Extra space between neighbours that are not siblings, so families read as groups. */
  cousinGap: 14,
  margin: 20,
} as const;

export const TEXT_WIDTH = TREE_METRICS.boxWidth - 2 * TREE_METRICS.padX;

/** Height of a box holding `lines` lines of header and text. */
export function boxHeight(lines: number): number {
  const m = TREE_METRICS;
  return 2 * m.padY + lines * m.lineHeight;
}
