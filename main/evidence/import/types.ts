// Public types of the evidence import engine. Everything here is plain data (structured-clonable)
// so a service or IPC layer can pass it on unchanged.

export type ImportEncoding = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin1';
export type ResolvedEncoding = Exclude<ImportEncoding, 'auto'>;
export type Delimiter = ',' | ';' | '\t' | '|';
export type ColumnType = 'integer' | 'real' | 'boolean' | 'instant' | 'category' | 'text';

export const COLUMN_TYPES: readonly ColumnType[] = [
  'integer',
  'real',
  'boolean',
  'instant',
  'category',
  'text',
];

export const DEFAULT_MISSING_MARKERS: readonly string[] = [
  '',
  'NA',
  'N/A',
  'NaN',
  'null',
  'NULL',
  'None',
];

export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  /** Data rows parsed so far (header excluded). */
  rows: number;
  rowsPerSecond: number;
  elapsedMs: number;
}

export interface ImportOptions {
  filePath: string;
  /** Folder holding the evidence files; created when missing. */
  evidenceDir: string;
  encoding?: ImportEncoding;
  delimiter?: 'auto' | Delimiter;
  hasHeader?: boolean | 'auto';
  /** Exact (case-sensitive) cell texts counted as missing; the empty cell always is. */
  missingMarkers?: string[];
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

export interface BadRow {
  /** 1-based record number in the file, the header (when present) being record 1. */
  row: number;
  reason: string;
}

export interface StagedColumn {
  index: number;
  name: string;
  /** Generated SQL-safe column name in the `rows` table: c0, c1, ... */
  physicalName: string;
  inferredType: ColumnType;
  missingCount: number;
  /** Up to five non-missing values, as written in the file. */
  sampleValues: string[];
  /** Instants only: how the text was read (e.g. 'iso', 'day-first', 'epoch-ms'). */
  instantFormat?: InstantFormat;
  /** Instants written without a zone (wall-clock times, read in the zone chosen at commit). */
  zonelessCount: number;
  /** A real column written with a decimal comma ("1,5" reads 1.5). */
  decimalComma: boolean;
  /** What the window needs to know of the values (see column-stats.ts columnFacts). */
  facts: ColumnFacts;
}

export interface ColumnFacts {
  /** Every value is 0/1 (or true/false): a rate can be charted. */
  binary: boolean;
  /** Nearly every sampled value differs and none holds a space: an id, not free text. */
  idLike: boolean;
}

export type InstantFormat = 'iso' | 'day-first' | 'month-first' | 'epoch-s' | 'epoch-ms';

export interface StagedImport {
  stagingId: string;
  /** The .partial SQLite file holding the parsed rows until commit or discard. */
  stagingPath: string;
  evidenceDir: string;
  filePath: string;
  fileName: string;
  byteSize: number;
  rowCount: number;
  hasHeader: boolean;
  columns: StagedColumn[];
  /** First 50 data rows, cell texts as in the file (missing cells as ''). */
  previewRows: string[][];
  encoding: ResolvedEncoding;
  delimiter: Delimiter;
  /** First instant column, offered as the time column by default; null when none. */
  suggestedTimeColumn: number | null;
  warnings: string[];
  /** The first 1,000 bad rows; badRowCount is the total. */
  badRows: BadRow[];
  badRowCount: number;
  /** Internal per-column facts the commit needs (not for display). */
  internal: StagedColumnInternal[];
}

export interface StagedColumnInternal {
  nonMissing: number;
  /** Cells stored as INTEGER/REAL during staging; the other non-missing ones are TEXT. */
  storedNumeric: number;
  realCount: number;
  /** Reals with trailing zeros stored as numbers: as text they lose those zeros. */
  lossyCount: number;
  /** Values stored as TEXT in staging that parse as numbers (e.g. "1.50", "007"). */
  numericTextCount: number;
  /** In ISO-candidate columns instants were stored as epoch ms during staging. */
  isoStoredAsMs: boolean;
  isoCount: number;
  slashCount: number;
  /** Instants with and without their own zone; which kind the ms-stored cells are (see ColumnStats.msKind). */
  zonedCount: number;
  zonelessCount: number;
  msZoneless: boolean;
  /** Decimal-comma numbers ("1,5", kept as text in staging) and those that may be thousands ("1,500"). */
  commaCount: number;
  boolTextCount: number;
  /** Nondecreasing in file order over its non-missing numeric values. */
  sorted: boolean;
  intMin: number | null;
  intMax: number | null;
}

export interface ColumnOverride {
  index: number;
  name?: string;
  type?: ColumnType;
}

export interface CommitOverrides {
  columns?: ColumnOverride[];
  /** Column index; null for none; undefined takes suggestedTimeColumn. */
  timeColumn?: number | null;
  /** IANA zone in which instants written without a zone are read; undefined reads them as UTC. */
  timeZone?: string;
}

export interface EvidenceColumn {
  index: number;
  name: string;
  physicalName: string;
  type: ColumnType;
  inferredType: ColumnType;
  missingCount: number;
  /** Cells kept as their original text because they did not parse as the column's type. */
  unparsedCount: number;
  instantFormat: InstantFormat | null;
  sorted: boolean;
  /** Instants only: the zone its zone-less values were read in; null when every value had one. */
  wallClockZone: string | null;
  /** Reals only: read from numbers written with a decimal comma. */
  decimalComma: boolean;
}

export interface EvidenceMeta {
  schemaVersion: number;
  evidenceId: string;
  sourceFileName: string;
  sourceByteSize: number;
  encoding: ResolvedEncoding;
  delimiter: Delimiter;
  hasHeader: boolean;
  rowCount: number;
  /** Index of the time column, or null. */
  timeColumn: number | null;
  importedAt: string;
  warnings: string[];
  badRowCount: number;
  columns: EvidenceColumn[];
}

export interface CommittedEvidence {
  evidenceId: string;
  path: string;
  meta: EvidenceMeta;
  /** Per column index (not stored in the evidence file: the registry keeps them). */
  facts: ColumnFacts[];
}
