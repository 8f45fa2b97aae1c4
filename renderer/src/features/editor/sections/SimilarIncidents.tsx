import { useEffect, useState } from 'react';
import { actionStatus, rootCauseLayer } from '../../../../../shared/domain';
import type { Similar } from '../../../../../shared/trends/similar';
import { getApi } from '../../../api';
import { UserText } from '../../../components/UserText';
import { useOpenDocument, useSnapshot } from '../../../data/hooks';
import { useAppStore } from '../../../stores/store';

/** Why an earlier postmortem is alike, in words. */
function reasons(s: Similar): string {
  const out: string[] = [];
  if (s.sameModel) out.push('the same model');
  if (s.sharedColumns.length) out.push(`drift in ${s.sharedColumns.join(', ')}`);
  if (s.sharedLayers.length)
    out.push(`causes in ${s.sharedLayers.map((l) => rootCauseLayer.labels[l]).join(', ')}`);
  return out.join('; ');
}

/**
 * Earlier postmortems that resemble this one (same model, same pinned columns, same layers of
 * cause), with what was done then: read before agreeing on actions.
 */
export function SimilarIncidents() {
  const sync = useOpenDocument();
  const postmortemId = sync.postmortemId;
  // What similarity reads of this postmortem: asked again when it changes, not on every keystroke.
  const signature = useSnapshot((s) =>
    s.doc
      ? `${s.doc.summary.modelName}|${s.doc.rootCauses.map((c) => (c.description ? c.layer : '')).join(',')}`
      : '',
  );
  const [similar, setSimilar] = useState<Similar[] | null>(null);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    const timer = setTimeout(() => {
      getApi()
        ['library.similar']({ postmortemId })
        .then(setSimilar)
        .catch(() => setSimilar([]));
    }, 400);
    return () => clearTimeout(timer);
  }, [postmortemId, signature]);
  if (!similar || similar.length === 0) return null;
  return (
    <aside className="similar" aria-labelledby="similar-heading">
      <h3 id="similar-heading">Similar past incidents</h3>
      <ul>
        {similar.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ name: 'editor', id: s.id })}
            >
              <UserText>{s.title}</UserText>
            </button>{' '}
            <span className="muted">({reasons(s)})</span>
            {s.actions.length > 0 ? (
              <ul aria-label={`What was done after ${s.title}`}>
                {s.actions.map((a) => (
                  <li key={a.id}>
                    <UserText>{a.description}</UserText>{' '}
                    <span className="muted">— {actionStatus.labels[a.status]}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No action was recorded then.</p>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
