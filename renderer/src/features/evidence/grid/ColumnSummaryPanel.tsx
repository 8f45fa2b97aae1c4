import type { ColumnSummary } from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { useAsync } from '../use-async';
import { formatCell, formatCount, formatShare, formatValue, TYPE_LABELS } from '../format';

interface Props {
  evidenceId: string;
  column: string;
  zone: string;
  onClose(): void;
}

/** Type, missing share, distinct count, range, mean, quantiles and top values of one column. */
export function ColumnSummaryPanel({ evidenceId, column, zone, onClose }: Props) {
  const result = useAsync(
    JSON.stringify([evidenceId, column]),
    () => evidenceApi()['evidence.columnSummary']({ evidenceId, column }),
    'summary',
  );
  const summary = result.loading
    ? null
    : (result.value?.find((s) => s.column === column) ?? result.value?.[0] ?? null);
  const error = result.error;

  return (
    <section className="ev-summary" aria-labelledby="ev-summary-title">
      <div className="ev-summary-head">
        <h4 id="ev-summary-title">Summary of {column}</h4>
        <button
          type="button"
          className="button quiet small"
          onClick={onClose}
          aria-label="Close the column summary"
        >
          ✕
        </button>
      </div>
      {error && <p className="field-error">{error}</p>}
      {!summary && !error && <p className="muted">Computing…</p>}
      {summary && <SummaryList s={summary} zone={zone} />}
    </section>
  );
}

function SummaryList({ s, zone }: { s: ColumnSummary; zone: string }) {
  const q = s.quantiles;
  return (
    <>
      <dl className="ev-dl">
        <dt>Type</dt>
        <dd>{TYPE_LABELS[s.type]}</dd>
        <dt>Rows</dt>
        <dd>{formatCount(s.rows)}</dd>
        <dt>Missing</dt>
        <dd>
          {formatCount(s.missing)} ({formatShare(s.missingShare)})
        </dd>
        {s.unparsed > 0 && (
          <>
            <dt>Not parsed as {TYPE_LABELS[s.type].toLowerCase()}</dt>
            <dd>{formatCount(s.unparsed)}</dd>
          </>
        )}
        <dt>Distinct values</dt>
        <dd>{formatCount(s.distinct)}</dd>
        {s.min !== null && (
          <>
            <dt>Minimum</dt>
            <dd>{formatValue(s.min, s.type, zone)}</dd>
            <dt>Maximum</dt>
            <dd>{formatValue(s.max, s.type, zone)}</dd>
          </>
        )}
        {s.mean !== null && s.type !== 'instant' && (
          <>
            <dt>Mean</dt>
            <dd>{formatValue(s.mean, s.type, zone)}</dd>
            <dt>Standard deviation (population)</dt>
            <dd>{formatValue(s.std, s.type, zone)}</dd>
          </>
        )}
      </dl>
      {q && (
        <table className="ev-table ev-quantiles">
          <caption>Quantiles</caption>
          <thead>
            <tr>
              <th scope="col">5 %</th>
              <th scope="col">25 %</th>
              <th scope="col">Median</th>
              <th scope="col">75 %</th>
              <th scope="col">95 %</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {[q.p05, q.p25, q.median, q.p75, q.p95].map((v, i) => (
                <td key={i}>{formatValue(v, s.type, zone)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      {s.top.length > 0 && (
        <table className="ev-table">
          <caption>Most frequent values</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Rows</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {s.top.map((t, i) => (
              <tr key={i}>
                <th scope="row">{t.value === null ? <em>missing</em> : formatCell(t.value)}</th>
                <td>{formatCount(t.count)}</td>
                <td>{formatShare(s.rows ? t.count / s.rows : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
