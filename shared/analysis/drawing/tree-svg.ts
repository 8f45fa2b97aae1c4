import { el, type SvgElement } from '../../report/charts/svg';
import type { TreeMetrics } from '../layout/metrics';
import type { PlacedNode, TreeLayout } from '../layout/types';
import { countsText } from './counts';
import { EDGE, FONT_FAMILY, INCIDENT_COLOURS, INK, layerColours, SELECTED } from './palette';

export interface TreeDrawing {
  /** Draw only these nodes (the shared screen leaves out boxes it would cut); edges stay. */
  only?: (node: PlacedNode) => boolean;
  /** The facilitator's selected node: drawn with a wide outline (a shape, not only a colour). */
  selectedId?: string | null;
}

/**
 * The laid-out cause tree as SVG (a tree of elements, no DOM): the screen maps it to React, the
 * report prints it inline (PDF) or writes it as a file (Markdown). Each box starts with its layer's
 * name; a root cause has a double border and says "Root cause".
 */
export function causeTreeSvg(layout: TreeLayout, options: TreeDrawing = {}): SvgElement {
  const incident = layout.nodes[0];
  const causes = layout.nodes.filter((n) => !n.incident);
  const title = `Cause tree of ${incident?.text ?? 'the incident'}`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      role: 'img',
      'font-family': FONT_FAMILY,
      'font-size': layout.metrics.fontSize,
      class: 'cause-tree',
    },
    el('title', {}, title),
    el(
      'desc',
      {},
      `The incident on the left, its causes to the right, each box naming its layer; ` +
        `root causes have a double border and say "Root cause". ${countsText(causes)}`,
    ),
    el(
      'g',
      { class: 'edges', fill: 'none', stroke: EDGE, 'stroke-width': 1.5 },
      ...layout.edges.map((e) => el('path', { d: e.path })),
    ),
    el(
      'g',
      { class: 'nodes' },
      ...layout.nodes
        .filter((n) => !options.only || options.only(n))
        .map((n) => nodeBox(n, n.id === options.selectedId, layout.metrics)),
    ),
  );
}

function nodeBox(n: PlacedNode, selected: boolean, M: TreeMetrics): SvgElement {
  const colours = n.incident ? INCIDENT_COLOURS : layerColours(n.layer);
  const lineY = (i: number) => M.padY + (i + 1) * M.lineHeight - M.fontSize * 0.3;
  return el(
    'g',
    { class: 'node', 'data-node-id': n.id, transform: `translate(${n.x} ${n.y})` },
    el('title', {}, `${n.header.join(' ')}: ${n.text}`),
    selected
      ? el('rect', {
          class: 'selected',
          x: -5,
          y: -5,
          width: n.width + 10,
          height: n.height + 10,
          rx: 9,
          fill: 'none',
          stroke: SELECTED,
          'stroke-width': 4,
        })
      : null,
    el('rect', {
      width: n.width,
      height: n.height,
      rx: 6,
      fill: colours.tint,
      stroke: colours.strong,
      'stroke-width': n.rootCause ? 2.5 : 1.2,
      'stroke-dasharray': !n.incident && n.layer === null ? '5 3' : undefined,
    }),
    n.rootCause
      ? el('rect', {
          x: 3.5,
          y: 3.5,
          width: n.width - 7,
          height: n.height - 7,
          rx: 4,
          fill: 'none',
          stroke: colours.strong,
          'stroke-width': 1.2,
        })
      : null,
    el('rect', { x: 0, y: 0, width: 6, height: n.height, rx: 3, fill: colours.strong }),
    ...n.header.map((line, i) =>
      el('text', { x: M.padX, y: lineY(i), fill: colours.strong, 'font-weight': 700 }, line),
    ),
    ...n.lines.map((line, i) =>
      el('text', { x: M.padX, y: lineY(n.header.length + i), fill: INK }, line),
    ),
  );
}
