import { useId, useState } from 'react';
import {
  isNumericType,
  type EvidenceColumnInfo,
  type Filter,
} from '../../../../../shared/evidence';

type Op = Filter['op'];

const OP_LABELS: Record<Op, string> = {
  eq: 'equals',
  neq: 'does not equal',
  range: 'is between',
  contains: 'contains text',
  missing: 'is missing',
  notMissing: 'is not missing',
};

export function describeFilter(f: Filter): string {
  switch (f.op) {
    case 'range':
      if (f.min !== undefined && f.max !== undefined)
        return `${f.column} between ${f.min} and ${f.max}`;
      return f.min !== undefined ? `${f.column} ≥ ${f.min}` : `${f.column} ≤ ${f.max}`;
    case 'missing':
    case 'notMissing':
      return `${f.column} ${OP_LABELS[f.op]}`;
    default:
      return `${f.column} ${OP_LABELS[f.op]} “${String(f.value)}”`;
  }
}

/** Text typed for a numeric column becomes a number, so "12" matches the stored 12. */
function valueFor(text: string, column: EvidenceColumnInfo): string | number | boolean {
  const t = text.trim();
  if (
    (column.type === 'integer' || column.type === 'real') &&
    t !== '' &&
    !Number.isNaN(Number(t))
  ) {
    return Number(t);
  }
  if (column.type === 'boolean' && (t === 'true' || t === 'false')) return t === 'true';
  return t;
}

function bound(text: string, column: EvidenceColumnInfo): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (column.type !== 'instant' && !Number.isNaN(Number(t))) return Number(t);
  return t;
}

interface Props {
  columns: EvidenceColumnInfo[];
  filters: Filter[];
  search: string;
  onFilters(filters: Filter[]): void;
  onSearch(search: string): void;
}

/** Search across text columns, then filters added one at a time and listed as removable chips. */
export function FilterBar({ columns, filters, search, onFilters, onSearch }: Props) {
  const id = useId();
  const [columnName, setColumnName] = useState(columns[0]?.name ?? '');
  const [op, setOp] = useState<Op>('eq');
  const [value, setValue] = useState('');
  const [max, setMax] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const column = columns.find((c) => c.name === columnName) ?? columns[0];
  const needsValue = op === 'eq' || op === 'neq' || op === 'contains';
  const instant = column?.type === 'instant';

  function add() {
    if (!column) return;
    let filter: Filter;
    if (op === 'range') {
      const min = bound(value, column);
      const upper = bound(max, column);
      if (min === undefined && upper === undefined) {
        setProblem('Give a minimum, a maximum or both.');
        return;
      }
      filter = {
        column: column.name,
        op,
        ...(min !== undefined ? { min } : {}),
        ...(upper !== undefined ? { max: upper } : {}),
      };
    } else if (op === 'missing' || op === 'notMissing') {
      filter = { column: column.name, op };
    } else if (value.trim() === '') {
      setProblem('Type the value to compare with.');
      return;
    } else if (op === 'contains') {
      filter = { column: column.name, op, value: value.trim() };
    } else {
      filter = { column: column.name, op, value: valueFor(value, column) };
    }
    setProblem(null);
    setValue('');
    setMax('');
    onFilters([...filters, filter]);
  }

  return (
    <div className="ev-filterbar">
      <div className="field ev-search">
        <label htmlFor={`${id}-search`}>Search text and category columns</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          placeholder="e.g. UNMAPPED"
        />
      </div>
      <fieldset className="ev-filter-form">
        <legend className="field-label">Add a filter</legend>
        <div className="ev-row">
          <select
            aria-label="Filter column"
            value={column?.name ?? ''}
            onChange={(e) => setColumnName(e.target.value)}
          >
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Filter condition"
            value={op}
            onChange={(e) => setOp(e.target.value as Op)}
          >
            {(Object.keys(OP_LABELS) as Op[])
              .filter((o) => o !== 'range' || (column && isNumericType(column.type)))
              .map((o) => (
                <option key={o} value={o}>
                  {OP_LABELS[o]}
                </option>
              ))}
          </select>
          {needsValue && (
            <input
              type="text"
              aria-label="Filter value"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
          {op === 'range' && (
            <>
              <input
                type="text"
                aria-label={instant ? 'From (ISO 8601, UTC)' : 'Minimum (inclusive)'}
                placeholder={instant ? '2026-03-12T02:00:00Z' : 'min'}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
              <input
                type="text"
                aria-label={instant ? 'To (ISO 8601, UTC)' : 'Maximum (inclusive)'}
                placeholder={instant ? '2026-03-12T05:00:00Z' : 'max'}
                value={max}
                onChange={(e) => setMax(e.target.value)}
              />
            </>
          )}
          <button type="button" className="button small" onClick={add}>
            Add filter
          </button>
        </div>
        {problem && <p className="field-error">{problem}</p>}
      </fieldset>
      {filters.length > 0 && (
        <ul className="ev-chips" aria-label="Active filters">
          {filters.map((f, i) => (
            <li key={`${i}-${describeFilter(f)}`} className="ev-chip">
              {describeFilter(f)}
              <button
                type="button"
                className="button quiet small"
                aria-label={`Remove filter ${describeFilter(f)}`}
                onClick={() => onFilters(filters.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" onClick={() => onFilters([])}>
              Clear all filters
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
