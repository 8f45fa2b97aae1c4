import { useMemo } from 'react';
import { fishboneSvg, fishboneTextWidth } from '../../../../../shared/analysis/drawing';
import type { Postmortem } from '../../../../../shared/domain';
import { svgToReact } from '../../export/svg-react';
import { causeNodesOf, incidentTitleOf } from './cause-nodes';
import { DRAWN_TEXT, PRESENTER_FONT_PX } from './PresenterTree';
import { pageHeight, usePresenterRoom } from './use-presenter-box';
import './drawn.css';

/** The most lines a cause may take, tried in turn until the drawing fits the page. */
const LINES = [4, 3, 2, 1];
const LINE_WORDS: Record<number, string> = { 1: 'one line', 2: 'two lines', 3: 'three lines' };
/** The narrowest column of cause text worth drawing, in ems (about 15 letters). */
const MIN_TEXT_EMS = 8;
/** What the frame takes besides the drawing: its border, the gap and two lines of the note. */
const FRAME_WIDTH = 4;
const FRAME_HEIGHT = 4 + 8 + 2 * 28;

/** The drawing's room: the frame's width and the page's height, less the frame's own parts. */
const roomOf = (frame: HTMLDivElement) => ({
  width: frame.clientWidth - FRAME_WIDTH,
  height: pageHeight(frame) - FRAME_HEIGHT,
});

/**
 * The fishbone on the shared screen: laid out for the page's width with text of 20 px, never
 * shrunk to fit (a scaled drawing would hide its true size). Long causes are cut to fewer lines
 * until it fits the page's height. A screen too small even for one line a cause gets one line
 * saying so, not a page of its own: the tree before it shows every cause, and the report prints
 * the whole fishbone.
 */
export function PresenterFishbone({ doc }: { doc: Postmortem }) {
  const nodes = causeNodesOf(doc);
  const title = incidentTitleOf(doc);
  // One element whether drawn or not, so the page's observer keeps measuring it: a presenter
  // window dragged onto the projector shows the drawing once there is room.
  const { frame, size: room } = usePresenterRoom(roomOf);

  const drawing = useMemo(() => {
    if (!room) return null;
    const font = { width: room.width, fontSize: PRESENTER_FONT_PX };
    if (fishboneTextWidth(font) < MIN_TEXT_EMS * PRESENTER_FONT_PX) return null;
    // Long causes give up lines before the drawing gives up the screen.
    for (const maxLines of LINES) {
      const svg = fishboneSvg(title, nodes, { ...font, maxLines });
      if (Number(svg.attrs.height) <= room.height) return { maxLines, node: svgToReact(svg) };
    }
    return null;
  }, [title, nodes, room]);
  const layered = nodes.filter((n) => n.layer !== null).length;
  return (
    <div
      className={drawing ? 'presenter-tree' : undefined}
      ref={frame}
      data-testid="presenter-fishbone"
      style={drawing && room ? { height: room.height + FRAME_HEIGHT } : undefined}
    >
      {drawing ? (
        <>
          <div className="presenter-tree-box" style={DRAWN_TEXT}>
            {drawing.node}
          </div>
          <p className="presenter-tree-note">
            The fishbone: the causes grouped by layer; root causes in bold with a filled marker.
            {drawing.maxLines < LINES[0]!
              ? ` Long causes are cut to ${LINE_WORDS[drawing.maxLines]} here; the tree shows them whole.`
              : null}
          </p>
        </>
      ) : (
        <p className="presenter-tree-note">
          The fishbone of these {layered} causes needs a larger screen to be read at 20 px; the tree
          shows every cause, and the report prints the fishbone.
        </p>
      )}
    </div>
  );
}
