import { useMemo } from 'react';
import { causeTreeSvg } from '../../../../../shared/analysis/drawing';
import { layoutCauseTree } from '../../../../../shared/analysis/layout';
import type { Postmortem } from '../../../../../shared/domain';
import { UserText } from '../../../components/UserText';
import { svgToReact } from '../../export/svg-react';
import { causeNodesOf, incidentTitleOf } from './cause-nodes';
import { presenterView, visibleNodes } from './presenter-view';
import { usePresenterBox } from './use-presenter-box';
import './drawn.css';

/**
 * The shared screen draws the tree with text of 20 px and never shrinks it (a scaled drawing
 * would hide its true size): it fits whole when it can, else it shows the part around the
 * cause the facilitator highlights (or the incident), leaving out the boxes it would cut.
 */
export const PRESENTER_FONT_PX = 20;

/**
 * The drawing's text size, set on its box: the presenter makes every element inherit its 24 px
 * (presenter.css), which beats the SVG's own font-size attribute, and text larger than the size
 * the boxes were laid out for would overflow them.
 */
export const DRAWN_TEXT = { fontSize: PRESENTER_FONT_PX } as const;

/** `focus` is the screen's highlighted item: the tree follows "node-<id>". */
export function PresenterTree({ doc, focus }: { doc: Postmortem; focus: string | null }) {
  const nodes = causeNodesOf(doc);
  const title = incidentTitleOf(doc);
  const layout = useMemo(() => layoutCauseTree(title, nodes, PRESENTER_FONT_PX), [title, nodes]);
  const wanted = focus?.startsWith('node-') ? focus.slice(5) : null;
  const selected = wanted && layout.nodes.some((n) => n.id === wanted) ? wanted : null;
  const { frame, box, size } = usePresenterBox();

  const { view, drawing } = useMemo(() => {
    if (!size) return { view: null, drawing: null };
    const v = presenterView(layout, size, selected);
    const svg = causeTreeSvg(layout, {
      selectedId: selected,
      only: v.whole ? undefined : visibleNodes(v, size),
    });
    svg.attrs.width = size.width;
    svg.attrs.height = size.height;
    svg.attrs.viewBox = `${-v.x / v.scale} ${-v.y / v.scale} ${size.width / v.scale} ${size.height / v.scale}`;
    return { view: v, drawing: svgToReact(svg) };
  }, [layout, selected, size]);
  const focusNode = layout.nodes.find((n) => n.id === (selected ?? layout.rootId));
  return (
    <div className="presenter-tree" ref={frame} data-testid="presenter-tree">
      <div className="presenter-tree-box" ref={box} style={DRAWN_TEXT}>
        {drawing}
      </div>
      <p className="presenter-tree-note">
        {view?.whole || !focusNode ? (
          'The whole cause tree.'
        ) : (
          <>
            Part of the cause tree, around <UserText>{focusNode.text}</UserText> ({nodes.length}{' '}
            causes in all).
          </>
        )}
      </p>
    </div>
  );
}
