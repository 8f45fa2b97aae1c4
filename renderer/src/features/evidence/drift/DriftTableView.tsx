import { Fragment, useState } from 'react';
import { ROLE_LABELS, type DriftRow, type DriftTable } from '../../../../../shared/evidence';
import { formatCount, formatMeasure, formatP, formatShare, TYPE_LABELS } from '../format';
import { AllMeasures } from './AllMeasures';
import {
  decidingText,
  effectText,
  measureName,
  measureTitle,
  methodText,
  outputText,
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

/** The table's sections, in order: what each group of columns answers. */
const GROUPS: { name: string; title: string; has(r: DriftRow): boolean }[] = [
  {
    name: 'features',
    title: 'Features: the model’s inputs, which decide dataset drift',
    has: (r) => r.role === 'feature' && r.kind !== 'skipped',
  },
  {
    name: 'outputs',
    title: 'Model output: predictions and labels, tested apart',
    has: (r) => (r.role === 'prediction' || r.role === 'label') && r.kind !== 'skipped',
  },
  {
    name: 'metadata',
    title: 'Metadata: versions and other facts about the rows',
    has: (r) => r.role === 'metadata' && r.kind !== 'skipped',
  },
  { name: 'untested', title: 'Not tested', has: (r) => r.kind === 'skipped' },
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

/** Rows in the back end's rank (drift, then effect size) unless a header asks for another order. */
export function sortRows(rows: DriftRow[], s: SortState | null): DriftRow[] {
  if (!s) return rows;
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
  /** Pinned view: no expanding rows. */
  compact?: boolean;
  caption?: string;
}

/**
 * One row per column, grouped by role (features ranked first, then the model's outputs, metadata,
 * and the columns not tested), with the deciding measure and its rule, the verdict in words, and
 * the rest on demand. The column names stay in view when the table scrolls sideways.
 */
export function DriftTableView({ table, compact = false, caption }: Props) {
  const [sort, setSort] = useState<SortState | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const width = HEADERS.length + 1;

  function toggle(key: SortKey) {
    setSort((s) =>
      s?.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'column' ? 'asc' : 'desc' },
    );
  }

  return (
    <div className="ev-drift">
      <p className="ev-drift-verdict" role="status">
        <strong>{table.datasetDrift ? 'Dataset drift' : 'No dataset drift'}</strong>:{' '}
        {table.driftedColumns} of {table.testedColumns} tested features drift.
      </p>
      {table.outputs.length > 0 && (
        <ul className="ev-outputs" aria-label="Model output">
          {table.outputs.map((o) => (
            <li key={o.column}>
              <strong>{o.column}</strong> ({ROLE_LABELS[o.role].toLowerCase()}): {outputText(o)}
            </li>
          ))}
        </ul>
      )}
      <div className="ev-table-scroll">
        <table className="ev-table ev-drift-table" aria-label={caption ?? 'Drift per column'}>
          {caption && <caption>{caption}</caption>}
          {/* Fixed shares of the width: the table fits its panel and cells wrap, so nothing
              (least of all the names) scrolls out of view. */}
          <colgroup>
            <col style={{ width: '17%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '16%' }} />
          </colgroup>
          <thead>
            <tr>
              {HEADERS.map((h) => (
                <SortHeader key={h.key} h={h} sort={sort} onSort={toggle} />
              ))}
              <th scope="col">
                Values <span className="ev-type-note">baseline / incident</span>
              </th>
            </tr>
          </thead>
          {GROUPS.map((g) => {
            const rows = sortRows(table.columns.filter(g.has), sort);
            if (rows.length === 0) return null;
            return (
              <tbody key={g.name}>
                <tr className="ev-drift-group">
                  <th scope="colgroup" colSpan={width}>
                    {g.title}
                  </th>
                </tr>
                {rows.map((r) => (
                  <Fragment key={r.column}>
                    <tr className={r.drift ? 'ev-drift-yes' : undefined}>
                      <th scope="row" className="ev-drift-name">
                        {r.column}
                        <span className="ev-type-note">
                          {' '}
                          {TYPE_LABELS[r.type]} · {ROLE_LABELS[r.role].toLowerCase()}
                        </span>
                        {!compact && (
                          <button
                            type="button"
                            className="button quiet small ev-drift-more"
                            aria-expanded={open === r.column}
                            onClick={() => setOpen(open === r.column ? null : r.column)}
                          >
                            {open === r.column ? 'Hide details' : 'Details'}
                            <span className="visually-hidden"> of {r.column}</span>
                          </button>
                        )}
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
                            <span className="ev-type-note"> drift if {ruleText(r)}</span>
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
                        {(r.missingShareBaseline > 0 || r.missingShareIncident > 0) && (
                          <span className="ev-type-note">
                            {' '}
                            missing {formatShare(r.missingShareBaseline)} /{' '}
                            {formatShare(r.missingShareIncident)}
                          </span>
                        )}
                      </td>
                    </tr>
                    {!compact && open === r.column && (
                      <tr className="ev-drift-details">
                        <td colSpan={width}>
                          <AllMeasures r={r} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            );
          })}
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
  sort: SortState | null;
  onSort(k: SortKey): void;
}) {
  const active = sort?.key === h.key;
  return (
    <th
      scope="col"
      className={h.key === 'column' ? 'ev-drift-name' : undefined}
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
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
