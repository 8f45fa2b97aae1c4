import type { RootCauseLayer } from '../../domain';
import type { TreeMetrics } from './metrics';

/**
 * A node of the cause tree as the layout and the drawings need it. The tree's own read model
 * (issue 8's data) maps onto this; a parentId of null hangs the node under the incident.
 */
export interface CauseNodeInput {
  id: string;
  parentId: string | null;
  text: string;
  layer: RootCauseLayer | null;
  rootCause: boolean;
}

/** A node placed on the page: its box (top-left corner, size, in px) and its wrapped lines. */
export interface PlacedNode {
  id: string;
  /** Null for the incident at the root. */
  parentId: string | null;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The first, bold lines: the layer's name (or "Incident"), and "Root cause" when it is one. */
  header: string[];
  /** The node's text wrapped to the box (at most MAX_LINES, the last one ellipsised). */
  lines: string[];
  text: string;
  layer: RootCauseLayer | null;
  rootCause: boolean;
  incident: boolean;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** Elbow from the parent's right side to the child's left side, as SVG path data. */
  path: string;
}

export interface TreeLayout {
  width: number;
  height: number;
  /** The incident first, then the causes in depth-first order (siblings in their stored order). */
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** The incident's id: never one of the causes' ids. */
  rootId: string;
  /** The sizes it was laid out with (the drawing uses the same). */
  metrics: TreeMetrics;
}
