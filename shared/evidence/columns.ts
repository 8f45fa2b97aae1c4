import type { EvidenceColumnType } from './column-type';
import type { ColumnRole } from './roles';
import type { EvidenceWindowSpec } from './window';

export type { EvidenceColumnType } from './column-type';

/** What the window knows about an imported evidence file. */
export interface EvidenceColumnInfo {
  index: number;
  name: string;
  type: EvidenceColumnType;
  missingCount: number;
  /** Cells kept as their original text because they did not parse as the column's type. */
  unparsedCount: number;
  /** Every value is 0/1 or true/false (known for files imported since this was recorded). */
  binary?: boolean;
  /** The values look like ids: nearly all different, none with a space. */
  idLike?: boolean;
  /** Instants: the zone its values written without one were read in (absent: all had one). */
  wallClockZone?: string;
  /** Reals read from numbers written with a decimal comma (1,5). */
  decimalComma?: boolean;
  /** What the column is to the model: chosen by the facilitator, else inferred. */
  role: ColumnRole | 'time';
  /** The facilitator chose the role (else it is inferred from the name, type and values). */
  roleChosen: boolean;
}

export interface EvidenceInfo {
  id: string;
  postmortemId: string;
  fileName: string;
  rowCount: number;
  columns: EvidenceColumnInfo[];
  /** Name of the column windows are cut on, or null when the file has none. */
  timeColumn: string | null;
  importedAt: string;
  byteSize: number;
  warnings: string[];
  /** The baseline and incident the facilitator last chose for this file; null until one is saved. */
  windows: SavedWindows | null;
}

/** A saved comparison (see evidence.saveWindows): what the workspace reopens on. */
export interface SavedWindows {
  baseline: EvidenceWindowSpec;
  incident: EvidenceWindowSpec;
  savedAt: string;
}

/** One cell as the window receives it: instants as ISO 8601 UTC, booleans as true/false. */
export type Cell = string | number | boolean | null;

export const isNumericType = (t: EvidenceColumnType): boolean =>
  t === 'integer' || t === 'real' || t === 'instant';

/** Columns compared category by category rather than on a number line. */
export const isCategoricalType = (t: EvidenceColumnType): boolean =>
  t === 'category' || t === 'text' || t === 'boolean';
