import { AppError } from '../../../shared/contract/errors';
import type { Filter } from '../../../shared/evidence';
import type { EvidenceColumn } from '../import/types';
import { containsPattern, physical } from './sql';
import type { EvidenceSource } from './source';

export interface WhereClause {
  sql: string;
  params: (string | number)[];
}

/** WHERE text for the filters and the search; every value is a bound parameter. */
export function buildWhere(
  source: EvidenceSource,
  filters: readonly Filter[],
  search: string | undefined,
): WhereClause {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const f of filters) {
    const column = source.column(f.column);
    const col = physical(column.physicalName);
    switch (f.op) {
      case 'eq':
        parts.push(`${col} = ?`);
        params.push(bindValue(column, f.value));
        break;
      case 'neq':
        parts.push(`${col} IS NOT ?`);
        params.push(bindValue(column, f.value));
        break;
      case 'range':
        if (f.min !== undefined) {
          parts.push(`${col} >= ?`);
          params.push(bindValue(column, f.min));
        }
        if (f.max !== undefined) {
          parts.push(`${col} <= ?`);
          params.push(bindValue(column, f.max));
        }
        break;
      case 'contains':
        parts.push(`${col} LIKE ? ESCAPE '\\'`);
        params.push(containsPattern(f.value));
        break;
      case 'missing':
        parts.push(`${col} IS NULL`);
        break;
      case 'notMissing':
        parts.push(`${col} IS NOT NULL`);
        break;
    }
  }
  const text = search?.trim();
  if (text) {
    const searchable = source.columns.filter((c) => c.type === 'category' || c.type === 'text');
    if (searchable.length > 0) {
      const pattern = containsPattern(text);
      parts.push(
        `(${searchable.map((c) => `${physical(c.physicalName)} LIKE ? ESCAPE '\\'`).join(' OR ')})`,
      );
      for (let i = 0; i < searchable.length; i++) params.push(pattern);
    } else {
      parts.push('0');
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** A filter value as stored: numbers for numeric columns, epoch ms for instants, 0/1 for booleans. */
function bindValue(column: EvidenceColumn, value: string | number | boolean): string | number {
  switch (column.type) {
    case 'integer':
    case 'real': {
      if (typeof value === 'number') return value;
      if (typeof value === 'boolean') return value ? 1 : 0;
      const n = Number(value.trim());
      // Text that is not a number can only match a cell kept as text because it did not parse.
      return value.trim() !== '' && Number.isFinite(n) ? n : value;
    }
    case 'instant': {
      if (typeof value === 'number') return value;
      if (typeof value === 'boolean') throw badValue(column, value);
      const ms = Date.parse(value);
      if (Number.isNaN(ms)) throw badValue(column, value);
      return ms;
    }
    case 'boolean':
      if (value === true || value === 1 || value === 'true' || value === '1') return 1;
      if (value === false || value === 0 || value === 'false' || value === '0') return 0;
      return String(value);
    case 'category':
    case 'text':
      return String(value);
  }
}

function badValue(column: EvidenceColumn, value: unknown): AppError {
  return new AppError(
    'invalid_input',
    `"${String(value)}" is not an instant for the column "${column.name}": use ISO 8601, e.g. 2024-03-12T02:00:00Z.`,
  );
}
