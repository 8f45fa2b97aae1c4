import { useId, useState, type KeyboardEvent } from 'react';
import { useOpenDocument, useSnapshot } from '../../../data/hooks';
import { causeNodesOf } from './cause-nodes';
import { DrawnTree } from './DrawnTree';
import { FishboneView } from './FishboneView';
import { useAnalysisUi } from '../selection';
import { useAnalysisActions, useIncidentLine } from '../use-analysis';

type Tab = 'tree' | 'fishbone';
const TABS: { id: Tab; label: string }[] = [
  { id: 'tree', label: 'Drawn tree' },
  { id: 'fishbone', label: 'Fishbone' },
];

/** The drawn tree and the fishbone of the open postmortem's causes, as two tabs. */
export function CauseDiagrams() {
  const id = useId();
  const nodes = useSnapshot((s) => (s.doc ? causeNodesOf(s.doc) : null));
  const title = useIncidentLine();
  const [tab, setTab] = useState<Tab>('tree');
  // The drawing shows and sets the cause selected in the outliner and the chains (the details
  // panel, and in the meeting the shared screen, follow it).
  const selected = useAnalysisUi((s) => s.selected);
  const sync = useOpenDocument();
  const actions = useAnalysisActions();
  if (!nodes) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = tab === 'tree' ? 'fishbone' : 'tree';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <section className="cause-diagrams" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Diagrams of the causes</h3>
      <div role="tablist" aria-label="Diagrams of the causes" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${id}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${id}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="cause-diagrams-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel-${tab}`} aria-labelledby={`${id}-tab-${tab}`}>
        {tab === 'tree' ? (
          <DrawnTree
            title={title}
            nodes={nodes}
            selectedId={selected}
            onSelect={(nodeId) => {
              // A root cause no node stands for is drawn too, but is not the tree's to select.
              if (sync.getSnapshot().doc?.causeNodes.some((n) => n.id === nodeId))
                actions.select(nodeId);
            }}
          />
        ) : (
          <FishboneView title={title} nodes={nodes} />
        )}
      </div>
    </section>
  );
}
