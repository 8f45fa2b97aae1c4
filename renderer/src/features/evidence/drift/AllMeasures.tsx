import { Fragment } from 'react';
import type { DriftRow } from '../../../../../shared/evidence';
import { formatCount, formatMeasure, formatP, formatShare } from '../format';

/**
 * Every measure of one column, opened under its row. Laid out to the visible width of the table
 * (it stays put while the table scrolls sideways), so opening it never pushes the names away.
 */
export function AllMeasures({ r }: { r: DriftRow }) {
  const items: [string, string][] = [
    ['Tested as', r.kind],
    ['Kolmogorov-Smirnov D', formatMeasure(r.ksStatistic)],
    ['Kolmogorov-Smirnov p', formatP(r.ksPValue)],
    ['Wasserstein (normed by baseline std)', formatMeasure(r.wassersteinNormed)],
    [
      'Chi-square',
      r.chi2Statistic === null
        ? '—'
        : `${formatMeasure(r.chi2Statistic)} (dof ${r.chi2Dof ?? '—'})`,
    ],
    ['Chi-square p', formatP(r.chi2PValue)],
    ['Two-proportion z', formatMeasure(r.zStatistic)],
    ['z test p', formatP(r.zPValue)],
    ['PSI', formatMeasure(r.psi)],
    ['Jensen-Shannon distance (natural log)', formatMeasure(r.jensenShannon)],
    ['Rows in windows', `${formatCount(r.baselineRows)} / ${formatCount(r.incidentRows)}`],
    [
      'Missing (baseline / incident)',
      `${formatShare(r.missingShareBaseline)} / ${formatShare(r.missingShareIncident)}`,
    ],
    [
      'Not parsed as the type',
      `${formatShare(r.unparsedShareBaseline)} / ${formatShare(r.unparsedShareIncident)}`,
    ],
    ['Incident values outside the baseline range', formatShare(r.outOfRangeShare)],
  ];
  return (
    <div className="ev-drift-details-body">
      <dl className="ev-dl ev-dl-wide">
        {items.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="ev-note">
        <strong>Why this measure:</strong> {r.decisionReason ?? r.skippedReason ?? '—'}
      </p>
    </div>
  );
}
