import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { causeTreeSvg } from '../../../../../shared/analysis/drawing';
import { layoutCauseTree } from '../../../../../shared/analysis/layout';
import type { Postmortem } from '../../../../../shared/domain';
import { UserText } from '../../../components/UserText';
import { svgToReact } from '../../export/svg-react';
import { causeNodesOf, incidentTitleOf } from './cause-nodes';
import { presenterView, visibleNodes } from './presenter-view';
import './drawn.css';

/**
 * The shared screen draws the tree with text of 20 px and never shrinks it (a scaled drawing
 * would hide its true size): it fits whole when it can, else it shows the part around the
 * cause the facilitator highlights (or the incident), leaving out the boxes it would cut.
 */
export const PRESENTER_FONT_PX = 20;

/** The height the presenter's page gives a block, less the block's own padding and margin. */
function pageHeight(element: HTMLElement): number {
  const page = element.closest('.presenter-viewport');
  return page ? page.clientHeight - 24 : 480;
}

/** `focus` is the screen's highlighted item: the tree follows "node-<id>". */
export function PresenterTree({ doc, focus }: { doc: Postmortem; focus: string | null }) {
  const nodes = causeNodesOf(doc);
  const title = incidentTitleOf(doc);
  const layout = useMemo(() => layoutCauseTree(title, nodes, PRESENTER_FONT_PX), [title, nodes]);
  const wanted = focus?.startsWith('node-') ? focus.slice(5) : null;
  const selected = wanted && layout.nodes.some((n) => n.id === wanted) ? wanted : null;
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => {
      element.style.height = `${pageHeight(element)}px`;
      const b = box.current;
      if (!b) return;
      setSize((s) =>
        s && s.width === b.clientWidth && s.height === b.clientHeight
          ? s
          : { width: b.clientWidth, height: b.clientHeight },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    const page = element.closest('.presenter-viewport');
    if (page) observer.observe(page);
    return () => observer.disconnect();
  }, []);

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
      <div className="presenter-tree-box" ref={box}>
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
