import { causeTreeSvg, countsText, fishboneSvg } from '../analysis/drawing';
import { drawingNodes, layoutCauseTree, type CauseNodeInput } from '../analysis/layout';
import type { SectionContext } from './section-context';
import type { Figure } from './types';

/**
 * The causes to draw: the cause tree's nodes and the root causes no node stands for. Text goes
 * through the report's redaction before it is wrapped, so an anonymised report lays out the
 * words it prints.
 */
export function causeNodes(c: SectionContext): CauseNodeInput[] {
  return drawingNodes(c.src.analysis?.tree ?? null, c.src.rootCauses).map((n) => ({
    ...n,
    text: c.t(n.text),
  }));
}

/** The drawn cause tree and the fishbone, as the root-cause section's figures (vector SVG). */
export function causeFigures(c: SectionContext): Figure[] {
  const nodes = causeNodes(c);
  if (nodes.length === 0) return [];
  const title = c.t(c.src.analysis?.tree?.incident ?? c.src.title);
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
