import type { PlacedNode, TreeLayout } from '../../../../../shared/analysis/layout';
import type { View } from './use-pan-zoom';

/**
 * Where the shared screen looks, never below zoom 1 (the layout is drawn at the room's text
 * size): the whole tree when it fits (enlarged up to 1.6x), else at zoom 1, centred on the
 * selected node, or with the incident at the left edge when nothing is selected. Pure, so it is
 * tested without a window.
 */
export function presenterView(
  layout: TreeLayout,
  size: { width: number; height: number },
  selectedId: string | null,
): View & { whole: boolean } {
  const fit = Math.min(size.width / layout.width, size.height / layout.height);
  if (fit >= 1) {
    const scale = Math.min(fit, 1.6);
    return {
      scale,
      x: (size.width - layout.width * scale) / 2,
      y: (size.height - layout.height * scale) / 2,
      whole: true,
    };
  }
  const node = layout.nodes.find((n) => n.id === (selectedId ?? layout.rootId)) ?? layout.nodes[0];
  if (!node) return { scale: 1, x: 0, y: 0, whole: false };
  const y = size.height / 2 - (node.y + node.height / 2);
  const x =
    selectedId === null
      ? layout.metrics.margin - node.x
      : size.width / 2 - (node.x + node.width / 2);
  return { scale: 1, x, y, whole: false };
}

/** The boxes wholly inside the screen for a view (the others would be cut at its edge). */
export function visibleNodes(view: View, size: { width: number; height: number }) {
  const left = -view.x / view.scale;
  const top = -view.y / view.scale;
  const right = left + size.width / view.scale;
  const bottom = top + size.height / view.scale;
  return (n: PlacedNode) =>
    n.x >= left && n.y >= top && n.x + n.width <= right && n.y + n.height <= bottom;
}
