import { useEffect, useId, useState } from 'react';
import type { CauseTreeNode } from '../../../../shared/domain';
import { newId } from '../../components/ItemList';
import { useDoc, useOpenDocument } from '../../data/hooks';
import { useEvidenceStore } from '../evidence';
import { citationTargets, type CitationTarget } from './citation-targets';
import { useAnalysisActions } from './use-analysis';

const EMPTY: never[] = [];

/** Cites a pin, a timeline event or a drift finding for the selected cause. */
export function CitationPicker({ node }: { node: CauseTreeNode }) {
  const id = useId();
  const { postmortemId } = useOpenDocument();
  const doc = useDoc();
  const actions = useAnalysisActions();
  const pins = useEvidenceStore((s) => s.pins[postmortemId]?.value) ?? EMPTY;
  const files = useEvidenceStore((s) => s.files[postmortemId]?.value) ?? EMPTY;
  const loaded = useEvidenceStore(
    (s) => s.pins[postmortemId] !== undefined && s.files[postmortemId] !== undefined,
  );
  const [choice, setChoice] = useState('');
  useEffect(() => {
    if (loaded) return;
    const store = useEvidenceStore.getState();
    void store.loadPins(postmortemId);
    void store.loadFiles(postmortemId);
  }, [loaded, postmortemId]);
  if (!doc) return null;
  const targets = citationTargets(doc, node, pins, files);
  const groups = ['Pinned evidence', 'Timeline events', 'Drift findings'] as const;
  const cite = () => {
    const target = targets.find((t) => t.value === choice);
    if (target) actions.apply(target.ops(node, newId));
    setChoice('');
  };
  return (
    <div className="citation-picker">
      <div className="field">
        <label htmlFor={`${id}-target`}>Cite evidence</label>
        <select
          id={`${id}-target`}
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && choice) {
              e.preventDefault();
              cite();
            }
          }}
        >
          <option value="">
            {targets.length ? 'Choose a pin, an event or a finding…' : 'Nothing left to cite'}
          </option>
          {groups.map((group) => {
            const inGroup: CitationTarget[] = targets.filter((t) => t.group === group);
            return inGroup.length ? (
              <optgroup key={group} label={group}>
                {inGroup.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
      </div>
      <button type="button" className="button small" disabled={!choice} onClick={cite}>
        Cite
      </button>
    </div>
  );
}
