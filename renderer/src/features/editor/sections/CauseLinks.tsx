import { rootCauseLayer } from '../../../../../shared/domain';
import { useOpenDocument, useSnapshot } from '../../../data/hooks';

const EMPTY: never[] = [];

/** The root causes an action answers: each box is one link (a row with foreign keys to both). */
export function CauseLinks({ actionId }: { actionId: string }) {
  const sync = useOpenDocument();
  const causes = useSnapshot((s) => s.doc?.rootCauses ?? EMPTY);
  const links = useSnapshot((s) => s.doc?.links ?? EMPTY);
  if (causes.length === 0) return null;
  return (
    <fieldset className="cause-links">
      <legend className="field-label">Root causes it answers</legend>
      <ul className="check-list">
        {causes.map((cause, index) => {
          const linked = links.some(
            (l) => l.kind === 'action_cause' && l.from === actionId && l.to === cause.id,
          );
          const words = cause.description.trim() || cause.hint || '(not written yet)';
          return (
            <li key={cause.id}>
              <label>
                <input
                  type="checkbox"
                  checked={linked}
                  onChange={(e) => sync.link('action_cause', actionId, cause.id, e.target.checked)}
                />
                <span>
                  Cause {index + 1} ({rootCauseLayer.labels[cause.layer]}):{' '}
                  <span dir="auto">{words.length > 90 ? `${words.slice(0, 89)}…` : words}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
