import { stratify, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { boxHeight, metricsFor, textWidthOf } from './metrics';
import { asTree, rootIdFor } from './sanitise';
import { BOLD, wrapText } from './text-metrics';
import { rootCauseLayer } from '../../domain';
import type { CauseNodeInput, PlacedEdge, PlacedNode, TreeLayout } from './types';

interface Datum {
  id: string;
  parentId: string | null;
  text: string;
  node: CauseNodeInput | null;
  header: string[];
  lines: string[];
  height: number;
}

function headerOf(node: CauseNodeInput | null): string {
  if (!node) return 'Incident';
  const layer = node.layer ? rootCauseLayer.labels[node.layer] : 'No layer yet';
  return node.rootCause ? `${layer} · Root cause` : layer;
}

/**
 * The cause tree laid out left to right: the incident on the left, each depth a column, the
 * Reingold-Tilford tidy tree of d3-hierarchy along the other axis with a separation that is the
 * two boxes' half heights plus a gap, so boxes of one column never overlap (and columns are wider
 * than boxes). Pure and deterministic: the same input gives the same numbers in Node and the window.
 */
export function layoutCauseTree(
  incidentTitle: string,
  nodes: readonly CauseNodeInput[],
  fontSize = 16,
): TreeLayout {
  const M = metricsFor(fontSize);
  const TEXT_WIDTH = textWidthOf(M);
  const causes = asTree(nodes);
  const rootId = rootIdFor(causes);
  const datum = (
    id: string,
    parentId: string | null,
    text: string,
    node: CauseNodeInput | null,
  ) => {
    const lines = wrapText(text, TEXT_WIDTH, M.fontSize, M.maxLines);
    const header = wrapText(headerOf(node), TEXT_WIDTH, M.fontSize * BOLD);
    return {
      id,
      parentId,
      text,
      node,
      header,
      lines,
      height: boxHeight(header.length + lines.length, M),
    };
  };
  const data: Datum[] = [
    datum(rootId, null, incidentTitle.trim() || 'The incident', null),
    ...causes.map((n) => datum(n.id, n.parentId ?? rootId, n.text, n)),
  ];
  const hierarchy = stratify<Datum>()
    .id((d) => d.id)
    .parentId((d) => d.parentId)(data);
  const placed = tree<Datum>()
    .nodeSize([1, M.boxWidth + M.columnGap])
    .separation(
      (a, b) =>
        (a.data.height + b.data.height) / 2 + M.rowGap + (a.parent === b.parent ? 0 : M.cousinGap),
    )(hierarchy);

  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let right = 0;
  placed.each((p) => {
    top = Math.min(top, p.x - p.data.height / 2);
    bottom = Math.max(bottom, p.x + p.data.height / 2);
    right = Math.max(right, p.y + M.boxWidth);
  });
  const shiftY = M.margin - top;
  const box = (p: HierarchyPointNode<Datum>): PlacedNode => ({
    id: p.data.id,
    parentId: p.parent ? p.parent.data.id : null,
    depth: p.depth,
    x: round(M.margin + p.y),
    y: round(p.x - p.data.height / 2 + shiftY),
    width: M.boxWidth,
    height: p.data.height,
    header: p.data.header,
    lines: p.data.lines,
    text: p.data.text,
    layer: p.data.node?.layer ?? null,
    rootCause: p.data.node?.rootCause ?? false,
    incident: p.data.node === null,
  });
  const out: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  placed.eachBefore((p) => {
    const node = box(p);
    out.push(node);
    if (!p.parent) return;
    const x0 = round(M.margin + p.parent.y + M.boxWidth);
    const y0 = round(p.parent.x + shiftY);
    const x1 = node.x;
    const y1 = round(p.x + shiftY);
    const mid = round(x0 + M.columnGap / 2);
    edges.push({ from: p.parent.data.id, to: node.id, path: `M${x0} ${y0}H${mid}V${y1}H${x1}` });
  });
  return {
    width: round(right + 2 * M.margin),
    height: round(bottom - top + 2 * M.margin),
    nodes: out,
    edges,
    rootId,
    metrics: M,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
