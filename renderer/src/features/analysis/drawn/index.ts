// The drawn views of the causes (issue 8, drawing part): the editor mounts CauseDiagrams; the
// presenter uses presenterCauseTree (meeting/presenter/cause-tree.ts).
export { CauseDiagrams } from './CauseDiagrams';
export { DrawnTree } from './DrawnTree';
export { FishboneView } from './FishboneView';
export { causeNodesOf } from './cause-nodes';
