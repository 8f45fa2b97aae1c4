import { useId } from 'react';
import { rootCauseLayer, type RootCauseLayer } from '../../../../shared/domain';
import { useOpenDocument, useSnapshot } from '../../data/hooks';
import { UserText } from '../../components/UserText';
import { LanguageHints } from '../language';
import { CitationList } from './CitationList';
import { CitationPicker } from './CitationPicker';
import { useAnalysisUi } from './selection';
import { useAnalysisActions, useCauseTree } from './use-analysis';

/**
 * The selected cause's layer, root-cause flag and evidence: one panel for the outliner and the
 * chains (reached with Esc from either), so their rows stay one line each.
 */
export function NodeDetails() {
  const id = useId();
  const tree = useCauseTree();
  const selected = useAnalysisUi((s) => s.selected);
  const sync = useOpenDocument();
  const actions = useAnalysisActions();
  const causeIndex = useSnapshot((s) =>
    s.doc && selected
      ? s.doc.rootCauses.findIndex(
          (c) =>
            c.id === s.doc!.links.find((l) => l.kind === 'node_cause' && l.from === selected)?.to,
        )
      : -1,
  );
  const node = selected ? tree?.byId.get(selected) : undefined;
  if (!tree || tree.ordered.length === 0) return null;
  if (!node) {
    return (
      <section id="cause-details" className="analysis-details" aria-label="Selected cause">
        <p className="muted">
          Select a cause to set its layer, mark it as a root cause and cite evidence.
        </p>
      </section>
    );
  }
  const layerPath = `causeNodes#${node.id}.layer`;
  return (
    <section id="cause-details" className="analysis-details" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        Selected cause: <UserText>{node.text.trim() || 'not written yet'}</UserText>
      </h4>
      {/* The rows stay one line each: the selected cause's wording is checked here. */}
      <LanguageHints path={`causeNodes#${node.id}.text`} />
      <div className="analysis-details-row">
        <div className="field">
          <label htmlFor={`${id}-layer`}>Layer</label>
          <select
            id={`${id}-layer`}
            value={node.layer ?? ''}
            onChange={(e) =>
              sync.set(layerPath, (e.currentTarget.value || null) as RootCauseLayer | null)
            }
          >
            {/* A root cause always has a layer: no empty choice once it is one. */}
            {node.rootCauseId ? null : <option value="">Not decided yet</option>}
            {rootCauseLayer.values.map((layer) => (
              <option key={layer} value={layer}>
                {rootCauseLayer.labels[layer]}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={node.rootCauseId !== null}
            onChange={(e) => actions.toggleRootCause(node.id, e.currentTarget.checked)}
          />
          Root cause
          {causeIndex >= 0 ? (
            <span className="muted"> (cause {causeIndex + 1} in section 4)</span>
          ) : null}
        </label>
        <button
          type="button"
          className="button small quiet danger-text"
          onClick={() => actions.remove(node.id)}
        >
          Remove this cause{node.children.length ? ' and what is under it' : ''}
        </button>
      </div>
      <CitationList node={node} />
      <CitationPicker node={node} />
    </section>
  );
}
