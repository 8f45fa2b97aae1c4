/** Sizes of the drawn tree, in px at zoom 1, for text of 16 px (`metricsFor` scales them). */
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
};

export type TreeMetrics = typeof TREE_METRICS;

/**
 * The same proportions for another text size: the shared screen draws at 20 px so that text is
 * never under 20 px there without scaling (a scaled drawing would hide its true size).
 */
export function metricsFor(fontSize: number): TreeMetrics {
  const k = fontSize / TREE_METRICS.fontSize;
  const m = TREE_METRICS;
  return {
    fontSize,
    lineHeight: m.lineHeight * k,
    boxWidth: m.boxWidth * k,
    padX: m.padX * k,
    padY: m.padY * k,
    maxLines: m.maxLines,
    columnGap: m.columnGap * k,
    rowGap: m.rowGap * k,
    cousinGap: m.cousinGap * k,
    margin: m.margin * k,
  };
}

export const textWidthOf = (m: TreeMetrics) => m.boxWidth - 2 * m.padX;
export const TEXT_WIDTH = textWidthOf(TREE_METRICS);

/** Height of a box holding `lines` lines of header and text. */
export function boxHeight(lines: number, m: TreeMetrics = TREE_METRICS): number {
  return 2 * m.padY + lines * m.lineHeight;
}
