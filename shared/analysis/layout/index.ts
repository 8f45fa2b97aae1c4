export { layoutCauseTree } from './tree-layout';
export { metricsFor, TREE_METRICS, type TreeMetrics } from './metrics';
export { textWidth, wrapText } from './text-metrics';
export type { CauseNodeInput, PlacedEdge, PlacedNode, TreeLayout } from './types';
export { drawingNodes } from './from-tree';
