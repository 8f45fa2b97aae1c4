import { useContext, useEffect, useState } from 'react';
import type { Pin } from '../../../../shared/evidence';
import { PinActionsContext } from '../../components/pin-actions';
import { errorMessage, evidenceApi } from './api';
import { targetKey } from './pin/targets';
import { PinCaption } from './pin/PinCaption';
import { PinView } from './pin/PinView';
import { useEvidenceStore } from './store';
import './evidence.css';

interface Props {
  postmortemId: string;
  /** A diagnosis question id (e.g. "data_drift") or a timeline event id. */
  target: string;
}

/** The pins attached to one question or timeline event, each recomputed from its spec. */
export function PinnedEvidence({ postmortemId, target }: Props) {
  const pinsState = useEvidenceStore((s) => s.pins[postmortemId]);
  const loadPins = useEvidenceStore((s) => s.loadPins);
  const loadFiles = useEvidenceStore((s) => s.loadFiles);
  const hasFiles = useEvidenceStore((s) => s.files[postmortemId] !== undefined);
  const [removed, setRemoved] = useState<Pin | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pinActions = useContext(PinActionsContext);

  useEffect(() => {
    if (!pinsState) void loadPins(postmortemId);
    if (!hasFiles) void loadFiles(postmortemId);
  }, [pinsState, hasFiles, postmortemId, loadPins, loadFiles]);

  const pins = (pinsState?.value ?? [])
    .filter((p) => targetKey(p.target) === target)
    .sort((a, b) => a.position - b.position);

  async function remove(pin: Pin) {
    setError(null);
    try {
      await evidenceApi()['pins.delete']({ id: pin.id });
      setRemoved(pin);
      await loadPins(postmortemId);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function undo(pin: Pin) {
    setError(null);
    try {
      const again = await evidenceApi()['pins.create']({
        postmortemId,
        target: pin.target,
        spec: pin.spec,
        caption: pin.caption,
      });
      if (again.position !== pin.position)
        await evidenceApi()['pins.update']({ id: again.id, position: pin.position });
      setRemoved(null);
      await loadPins(postmortemId);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  if (pins.length === 0 && !removed && !error && !pinsState?.error) return null;
  return (
    <section className="ev-pinned" aria-label="Pinned evidence">
      {pinsState?.error && <p className="field-error">Pins could not be read: {pinsState.error}</p>}
      {error && <p className="field-error">{error}</p>}
      {removed && (
        <p className="ev-undo" role="status">
          Pin removed.{' '}
          <button type="button" className="link-button" onClick={() => void undo(removed)}>
            Undo
          </button>
        </p>
      )}
      {pins.map((pin) => (
        <figure key={pin.id} className="ev-pin-card">
          <PinView spec={pin.spec} postmortemId={postmortemId} />
          <PinCaption
            pin={pin}
            onChanged={() => loadPins(postmortemId)}
            onRemove={() => void remove(pin)}
          />
          {pinActions ? pinActions(pin) : null}
        </figure>
      ))}
    </section>
  );
}
