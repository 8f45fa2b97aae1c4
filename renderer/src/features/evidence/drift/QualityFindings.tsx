import type { DriftRow } from '../../../../../shared/evidence';
import { qualityFindings } from './drift-text';
import { UserText } from '../../../components/UserText';

/** Data-quality findings beside the drift table: the things a test statistic does not say. */
export function QualityFindings({ rows }: { rows: DriftRow[] }) {
  const findings = qualityFindings(rows);
  return (
    <section className="ev-findings" aria-labelledby="ev-findings-title">
      <h4 id="ev-findings-title">Data-quality findings</h4>
      {findings.length === 0 ? (
        <p className="muted">
          None: no rise in missing values, no unseen categories, no values outside the baseline’s
          range, no type changes, no column turned constant.
        </p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i} className={f.severity === 'high' ? 'ev-finding-high' : undefined}>
              {f.severity === 'high' && <span className="ev-flag">Check</span>}{' '}
              <strong>
                <UserText>{f.column}</UserText>
              </strong>
              : {f.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
