import { useId } from 'react';
import {
  columnRoles,
  inferRole,
  ROLE_LABELS,
  type ColumnRole,
  type EvidenceInfo,
} from '../../../../../shared/evidence';
import { TYPE_LABELS } from '../format';
import { useEvidenceStore } from '../store';

/** "6 features, 2 predictions, 1 identifier": how the columns are split. */
export function rolesSummary(evidence: EvidenceInfo): string {
  const counts = new Map<string, number>();
  for (const c of evidence.columns) counts.set(c.role, (counts.get(c.role) ?? 0) + 1);
  return [...columnRoles, 'time' as const]
    .filter((r) => counts.has(r))
    .map((r) => {
      const n = counts.get(r)!;
      const word = ROLE_LABELS[r].toLowerCase();
      return r === 'time' ? `time: ${evidence.timeColumn}` : `${n} ${word}${n === 1 ? '' : 's'}`;
    })
    .join(', ');
}

/**
 * What each column is to the model, inferred first and changed here: the drift table ranks the
 * features, reports predictions and labels apart, and does not test identifiers or the time.
 */
export function ColumnRoles({ evidence }: { evidence: EvidenceInfo }) {
  const id = useId();
  const setRole = useEvidenceStore((s) => s.setColumnRole);
  return (
    <details className="ev-roles">
      <summary>Column roles: {rolesSummary(evidence)}</summary>
      <p className="ev-note">
        Inferred from each column’s name and values; change any. Features are ranked and decide
        dataset drift; predictions and labels are reported apart; identifiers and the time column
        are not tested.
      </p>
      <table className="ev-table ev-roles-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {evidence.columns.map((c) => {
            const inferred = inferRole(c, evidence.timeColumn);
            return (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td>{TYPE_LABELS[c.type]}</td>
                <td>
                  {c.role === 'time' ? (
                    'Time (the windows are cut on it)'
                  ) : (
                    <span className="ev-row">
                      <select
                        id={`${id}-${c.index}`}
                        aria-label={`Role of ${c.name}`}
                        value={c.role}
                        onChange={(e) =>
                          void setRole(evidence, c.name, e.target.value as ColumnRole)
                        }
                      >
                        {columnRoles.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_LABELS[r]}
                          </option>
                        ))}
                      </select>
                      {c.roleChosen ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void setRole(evidence, c.name, null)}
                        >
                          Back to the inferred role ({ROLE_LABELS[inferred].toLowerCase()})
                          <span className="visually-hidden"> for {c.name}</span>
                        </button>
                      ) : (
                        <span className="ev-type-note">inferred</span>
                      )}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
