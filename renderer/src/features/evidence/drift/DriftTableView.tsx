import { Fragment, useState } from 'react';
import type { DriftRow, DriftTable } from '../../../../../shared/evidence';
import { formatCount, formatMeasure, formatP, formatShare, TYPE_LABELS } from '../format';
import {
  decidingText,
  effectText,
  measureName,
  measureTitle,
  methodText,
  ruleText,
} from './drift-text';

type SortKey = 'column' | 'drift' | 'value' | 'p' | 'effect' | 'psi';
interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const HEADERS: { key: SortKey; label: string }[] = [
  { key: 'column', label: 'Column' },
  { key: 'drift', label: 'Result' },
  { key: 'value', label: 'Deciding measure' },
  { key: 'p', label: 'p (corrected)' },
  { key: 'effect', label: 'Effect size' },
  { key: 'psi', label: 'PSI' },
];

function sortValue(r: DriftRow, key: SortKey): number | string {
  switch (key) {
    case 'column':
      return r.column;
    case 'drift':
      return r.kind === 'skipped' ? -1 : r.drift ? 1 : 0;
    case 'value':
      return r.decidingValue ?? -Infinity;
    case 'p':
      return r.correctedPValue ?? Infinity;
    case 'effect':
      return r.effectSize ?? -Infinity;
    case 'psi':
      return r.psi ?? -Infinity;
  }
}

export function sortRows(rows: DriftRow[], s: SortState): DriftRow[] {
  const sign = s.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, s.key);
    const y = sortValue(b, s.key);
    if (x === y) return a.column.localeCompare(b.column);
    return (x < y ? -1 : 1) * sign;
  });
}

interface Props {
  table: DriftTable;
  /** Pinned view: no expanding rows, fewer columns. */
  compact?: boolean;
  caption?: string;
}

/** One row per column: the deciding measure and its rule, the verdict in words, and the rest on demand. */
export function DriftTableView({ table, compact = false, caption }: Props) {
  const [sort, setSort] = useState<SortState>({ key: 'drift', dir: 'desc' });
  const [open, setOpen] = useState<string | null>(null);
  const rows = sortRows(table.columns, sort);

  function toggle(key: SortKey) {
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'column' ? 'asc' : 'desc' },
    );
  }

  return (
    <div className="ev-drift">
      <p className="ev-drift-verdict" role="status">
        <strong>{table.datasetDrift ? 'Dataset drift' : 'No dataset drift'}</strong>:{' '}
        {table.driftedColumns} of {table.testedColumns} tested columns drift.
      </p>
      <div className="ev-table-scroll">
        <table className="ev-table ev-drift-table" aria-label={caption ?? 'Drift per column'}>
          {caption && <caption>{caption}</caption>}
          <thead>
            <tr>
              <SortHeader h={HEADERS[0]!} sort={sort} onSort={toggle} />
              <SortHeader h={HEADERS[1]!} sort={sort} onSort={toggle} />
              <SortHeader h={HEADERS[2]!} sort={sort} onSort={toggle} />
              <SortHeader h={HEADERS[3]!} sort={sort} onSort={toggle} />
              <SortHeader h={HEADERS[4]!} sort={sort} onSort={toggle} />
              <SortHeader h={HEADERS[5]!} sort={sort} onSort={toggle} />
              <th scope="col" className="ev-nowrap">
                Values <span className="ev-type-note">baseline / incident</span>
              </th>
              {!compact && (
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Fragment key={r.column}>
                <tr className={r.drift ? 'ev-drift-yes' : undefined}>
                  <th scope="row">
                    {r.column}
                    <span className="ev-type-note"> {TYPE_LABELS[r.type]}</span>
                  </th>
                  <td>
                    <Verdict r={r} />
                  </td>
                  {r.kind === 'skipped' ? (
                    <td colSpan={4} className="ev-rule">
                      {r.skippedReason ?? 'Not tested.'}
                    </td>
                  ) : (
                    <>
                      <td>
                        <strong>{decidingText(r)}</strong>{' '}
                        <span title={measureTitle(r)}>{measureName(r)}</span>
                        <span className="ev-type-note">drift if {ruleText(r)}</span>
                      </td>
                      <td>
                        {formatP(r.correctedPValue)}
                        {r.pValue !== null && r.correctedPValue !== r.pValue && (
                          <span className="ev-type-note"> (raw {formatP(r.pValue)})</span>
                        )}
                      </td>
                      <td>{effectText(r)}</td>
                      <td>{formatMeasure(r.psi)}</td>
                    </>
                  )}
                  <td>
                    {formatCount(r.baselineCount)} / {formatCount(r.incidentCount)}
                    {r.smallSample && <span className="ev-flag"> Small sample</span>}
                  </td>
                  {!compact && (
                    <td>
                      <button
                        type="button"
                        className="button quiet small"
                        aria-expanded={open === r.column}
                        onClick={() => setOpen(open === r.column ? null : r.column)}
                      >
                        {open === r.column ? 'Hide' : 'Details'}
                        <span className="visually-hidden"> of {r.column}</span>
                      </button>
                    </td>
                  )}
                </tr>
                {!compact && open === r.column && (
                  <tr className="ev-drift-details">
                    <td colSpan={HEADERS.length + 2}>
                      <AllMeasures r={r} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ev-method">{methodText(table)}</p>
    </div>
  );
}

function SortHeader({
  h,
  sort,
  onSort,
}: {
  h: { key: SortKey; label: string };
  sort: SortState;
  onSort(k: SortKey): void;
}) {
  const active = sort.key === h.key;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="ev-th-sort" onClick={() => onSort(h.key)}>
        {h.label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

function Verdict({ r }: { r: DriftRow }) {
  if (r.kind === 'skipped') return <span className="ev-verdict ev-verdict-skip">Not tested</span>;
  return r.drift ? (
    <span className="ev-verdict ev-verdict-drift">
      <span aria-hidden="true">▲ </span>Drift
    </span>
  ) : (
    <span className="ev-verdict ev-verdict-none">No drift</span>
  );
}

function AllMeasures({ r }: { r: DriftRow }) {
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
    ['Why', r.decisionReason ?? r.skippedReason ?? '—'],
  ];
  return (
    <dl className="ev-dl ev-dl-wide">
      {items.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
