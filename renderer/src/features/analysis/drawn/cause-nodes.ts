import { drawingNodes, type CauseNodeInput } from '../../../../../shared/analysis/layout';
import { causeTreeOf, incidentLine, type Postmortem } from '../../../../../shared/domain';

/**
 * The causes the drawings show, from the document: the cause tree's nodes and the root causes no
 * node stands for (shared/analysis/layout/from-tree.ts). The same array comes back while the
 * tree, its links and the root causes are unchanged, so typing in another section (or in the
 * node's own text elsewhere than the tree) does not lay the drawing out again.
 */
let last: {
  causeNodes: unknown;
  links: unknown;
  rootCauses: unknown;
  nodes: CauseNodeInput[];
} | null = null;

export function causeNodesOf(doc: Postmortem): CauseNodeInput[] {
  if (
    last &&
    last.causeNodes === doc.causeNodes &&
    last.links === doc.links &&
    last.rootCauses === doc.rootCauses
  )
    return last.nodes;
  const nodes = drawingNodes(doc.causeNodes.length ? causeTreeOf(doc) : null, doc.rootCauses);
  last = { causeNodes: doc.causeNodes, links: doc.links, rootCauses: doc.rootCauses, nodes };
  return nodes;
}

/** The incident as the tree's root says it: the summary's first sentence, else the title. */
export function incidentTitleOf(doc: Postmortem): string {
  return incidentLine(doc);
}
