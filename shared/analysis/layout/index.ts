export { layoutCauseTree } from './tree-layout';
export { TREE_METRICS } from './metrics';
export { textWidth, wrapText } from './text-metrics';
export type { CauseNodeInput, PlacedEdge, PlacedNode, TreeLayout } from './types';
