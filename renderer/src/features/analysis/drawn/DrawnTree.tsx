import { useId, useMemo } from 'react';
import { causeTreeSvg, countsText } from '../../../../../shared/analysis/drawing';
import { layoutCauseTree, type CauseNodeInput } from '../../../../../shared/analysis/layout';
import { svgToReact } from '../../export/svg-react';
import { CauseList } from './CauseList';
import { usePanZoom } from './use-pan-zoom';
import './drawn.css';

interface Props {
  title: string;
  nodes: readonly CauseNodeInput[];
  selectedId?: string | null;
  /** Called with a node's id when it is clicked (not dragged). */
  onSelect?: (id: string) => void;
}

/**
 * The drawn cause tree: pan by dragging or with the arrow keys, zoom with the wheel or + and -,
 * fit with 0 or the button (and when first shown). Its text alternative, the causes as nested
 * lists, is one click away.
 */
export function DrawnTree({ title, nodes, selectedId = null, onSelect }: Props) {
  const id = useId();
  const layout = useMemo(() => layoutCauseTree(title, nodes), [title, nodes]);
  const drawing = useMemo(
    () => svgToReact(causeTreeSvg(layout, { selectedId })),
    [layout, selectedId],
  );
  const { viewport, view, fit, zoomBy, handlers } = usePanZoom(layout);
  const causes = nodes.length;
  return (
    <figure className="drawn" aria-labelledby={`${id}-caption`}>
      <div
        className="drawn-toolbar"
        role="toolbar"
        aria-label="Cause tree view"
        aria-controls={`${id}-view`}
      >
        <button
          type="button"
          className="button small"
          onClick={() => zoomBy(1.25)}
          aria-keyshortcuts="+"
        >
          Zoom in
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => zoomBy(0.8)}
          aria-keyshortcuts="-"
        >
          Zoom out
        </button>
        <button type="button" className="button small" onClick={fit} aria-keyshortcuts="0">
          Fit
        </button>
        <span className="drawn-zoom" aria-live="polite">
          {Math.round(view.scale * 100)}%
        </span>
      </div>
      <div
        id={`${id}-view`}
        className="drawn-viewport"
        ref={viewport}
        tabIndex={0}
        role="group"
        aria-label={`Drawn cause tree: ${causes} ${causes === 1 ? 'cause' : 'causes'}. Arrow keys pan, plus and minus zoom, 0 fits.`}
        aria-roledescription="diagram"
        {...handlers}
        onClick={(e) => {
          const node = (e.target as Element).closest('[data-node-id]');
          const nodeId = node?.getAttribute('data-node-id');
          if (nodeId && onSelect && nodeId !== layout.rootId) onSelect(nodeId);
        }}
      >
        <div
          className="drawn-canvas"
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
        >
          {drawing}
        </div>
      </div>
      <figcaption id={`${id}-caption`}>Cause tree. {countsText(nodes)}</figcaption>
      <details className="drawn-text">
        <summary>The causes as a list</summary>
        <CauseList title={title} nodes={nodes} />
      </details>
    </figure>
  );
}
