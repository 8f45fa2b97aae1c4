import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { coverageOf } from '../../../../shared/analysis/coverage';
import { actionArea, rootCauseLayer, type Postmortem } from '../../../../shared/domain';
import { UserText } from '../../components/UserText';
import { useSnapshot } from '../../data/hooks';

/**
 * Coverage: each root cause and the corrective actions that answer it (the links chosen under
 * each action), then the gaps in words. Read only: the links are made in section 6.
 */
export function CoverageView() {
  const id = useId();
  const parts = useSnapshot(
    useShallow((s) => (s.doc ? [s.doc.rootCauses, s.doc.actions, s.doc.links] : [])),
  );
  const [rootCauses, actions, links] = parts as [
    Postmortem['rootCauses'] | undefined,
    Postmortem['actions'],
    Postmortem['links'],
  ];
  const coverage = useMemo(
    () => (rootCauses ? coverageOf({ rootCauses, actions, links }) : null),
    [rootCauses, actions, links],
  );
  if (!coverage || !rootCauses) return null;
  return (
    <section className="analysis-block coverage" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Coverage</h3>
      {coverage.causes.length === 0 ? (
        <p className="muted">No root cause yet: mark causes in the tree, or add them below.</p>
      ) : (
        <ul className="coverage-list">
          {coverage.causes.map((c, index) => (
            <li key={c.causeId}>
              <strong>
                Cause {index + 1} ({rootCauseLayer.labels[c.layer]}):
              </strong>{' '}
              <UserText>{c.description.trim() || '(not written yet)'}</UserText>
              <span className="coverage-actions">
                {c.actionIds.length === 0
                  ? ' — no action yet'
                  : ` — answered by ${c.actionIds
                      .map((a) => {
                        const at = actions.findIndex((x) => x.id === a);
                        return `action ${at + 1} (${actionArea.labels[actions[at]!.area].toLowerCase()})`;
                      })
                      .join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {coverage.gaps.length === 0 ? (
        coverage.causes.length ? (
          <p className="coverage-ok">
            Every root cause has an action, and every action names its causes.
          </p>
        ) : null
      ) : (
        <>
          <h4>Gaps</h4>
          <ul className="coverage-gaps" aria-label="Coverage gaps">
            {coverage.gaps.map((g) => (
              <li key={`${g.kind}:${'causeId' in g ? g.causeId : g.actionId}`}>{g.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
