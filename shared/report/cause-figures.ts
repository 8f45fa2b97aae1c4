import { causeTreeSvg, countsText, fishboneSvg } from '../analysis/drawing';
import { layoutCauseTree, type CauseNodeInput } from '../analysis/layout';
import type { SectionContext } from './sections';
import type { Figure } from './types';

/**
 * The causes to draw: the cause tree when there is one, else the root causes as a flat list under
 * the incident (a postmortem written before the tree existed still gets its fishbone). Text goes
 * through the report's redaction before it is wrapped, so an anonymised report lays out the
 * words it prints.
 */
export function causeNodes(c: SectionContext): CauseNodeInput[] {
  const tree = c.src.analysis?.tree ?? [];
  const nodes: CauseNodeInput[] = tree.length
    ? tree
    : c.src.rootCauses.map((r) => ({
        id: r.id,
        parentId: null,
        text: r.description,
        layer: r.layer,
        rootCause: true,
      }));
  return nodes.map((n) => ({ ...n, text: c.t(n.text) }));
}

/** The drawn cause tree and the fishbone, as the root-cause section's figures (vector SVG). */
export function causeFigures(c: SectionContext): Figure[] {
  const nodes = causeNodes(c);
  if (nodes.length === 0) return [];
  const title = c.t(c.src.title);
  const counts = countsText(nodes);
  const figure = (f: Pick<Figure, 'title' | 'caption' | 'chart'>, slug: string): Figure => {
    const number = c.nextFigureNumber();
    return {
      kind: 'figure',
      number,
      anchor: `figure-${number}-${slug}`,
      table: null,
      notes: [],
      problem: null,
      ...f,
    };
  };
  return [
    figure(
      {
        title: 'Cause tree',
        caption:
          'The cause tree: the incident on the left, the causes that led to it to the right. ' +
          `Each box names its layer in words; root causes have a double border. ${counts}`,
        chart: causeTreeSvg(layoutCauseTree(title, nodes)),
      },
      'cause-tree',
    ),
    figure(
      {
        title: 'Fishbone of the causes by layer',
        caption:
          'Fishbone (Ishikawa) diagram: the same causes grouped by the seven layers, one bone each; ' +
          'root causes in bold with a filled marker.',
        chart: fishboneSvg(title, nodes),
      },
      'fishbone',
    ),
  ];
}
