/**
 * Public API of the statistics used by the diagnosis screen, the `drift` CLI and the report.
 * Definitions follow scipy (ks_2samp, chi2_contingency, jensenshannon, wasserstein_distance) and
 * Evidently's defaults; the choices to state in the UI and the report:
 * - numeric distributions use 10 equal-width bins fitted on the baseline's [min, max], plus an
 *   underflow and an overflow bin for incident values outside that range;
 * - PSI floors empty-bin shares at 1e-4; Jensen-Shannon uses the natural log unless a base is given;
 * - p-value tests drift when p <= threshold (0.05), distances when value >= threshold (0.1);
 * - chi-square leaves out categories with no count in either window (scipy would raise).
 */
export { pairwiseSum } from './summation';
export {
  chiSquareSf,
  erf,
  erfc,
  lnGamma,
  normalCdf,
  normalSf,
  regularizedGammaP,
  regularizedGammaQ,
  roundHalfEven,
} from './special-functions';
export {
  distinctCountMerged,
  distinctCountSorted,
  isSortedAscending,
  mean,
  populationStd,
  quantile,
  quantileSorted,
  sortedFinite,
  summarize,
  type NumericSample,
  type NumericSummary,
} from './quantiles';
export {
  allBinCounts,
  countIntoBins,
  DEFAULT_BIN_COUNT,
  fitBaselineBins,
  fitBaselineBinsFreedmanDiaconis,
  freedmanDiaconisBinCount,
  MAX_FREEDMAN_DIACONIS_BINS,
  shares,
  type BaselineBins,
  type BinCounts,
} from './histogram';
export {
  alignCategoryCounts,
  countCategories,
  countSortedRuns,
  type AlignedCategory,
  type AlignedCategoryCounts,
  type CategoryCounts,
} from './categorical';
export {
  ks2Samp,
  ks2SampSorted,
  KS_MAX_EXACT_N,
  type KsMethod,
  type KsOptions,
  type KsResult,
} from './ks';
export { exactKsPValue, type ExactKsResult } from './ks-exact';
export { kolmogn, kolmogorovSf } from './kolmogorov-distribution';
export { smirnovSf } from './smirnov';
export { chi2Contingency, type ChiSquareOptions, type ChiSquareResult } from './chi-square';
export { jensenShannonDistance, psi, PSI_EMPTY_BIN_FLOOR } from './divergence';
export {
  wassersteinDistance,
  wassersteinDistanceSorted,
  wassersteinNormed,
  WASSERSTEIN_STD_FLOOR,
} from './wasserstein';
export { cohensH, twoProportionZTest, type TwoProportionResult } from './proportions';
export {
  benjaminiHochberg,
  bonferroni,
  correctPValues,
  type CorrectedPValues,
  type CorrectionMethod,
} from './corrections';
export {
  decide,
  DEFAULT_THRESHOLDS,
  FEW_VALUES_MAX,
  MEASURES,
  pickMeasure,
  SMALL_SAMPLE_MIN,
  TEST_MAX_BASELINE_ROWS,
  thresholdFor,
  type DriftDecision,
  type DriftTest,
  type DriftThresholds,
  type MeasureInfo,
  type PickedMeasure,
  type PickInput,
} from './drift-measures';
export {
  compareCategorical,
  compareNumeric,
  compareSortedNumeric,
  type DistributionBin,
  type DriftComparison,
  type DriftDistribution,
  type DriftOptions,
  type EffectSize,
} from './drift';
export {
  correctDecisions,
  DATASET_DRIFT_SHARE,
  datasetDrift,
  type ColumnDecision,
  type CorrectedColumnDecision,
  type DatasetDrift,
} from './dataset-drift';
