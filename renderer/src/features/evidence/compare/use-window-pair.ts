import { useEffect } from 'react';
import type { EvidenceInfo } from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { useEvidenceStore, type WindowPair } from '../store';
import { halvesOfSpan, windowsFromPins } from './windows';

/**
 * The baseline and incident of one file: the user's choice, else the newest pin's windows, else
 * the two halves of the time span. Null while the default is being worked out, or when the file
 * has no time column and nothing was chosen.
 */
export function useWindowPair(postmortemId: string, evidence: EvidenceInfo): WindowPair | null {
  const pair = useEvidenceStore((s) => s.windows[evidence.id]) ?? null;
  const pins = useEvidenceStore((s) => s.pins[postmortemId]?.value) ?? null;
  const setWindows = useEvidenceStore((s) => s.setWindows);

  useEffect(() => {
    if (pair || pins === null) return;
    const fromPin = windowsFromPins(pins, evidence.id);
    if (fromPin) {
      setWindows(evidence.id, fromPin);
      return;
    }
    const timeColumn = evidence.timeColumn;
    if (!timeColumn) return;
    let live = true;
    evidenceApi()
      ['evidence.columnSummary']({ evidenceId: evidence.id, column: timeColumn })
      .then((list) => {
        const s = list.find((c) => c.column === timeColumn);
        if (live && s && s.min !== null && s.max !== null) {
          setWindows(evidence.id, halvesOfSpan(timeColumn, s.min, s.max));
        }
      })
      .catch(() => {
        // The window picker stays empty and asks the user to choose; nothing to report here.
      });
    return () => {
      live = false;
    };
  }, [pair, pins, evidence.id, evidence.timeColumn, setWindows]);

  return pair;
}
