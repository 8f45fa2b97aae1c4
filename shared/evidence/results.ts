import type { Cell, EvidenceColumnType } from './columns';
import type { DriftCorrection, TimeSeriesAgg } from './query';

export interface EvidencePage {
  offset: number;
  /** Rows matching the filters and search. */
  total: number;
  /** Column names, in the order of each row's cells. */
  columns: string[];
  /** 1-based row number in the file, one per row. */
  rowNumbers: number[];
  rows: Cell[][];
}

export interface ColumnSummary {
  column: string;
  type: EvidenceColumnType;
  rows: number;
  missing: number;
  missingShare: number;
  /** Cells that did not parse as the column's type (kept as text). */
  unparsed: number;
  distinct: number;
  /** Numeric and instant columns (instants in epoch ms); null otherwise or when no values. */
  min: number | null;
  max: number | null;
  mean: number | null;
  std: number | null;
  quantiles: { p05: number; p25: number; median: number; p75: number; p95: number } | null;
  /** Most frequent values, most frequent first (at most 10). */
  top: { value: Cell; count: number }[];
}

export interface WindowSize {
  /** Rows in the window. */
  rows: number;
  /** Rows with a usable value in the column. */
  values: number;
  missing: number;
  unparsed: number;
}

export interface NumericHistogram {
  kind: 'numeric';
  column: string;
  type: EvidenceColumnType;
  /** Bins fitted on the baseline: underflow, inner bins, overflow (lower/upper null = open). */
  bins: { lower: number | null; upper: number | null; baseline: number; incident: number }[];
  binning: { kind: 'equal-width' | 'constant' | 'empty'; innerBinCount: number; edges: number[] };
  baseline: WindowSize;
  incident: WindowSize;
}

export interface CategoricalHistogram {
  kind: 'categorical';
  column: string;
  type: EvidenceColumnType;
  /** Most frequent categories over both windows; the rest is summed in `other`. */
  categories: { value: string; baseline: number; incident: number; unseenInBaseline: boolean }[];
  other: { categories: number; baseline: number; incident: number };
  baseline: WindowSize;
  incident: WindowSize;
}

export type EvidenceHistogram = NumericHistogram | CategoricalHistogram;

export interface TimeSeriesBucket {
  /** Bucket start, ISO 8601 UTC; the bucket is [start, start + bucketMs). */
  start: string;
  count: number;
  /** mean: the mean; rate: the share of 1/true among non-missing values; null when none. */
  value: number | null;
  quantiles?: { p05: number; p25: number; median: number; p75: number; p95: number } | null;
  /** categories: count per category (top categories; the rest under "(other)"). */
  categories?: Record<string, number>;
}

export interface TimeSeries {
  timeColumn: string;
  column: string | null;
  agg: TimeSeriesAgg;
  bucketMs: number;
  bucketLabel: string;
  buckets: TimeSeriesBucket[];
  /** Rows whose time is missing (not in any bucket). */
  missingTime: number;
}

export type DriftMeasure =
  | 'ks'
  | 'wasserstein'
  | 'chi2'
  | 'z'
  | 'jensenShannon'
  | 'psi';

/** One column of the drift table; measures not computed for the column's kind are null. */
export interface DriftRow {
  column: string;
  type: EvidenceColumnType;
  kind: 'numeric' | 'categorical' | 'skipped';
  /** Why no test was run (kind 'skipped'). */
  skippedReason: string | null;
  baselineRows: number;
  incidentRows: number;
  baselineCount: number;
  incidentCount: number;
  ksStatistic: number | null;
  ksPValue: number | null;
  wassersteinNormed: number | null;
  chi2Statistic: number | null;
  chi2PValue: number | null;
  chi2Dof: number | null;
  zStatistic: number | null;
  zPValue: number | null;
  psi: number | null;
  jensenShannon: number | null;
  /** Measure that decides the drift flag (Evidently's default per column), its value and threshold. */
  decidingMeasure: DriftMeasure | null;
  decidingValue: number | null;
  threshold: number | null;
  /** The deciding measure's p-value (tests only), then corrected for the number of columns. */
  pValue: number | null;
  correctedPValue: number | null;
  drift: boolean;
  /** A distance to read beside the p-value: normed Wasserstein (numeric) or Jensen-Shannon. */
  effectSize: number | null;
  effectSizeMeasure: 'wassersteinNormed' | 'jensenShannon' | null;
  smallSample: boolean;
  missingShareBaseline: number;
  missingShareIncident: number;
  /** Categories in the incident window never seen in the baseline (first 50). */
  unseenCategories: string[];
  /** Share of the incident's values outside the baseline's [min, max] (numeric). */
  outOfRangeShare: number | null;
  /** Share of cells that failed to parse as the column's type, per window. */
  unparsedShareBaseline: number;
  unparsedShareIncident: number;
  typeChanged: boolean;
  constantInIncident: boolean;
  /** For a model-version column: versions in the incident never seen in the baseline. */
  newModelVersions: string[] | null;
}

export interface DriftTable {
  baselineRows: number;
  incidentRows: number;
  correction: DriftCorrection;
  alpha: number;
  /** Drifting columns / tested columns; dataset drift when at least half drift (Evidently). */
  driftedColumns: number;
  testedColumns: number;
  datasetDrift: boolean;
  /** JS distance log base, PSI floor, binning: what the UI and report must state. */
  method: { jensenShannonBase: string; psiFloor: number; bins: string; exact: boolean };
  columns: DriftRow[];
}
