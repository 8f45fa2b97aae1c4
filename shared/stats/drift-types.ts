/**
 * The shape of a baseline-versus-incident comparison of one column, as `compareNumeric` and
 * `compareCategorical` return it and `drift --json` prints it (camelCase, JSON-ready: no typed
 * arrays, no undefined; a measure that does not apply to the column is null).
 */
import type { DriftDecision, DriftTest, DriftThresholds } from './drift-measures';
import type { KsMethod } from './ks';

export interface DriftOptions {
  thresholds?: Partial<DriftThresholds>;
  /** Inner bins fitted on the baseline for PSI / Jensen-Shannon of numeric columns (default 10). */
  binCount?: number;
  /** Log base of the Jensen-Shannon distance; omitted = natural log (scipy's default). */
  jsLogBase?: number;
  /** Windows with fewer values than this are flagged as small samples (default 30). */
  smallSampleMin?: number;
  /** Use this measure instead of Evidently's default choice. */
  test?: DriftTest;
  /**
   * KS p-value method (default 'auto', as scipy). The exact p costs O(n1 * n2 * D) time when the
   * sizes differ (about 1.5 s at 10,000 x 9,999 with D = 1); 'asymptotic' is always fast.
   */
  ksMethod?: KsMethod;
}

export interface DistributionBin {
  /** Category name, or the bin's range such as "[0.5, 1)", "< 0" or "> 10". */
  label: string;
  baseline: number;
  incident: number;
  baselineShare: number;
  incidentShare: number;
  /** Only in the incident window: outside the baseline range, or a category the baseline lacks. */
  unseenInBaseline: boolean;
}

export interface DriftDistribution {
  /** 'baseline-bins': equal-width bins over the baseline range + under/overflow; else categories. */
  kind: 'baseline-bins' | 'categories';
  /** Inner bins (baseline-bins) or number of categories. */
  binCount: number;
  /** Edges of the inner bins (baseline-bins only). */
  edges: number[] | null;
  bins: DistributionBin[];
}

export interface EffectSize {
  measure: 'ks-d' | 'cramers-v' | 'cohens-h';
  value: number;
}

export interface DriftComparison {
  kind: 'numeric' | 'categorical';
  treatedAs: 'continuous' | 'categorical';
  baselineCount: number;
  incidentCount: number;
  /** NaN / +-Infinity values left out (numeric columns). */
  baselineNonFinite: number;
  incidentNonFinite: number;
  /** Distinct values (or categories) over both windows together. */
  distinctValues: number;
  smallSample: boolean;
  smallSampleMin: number;
  ksStatistic: number | null;
  ksPValue: number | null;
  ksMethod: 'exact' | 'asymptotic' | null;
  wasserstein: number | null;
  wassersteinNormed: number | null;
  /** Population std of the baseline (the Wasserstein norm before the 0.001 floor). */
  baselineStd: number | null;
  psi: number;
  psiEmptyBinFloor: number;
  jensenShannon: number;
  /** 'e' for the natural log, else the base given. */
  jsLogBase: 'e' | number;
  chi2Statistic: number | null;
  chi2PValue: number | null;
  dof: number | null;
  yatesCorrection: boolean | null;
  /** Columns with no count in either window, left out of chi-square. */
  chi2DroppedCategories: string[];
  cramersV: number | null;
  /** Category whose share the z test compares (the first in baseline order). */
  zCategory: string | null;
  zStatistic: number | null;
  zPValue: number | null;
  proportionDifference: number | null;
  cohensH: number | null;
  effectSize: EffectSize;
  unseenInBaseline: string[];
  distribution: DriftDistribution;
  decision: DriftDecision;
  drift: boolean;
}
