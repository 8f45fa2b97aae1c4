import { useEffect, useId, useRef, useState } from 'react';
import type { PinSpec } from '../../../../../shared/evidence';
import { errorMessage, evidenceApi } from '../api';
import { useEvidenceStore } from '../store';
import { useDoc, useDocumentSync } from '../../../data/hooks';
import { targetOptions } from './targets';

interface Props {
  postmortemId: string;
  spec: PinSpec;
  /** What is being pinned, for the dialog's title: "histogram of amount". */
  what: string;
  defaultCaption: string;
  onClose(pinnedTo: string | null): void;
}

/** A small non-modal popover: choose where the pin goes and caption it. Escape closes it. */
export function PinDialog({ postmortemId, spec, what, defaultCaption, onClose }: Props) {
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  // The live document: a hypothesis or an event added a moment ago is a target at once.
  const postmortem = useDoc(useDocumentSync(postmortemId));
  const options = targetOptions(postmortem);
  const [chosen, setTarget] = useState<string>('');
  const target = chosen || (options[0]?.value ?? '');
  const [caption, setCaption] = useState(defaultCaption);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loadPins = useEvidenceStore((s) => s.loadPins);

  useEffect(() => first.current?.focus(), []);

  async function pin() {
    const option = options.find((o) => o.value === target);
    if (!option) return setError('Choose a question or a timeline event.');
    setBusy(true);
    try {
      await evidenceApi()['pins.create']({
        postmortemId,
        target: option.target,
        spec,
        caption: caption.trim(),
      });
      await loadPins(postmortemId);
      onClose(option.label);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  const groups = ['Diagnosis questions', 'Timeline events'] as const;
  return (
    <div
      className="ev-popover"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(null);
        }
      }}
    >
      <h4 id={`${id}-title`}>Pin the {what}</h4>
      <div className="field">
        <label htmlFor={`${id}-target`}>Pin to</label>
        <select
          id={`${id}-target`}
          ref={first}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          {groups.map((g) => {
            const inGroup = options.filter((o) => o.group === g);
            return inGroup.length === 0 ? null : (
              <optgroup key={g} label={g}>
                {inGroup.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-caption`}>Caption</label>
        <textarea
          id={`${id}-caption`}
          rows={3}
          maxLength={1000}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
        />
        <span className="hint">
          What the room should read in it. The chart is recomputed from the data whenever it is
          shown.
        </span>
      </div>
      {error && <p className="field-error">{error}</p>}
      <div className="ev-row">
        <button
          type="button"
          className="button primary small"
          onClick={() => void pin()}
          disabled={busy}
        >
          Pin
        </button>
        <button type="button" className="button small" onClick={() => onClose(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
