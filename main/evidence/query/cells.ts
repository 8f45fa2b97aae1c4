import type { Cell } from '../../../shared/evidence';
import type { EvidenceColumn } from '../import/types';

/** A stored value as the window shows it: instants as ISO 8601 UTC, booleans as true/false. */
export function toCell(column: EvidenceColumn, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') {
    if (column.type === 'instant') {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toISOString();
    }
    if (column.type === 'boolean' && (value === 0 || value === 1)) return value === 1;
    return value;
  }
  if (typeof value === 'string') return value;
  return String(value);
}
