import { useEffect } from 'react';
import { fromChangePoint, proposeWindows, type EvidenceInfo } from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { useEvidenceStore, type WindowPair } from '../store';
import { windowsFromPins } from './windows';

/**
 * The baseline and incident of one file: the pair saved for it, else the newest pin's windows,
 * else a proposal (the summary's incident dates, else a change point that stands out in the data,
 * else the two halves of the time span). Null while the proposal is being worked out, or when the
 * file has no time column and nothing was chosen.
 */
export function useWindowPair(postmortemId: string, evidence: EvidenceInfo): WindowPair | null {
  const saved = evidence.windows;
  const proposed = useEvidenceStore((s) => s.proposed[evidence.id]) ?? null;
  const pins = useEvidenceStore((s) => s.pins[postmortemId]?.value) ?? null;
  const context = useEvidenceStore((s) => s.context[postmortemId]);
  const propose = useEvidenceStore((s) => s.propose);
  const times = context?.value ?? null;
  const startedAt = times?.startedAt ?? null;
  const endedAt = times?.endedAt ?? null;
  const contextReady = context !== undefined && (!context.loading || context.value !== null);
  // A proposal made from other summary dates is made again (the facilitator just edited them).
  const basis = `${startedAt}/${endedAt}`;
  const stale = proposed?.basis !== undefined && proposed.basis !== basis;

  useEffect(() => {
    if (saved || (proposed && !stale) || pins === null) return;
    const fromPin = windowsFromPins(pins, evidence.id);
    if (fromPin && !proposed) {
      propose(evidence.id, fromPin);
      return;
    }
    if (!evidence.timeColumn || !contextReady) return;
    let live = true;
    evidenceApi()
      ['evidence.timeOverview']({ evidenceId: evidence.id })
      .then((overview) => {
        const p = proposeWindows(overview, { startedAt, endedAt });
        if (!live || !p) return;
        const change = fromChangePoint(overview, overview.changePoint);
        propose(evidence.id, {
          baseline: p.baseline,
          incident: p.incident,
          origin: p.source,
          changePoint: overview.changePoint,
          alternative:
            p.source === 'summary' && change
              ? { baseline: change.baseline, incident: change.incident }
              : null,
          basis,
        });
      })
      .catch(() => {
        // The window picker stays empty and asks the user to choose; nothing to report here.
      });
    return () => {
      live = false;
    };
  }, [
    saved,
    proposed,
    stale,
    pins,
    evidence.id,
    evidence.timeColumn,
    contextReady,
    startedAt,
    endedAt,
    basis,
    propose,
  ]);

  if (saved) {
    return {
      baseline: saved.baseline,
      incident: saved.incident,
      origin: 'saved',
      savedAt: saved.savedAt,
    };
  }
  return proposed;
}
