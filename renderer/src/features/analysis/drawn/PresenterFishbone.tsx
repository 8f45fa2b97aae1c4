import { useMemo } from 'react';
import { fishboneSvg, fishboneTextWidth } from '../../../../../shared/analysis/drawing';
import type { Postmortem } from '../../../../../shared/domain';
import { svgToReact } from '../../export/svg-react';
import { causeNodesOf, incidentTitleOf } from './cause-nodes';
import { DRAWN_TEXT, PRESENTER_FONT_PX } from './PresenterTree';
import { usePresenterBox } from './use-presenter-box';
import './drawn.css';

/**
 * The fishbone on the shared screen: laid out for the page's width with text of 20 px, never
 * shrunk to fit (a scaled drawing would hide its true size). Long causes are cut to fewer lines
 * until it fits the page's height; when even one line each is too tall, it says so instead of
 * cutting the drawing off: the tree before it pages through every cause, and the report prints
 * the whole fishbone.
 */
/** The most lines a cause may take, tried in turn until the drawing fits the page. */
const LINES = [4, 3, 2, 1];
/** The narrowest column of cause text worth drawing, in ems (about 15 letters). */
const MIN_TEXT_EMS = 8;
const LINE_WORDS: Record<number, string> = { 1: 'one line', 2: 'two lines', 3: 'three lines' };

export function PresenterFishbone({ doc }: { doc: Postmortem }) {
  const nodes = causeNodesOf(doc);
  const title = incidentTitleOf(doc);
  const { frame, box, size } = usePresenterBox();

  const drawing = useMemo(() => {
    if (!size) return null;
    // Too narrow a screen leaves a few words a line: no drawing then.
    const font = { width: size.width, fontSize: PRESENTER_FONT_PX };
    if (fishboneTextWidth(font) < MIN_TEXT_EMS * PRESENTER_FONT_PX)
      return { maxLines: 0, node: null };
    // Long causes give up lines before the drawing gives up the screen.
    for (const maxLines of LINES) {
      const svg = fishboneSvg(title, nodes, { ...font, maxLines });
      if (Number(svg.attrs.height) <= size.height) return { maxLines, node: svgToReact(svg) };
    }
    return { maxLines: 0, node: null };
  }, [title, nodes, size]);
  const layered = nodes.filter((n) => n.layer !== null).length;
  return (
    <div className="presenter-tree" ref={frame} data-testid="presenter-fishbone">
      <div className="presenter-tree-box presenter-fishbone-box" ref={box} style={DRAWN_TEXT}>
        {drawing?.node ?? null}
        {drawing && !drawing.node ? (
          <p className="presenter-fishbone-full">
            The fishbone&apos;s {layered} causes do not fit this screen at a readable size. The
            cause tree before it shows every cause; the report prints the whole fishbone.
          </p>
        ) : null}
      </div>
      <p className="presenter-tree-note">
        The fishbone: the causes grouped by layer; root causes in bold with a filled marker.
        {drawing && drawing.maxLines > 0 && drawing.maxLines < LINES[0]!
          ? ` Long causes are cut to ${LINE_WORDS[drawing.maxLines]} here; the tree shows them whole.`
          : null}
      </p>
    </div>
  );
}
