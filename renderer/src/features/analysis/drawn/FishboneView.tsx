import { useId, useMemo } from 'react';
import { fishboneSvg, layerLabel } from '../../../../../shared/analysis/drawing';
import type { CauseNodeInput } from '../../../../../shared/analysis/layout';
import { rootCauseLayer } from '../../../../../shared/domain';
import { UserText } from '../../../components/UserText';
import { svgToReact } from '../../export/svg-react';
import './drawn.css';

/** The fishbone of the same causes, one bone per layer, with the causes by layer as its text. */
export function FishboneView({
  title,
  nodes,
}: {
  title: string;
  nodes: readonly CauseNodeInput[];
}) {
  const id = useId();
  const drawing = useMemo(() => svgToReact(fishboneSvg(title, nodes)), [title, nodes]);
  return (
    <figure className="drawn fishbone-view" aria-labelledby={`${id}-caption`}>
      <div
        className="fishbone-scroll"
        tabIndex={0}
        role="group"
        aria-label="Fishbone of the causes by layer"
      >
        {drawing}
      </div>
      <figcaption id={`${id}-caption`}>
        Fishbone: the causes grouped by the seven layers; root causes in bold with a filled marker.
      </figcaption>
      <details className="drawn-text">
        <summary>The causes by layer, as a list</summary>
        <dl className="cause-list">
          {[...rootCauseLayer.values, null].map((layer) => {
            const of = nodes.filter((n) => n.layer === layer);
            if (layer === null && of.length === 0) return null;
            return (
              <div key={layer ?? 'none'}>
                <dt>{layerLabel(layer)}</dt>
                {of.length === 0 ? <dd>None</dd> : null}
                {of.map((n) => (
                  <dd key={n.id}>
                    <UserText>{n.text || '(no text yet)'}</UserText>
                    {n.rootCause ? ' (root cause)' : ''}
                  </dd>
                ))}
              </div>
            );
          })}
        </dl>
      </details>
    </figure>
  );
}
