import type { Cell, EvidenceColumnType } from './columns';
import type { ColumnRole } from './roles';
import type { DriftCorrection, TimeSeriesAgg } from './query';

export interface EvidencePage {
  offset: number;
  /** Rows matching the filters and search. */
  total: number;
  /** Column names, in the order of each row's cells: the file's columns from columnOffset on. */
  columns: string[];
  /** Index in the file of the page's first column. */
  columnOffset: number;
  /** Columns in the file. */
  columnCount: number;
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
  /**
   * The bucket is [start, end), ISO 8601 UTC. Buckets follow the postmortem's clock (see
   * bucketStart): end - start is bucketMs except for a bucket holding a clock change.
   */
  start: string;
  end: string;
  count: number;
  /**
   * mean: the mean; rate: the share of 1/true among non-missing values; missing: the share of rows
   * whose cell is missing; null when the bucket has no rows to take it from.
   */
  value: number | null;
  quantiles?: { p05: number; p25: number; median: number; p75: number; p95: number } | null;
  /** categories: count per category (top categories; the rest under "(other)"). */
  categories?: Record<string, number>;
}

export interface TimeSeries {
  timeColumn: string;
  column: string | null;
  agg: TimeSeriesAgg;
  /** Nominal bucket width; see TimeSeriesBucket for those holding a clock change. */
  bucketMs: number;
  bucketLabel: string;
  /** The zone whose clock the buckets start on (the postmortem's). */
  timeZone: string;
  buckets: TimeSeriesBucket[];
  /** Rows whose time is missing (not in any bucket). */
  missingTime: number;
}

/** The measure that decides drift for a column (Evidently's defaults, see shared/stats). */
export type DriftMeasure = 'ks' | 'wasserstein-normed' | 'chi-square' | 'z' | 'jensen-shannon';

/** One column of the drift table; measures not computed for the column's kind are null. */
export interface DriftRow {
  column: string;
  type: EvidenceColumnType;
  /** What the column is to the model; identifiers and the time are not tested. */
  role: ColumnRole | 'time';
  /** 'continuous' or 'categorical' as tested; 'skipped' when no test was run. */
  kind: 'continuous' | 'categorical' | 'skipped';
  /** Why no test was run (kind 'skipped'). */
  skippedReason: string | null;
  /** Rows in each window, and the rows with a value in this column (tested or not). */
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
  /** The measure that decides the drift flag, its value, threshold and rule. */
  decidingMeasure: DriftMeasure | null;
  decidingLabel: string | null;
  decidingValue: number | null;
  threshold: number | null;
  rule: 'value <= threshold' | 'value >= threshold' | null;
  decisionReason: string | null;
  /** The deciding p-value (tests only) and the same after the table's multiple-testing correction. */
  pValue: number | null;
  correctedPValue: number | null;
  /** After correction; distances are not corrected. */
  drift: boolean;
  effectSize: number | null;
  effectSizeMeasure: 'ks-d' | 'cramers-v' | 'cohens-h' | null;
  smallSample: boolean;
  missingShareBaseline: number;
  missingShareIncident: number;
  /** Categories in the incident window never seen in the baseline (first 50). */
  unseenCategories: string[];
  /** Share of the incident's values outside the baseline's [min, max] (numeric columns). */
  outOfRangeShare: number | null;
  /** Share of rows whose cell did not parse as the column's type, per window. */
  unparsedShareBaseline: number;
  unparsedShareIncident: number;
  /** More cells fail to parse in the incident than in the baseline (e.g. numbers turned to text). */
  typeChanged: boolean;
  /** A single value in the incident window where the baseline had several. */
  constantInIncident: boolean;
  /** For a model-version column: versions in the incident never seen in the baseline. */
  newModelVersions: string[] | null;
}

/** A prediction or label column, reported apart from the features. */
export interface OutputDrift {
  column: string;
  role: 'prediction' | 'label';
  /** Whether its distribution drifts (after the correction among outputs); null when not tested. */
  drift: boolean | null;
  decidingLabel: string | null;
  decidingValue: number | null;
  /** For a 0/1 or true/false column: the share of 1/true in each window, with the counts. */
  positiveRate: {
    baseline: number;
    incident: number;
    baselinePositives: number;
    baselineCount: number;
    incidentPositives: number;
    incidentCount: number;
  } | null;
}

export interface DriftTable {
  baselineRows: number;
  incidentRows: number;
  correction: DriftCorrection;
  alpha: number;
  /**
   * Drifting features / tested features (columns with the feature role); dataset drift when at
   * least half drift (Evidently). Predictions, labels and metadata are tested apart.
   */
  driftedColumns: number;
  testedColumns: number;
  datasetDrift: boolean;
  /** Prediction drift and the positive rate, per prediction or label column. */
  outputs: OutputDrift[];
  /** What the UI and the report must state beside the numbers. */
  method: {
    jensenShannonBase: 'e';
    psiEmptyBinFloor: number;
    bins: string;
    /** Every value of both windows was used (no sampling). */
    exact: true;
  };
  columns: DriftRow[];
}

/**
 * The stretch of time in which one column's level differs most from the rest of the file, when
 * it stands out (see main/evidence/query/change-point.ts): a proposal for the incident window.
 */
export interface ChangePoint {
  column: string;
  /** rate: share of 1/true; mean: mean value; share: share of rows holding `value`; missing: share of missing cells. */
  measure: 'rate' | 'mean' | 'share' | 'missing';
  /** The category, for 'share'. */
  value: string | null;
  /** [start, end), ISO 8601 UTC, on bucket boundaries. */
  start: string;
  end: string;
  /** The measure inside the stretch and in the rest of the file. */
  inside: number;
  outside: number;
  /** Cohen's h for shares and rates, the difference in standard deviations of the rest for means. */
  effect: number;
  effectMeasure: 'cohens-h' | 'standardized-difference';
  /** Welch's (or the two-proportion) z of inside against outside. */
  z: number;
}

/** The file's time span and, when one stands out, its change point. */
export interface TimeOverview {
  timeColumn: string;
  /** First and last instant in the file (epoch ms); null when no row has a time. */
  first: number | null;
  last: number | null;
  bucketMs: number;
  bucketLabel: string;
  /** The zone whose clock the buckets (and so the change point's ends) follow. */
  timeZone: string;
  changePoint: ChangePoint | null;
}
