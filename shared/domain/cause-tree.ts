import type { CauseNode, CauseNodeKind } from './analysis';
import type { RootCauseLayer } from './enums';
import type { PostmortemContent } from './postmortem';

/** Evidence a node cites: a pin (its chart), a timeline event, or a drift finding as cited. */
export type Citation =
  | { kind: 'pin'; pinId: string }
  | { kind: 'event'; eventId: string }
  | { kind: 'finding'; findingId: string; evidenceId: string; columnName: string; label: string };

/**
 * One node of the cause tree as views read it (the outliner, the five-whys chains, the drawn tree,
 * the fishbone, the report): its place, its words, whether it is a root cause, its evidence.
 */
export interface CauseTreeNode {
  id: string;
  parentId: string | null;
  kind: CauseNodeKind;
  text: string;
  layer: RootCauseLayer | null;
  /** 1 for a node directly under the incident. */
  depth: number;
  children: CauseTreeNode[];
  /** The entry of the root-cause list this node is (its "root cause" flag), or null. */
  rootCauseId: string | null;
  /** For the start of a chain: the diagnosis answer it asks why about, if any. */
  answerId: string | null;
  citations: Citation[];
}

/** The whole tree: the incident at the root (not a stored node) and every node by id. */
export interface CauseTree {
  /** The incident as the root's label: the summary's first sentence, else the title. */
  incident: string;
  children: CauseTreeNode[];
  byId: ReadonlyMap<string, CauseTreeNode>;
  /** Every node, depth first in sibling order (the outliner's and the report's order). */
  ordered: CauseTreeNode[];
}

export type CauseTreeSource = Pick<
  PostmortemContent,
  'causeNodes' | 'findings' | 'links' | 'title' | 'summary'
>;

/** The incident in one line: the first sentence of "What happened", else the title. */
export function incidentLine(doc: Pick<PostmortemContent, 'title' | 'summary'>): string {
  const text = doc.summary.whatHappened.trim();
  if (text === '') return doc.title;
  const first = /^(.+?[.!?])(\s|$)/s.exec(text)?.[1] ?? text.split('\n')[0]!;
  return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}

/**
 * Builds the read model from the stored items. Siblings keep the order of the list; a node whose
 * parent is missing (never in a valid state) is shown under the incident rather than lost.
 */
export function causeTreeOf(doc: CauseTreeSource): CauseTree {
  return causeTreeUnder(incidentLine(doc), doc);
}

/**
 * The tree under a given incident line: a window passes the line it shows, which lags the
 * summary while someone types in it (renderer/src/features/analysis/use-analysis.ts).
 */
export function causeTreeUnder(
  incident: string,
  doc: Pick<CauseTreeSource, 'causeNodes' | 'findings' | 'links'>,
): CauseTree {
  const byId = new Map<string, CauseTreeNode>();
  for (const node of doc.causeNodes) byId.set(node.id, blankNode(node));
  const findings = new Map(doc.findings.map((f) => [f.id, f]));
  for (const link of doc.links) {
    const node = byId.get(link.from);
    if (!node) continue;
    switch (link.kind) {
      case 'node_cause':
        node.rootCauseId = link.to;
        break;
      case 'chain_answer':
        node.answerId = link.to;
        break;
      case 'node_event':
        node.citations.push({ kind: 'event', eventId: link.to });
        break;
      case 'node_pin':
        node.citations.push({ kind: 'pin', pinId: link.to });
        break;
      case 'node_finding': {
        const finding = findings.get(link.to);
        if (finding) {
          node.citations.push({
            kind: 'finding',
            findingId: finding.id,
            evidenceId: finding.evidenceId,
            columnName: finding.columnName,
            label: finding.label,
          });
        }
        break;
      }
      default:
        break;
    }
  }
  const children: CauseTreeNode[] = [];
  for (const node of doc.causeNodes) {
    const self = byId.get(node.id)!;
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    (parent ? parent.children : children).push(self);
  }
  const ordered: CauseTreeNode[] = [];
  const walk = (nodes: CauseTreeNode[], depth: number, seen: Set<string>) => {
    for (const node of nodes) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      node.depth = depth;
      ordered.push(node);
      walk(node.children, depth + 1, seen);
    }
  };
  walk(children, 1, new Set());
  return { incident, children, byId, ordered };
}

function blankNode(node: CauseNode): CauseTreeNode {
  return {
    id: node.id,
    parentId: node.parentId,
    kind: node.kind,
    text: node.text,
    layer: node.layer,
    depth: 1,
    children: [],
    rootCauseId: null,
    answerId: null,
    citations: [],
  };
}

/** The five-whys chains: the branches that start at a problem statement, in tree order. */
export function chainsOf(tree: CauseTree): CauseTreeNode[] {
  return tree.ordered.filter((node) => node.kind === 'problem');
}

/** How deep the deepest why under a chain's problem statement goes (0: no why yet). */
export function chainDepth(start: CauseTreeNode): number {
  return start.children.reduce((max, child) => Math.max(max, 1 + chainDepth(child)), 0);
}
