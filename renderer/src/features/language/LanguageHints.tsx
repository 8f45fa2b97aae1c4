import { memo, useMemo } from 'react';
import { checkLanguage, occurrenceKeys } from '../../../../shared/language';
import { useOpenDocument, useScopedSnapshot, useSettledText } from '../../data/hooks';
import { isolate } from '../../components/UserText';
import { useDismissed } from './dismissals';
import './language.css';

/** Participants' names, as one string per list, so a keystroke elsewhere does not re-render. */
function useParticipantNames(): string[] {
  const joined = useScopedSnapshot(
    'participants',
    (s) => s.doc?.participants.map((p) => p.name).join('\n') ?? '',
  );
  return useMemo(() => (joined ? joined.split('\n') : []), [joined]);
}

const HINT_SETTLE_MS = 300;

/**
 * Quiet hints under a free-text field when its words blame a person, judge, or lean on
 * hindsight: what was found, why it reads as blame and a system-focused rewording. They never
 * block typing; each occurrence can be dismissed (kept per postmortem, see dismissals.ts).
 */
export const LanguageHints = memo(function LanguageHints({ path }: { path: string }) {
  // Checked once typing pauses: a hint does not flicker mid-word, and a keystroke neither scans
  // the text nor re-renders the hints.
  const text = useSettledText(path, HINT_SETTLE_MS);
  const { postmortemId } = useOpenDocument();
  const names = useParticipantNames();
  const { dismissed, dismiss } = useDismissed(postmortemId, path);
  const findings = useMemo(() => {
    const found = checkLanguage(text, { names });
    const keys = occurrenceKeys(found);
    return found.map((f, i) => ({ ...f, key: keys[i]! })).filter((f) => !dismissed.includes(f.key));
  }, [text, names, dismissed]);
  if (findings.length === 0) return <div className="language-hints" aria-live="polite" />;
  return (
    <div className="language-hints" aria-live="polite">
      {findings.map((f) => (
        <p className="language-hint" key={f.key} data-rule={f.ruleId}>
          <span className="language-hint-text">
            <strong>“{isolate(f.match)}”</strong> {f.explanation} {f.suggestion}
          </span>
          <button
            type="button"
            className="language-hint-dismiss"
            aria-label={`Dismiss the hint on “${isolate(f.match)}”`}
            title="Dismiss this hint (here only)"
            onClick={() => dismiss(f.key)}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
});
