import { chainsOf, rootCauseLayer, type CauseTreeNode } from '../domain';
import type { SectionContext } from './section-context';
import type { Block, OutlineItem } from './types';

// The causal analysis in section 4 of the report, each part in its own function (issue 8): the
// five-whys chains and the cause tree as nested lists, and the coverage gaps. The drawn tree and
// the fishbone figures join beside these.

const anchorOf = (...parts: string[]) =>
  parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');

/** One node in words: its text, its layer, and which root cause (C1…) it is. */
function nodeLine(c: SectionContext, node: CauseTreeNode): string {
  const words = c.t(node.text.trim()) || '(not written)';
  const layer = node.layer ? ` [${rootCauseLayer.labels[node.layer]}]` : '';
  const cause = node.rootCauseId ? c.causeLabel(node.rootCauseId) : null;
  return `${words}${layer}${node.rootCauseId ? ` (root cause${cause ? ` ${cause}` : ''})` : ''}`;
}

function outlineOf(c: SectionContext, nodes: CauseTreeNode[], why: number | null): OutlineItem[] {
  return nodes.map((node, index) => {
    const branch = why !== null && nodes.length > 1 ? String.fromCharCode(97 + (index % 26)) : '';
    return {
      text: why === null ? nodeLine(c, node) : `Why ${why}${branch}: ${nodeLine(c, node)}`,
      children: outlineOf(c, node.children, why === null ? null : why + 1),
    };
  });
}

/** Each five-whys chain: its problem statement, then each why nested under the one it answers. */
export function whyChainBlocks(c: SectionContext): Block[] {
  const tree = c.src.analysis?.tree;
  if (!tree) return [];
  return chainsOf(tree).map((chain, index) => ({
    kind: 'subsection',
    anchor: anchorOf('whys', chain.id),
    title: `Five whys ${index + 1}: ${c.t(chain.text.trim()) || '(not written)'}`,
    tag: null,
    blocks: chain.children.length
      ? [{ kind: 'outline', items: outlineOf(c, chain.children, 1) }]
      : [{ kind: 'note', text: 'No why answered yet.' }],
  }));
}

/** The whole cause tree in words, under the incident (a text alternative to the drawn tree). */
export function causeTreeTextBlocks(c: SectionContext): Block[] {
  const tree = c.src.analysis?.tree;
  if (!tree) return [];
  return [
    {
      kind: 'subsection',
      anchor: anchorOf('cause-tree'),
      title: 'Cause tree',
      tag: null,
      blocks: [
        {
          kind: 'outline',
          items: [
            {
              text: `The incident: ${c.t(tree.incident)}`,
              children: outlineOf(c, tree.children, null),
            },
          ],
        },
      ],
    },
  ];
}

/** What the corrective actions do not cover yet, in words; a sentence when nothing is missing. */
export function coverageBlocks(c: SectionContext): Block[] {
  const analysis = c.src.analysis;
  if (!analysis && c.src.rootCauses.length === 0) return [];
  const gaps = analysis?.coverageGaps ?? [];
  return [
    {
      kind: 'subsection',
      anchor: anchorOf('coverage'),
      title: 'Coverage by corrective actions',
      tag: null,
      blocks: gaps.length
        ? [{ kind: 'list', items: gaps.map((g) => c.t(g)) }]
        : [
            {
              kind: 'note',
              text: 'Every root cause has a corrective action, and every action names the causes it answers.',
            },
          ],
    },
  ];
}
