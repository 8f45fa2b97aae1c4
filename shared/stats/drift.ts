/**
 * Baseline-versus-incident comparison of one column: every measure at once, the measure that
 * decides (Evidently's defaults) and the drift flag, as a JSON-ready object (`drift --json`).
 */
import { alignCategoryCounts, countSortedRuns, type CategoryCounts } from './categorical';
import { chi2Contingency } from './chi-square';
import { jensenShannonDistance, psi, PSI_EMPTY_BIN_FLOOR } from './divergence';
import {
  decide,
  DEFAULT_THRESHOLDS,
  pickMeasure,
  SMALL_SAMPLE_MIN,
  type DriftTest,
  type DriftThresholds,
} from './drift-measures';
import type { DriftComparison, DriftDistribution, DriftOptions, EffectSize } from './drift-types';
import {
  allBinCounts,
  countIntoBins,
  DEFAULT_BIN_COUNT,
  fitBaselineBins,
  shares,
} from './histogram';
import { ks2SampSorted } from './ks';
import { distinctCountMerged, populationStd, sortedFinite, type NumericSample } from './quantiles';
import { twoProportionZTest } from './proportions';
import { WASSERSTEIN_STD_FLOOR, wassersteinDistanceSorted } from './wasserstein';

export type {
  DistributionBin,
  DriftComparison,
  DriftDistribution,
  DriftOptions,
  EffectSize,
} from './drift-types';

function thresholdsOf(options: DriftOptions): DriftThresholds {
  return { ...DEFAULT_THRESHOLDS, ...options.thresholds };
}

function binLabel(lo: number, hi: number, last: boolean): string {
  return `[${lo}, ${hi}${last ? ']' : ')'}`;
}

function numericDistribution(
  a: Float64Array,
  b: Float64Array,
  binCount: number,
): DriftDistribution {
  const fitted = fitBaselineBins(a, binCount);
  const base = allBinCounts(countIntoBins(a, fitted));
  const inc = allBinCounts(countIntoBins(b, fitted));
  const baseShares = shares(base);
  const incShares = shares(inc);
  const e = fitted.edges;
  const labels = [
    `< ${e[0]}`,
    ...fitted.edges
      .slice(0, -1)
      .map((lo, i) => binLabel(lo, e[i + 1] as number, i === e.length - 2)),
    `> ${e[e.length - 1]}`,
  ];
  const bins = labels.map((label, i) => ({
    label,
    baseline: base[i] as number,
    incident: inc[i] as number,
    baselineShare: baseShares[i] as number,
    incidentShare: incShares[i] as number,
    unseenInBaseline: (i === 0 || i === labels.length - 1) && (inc[i] as number) > 0,
  }));
  return { kind: 'baseline-bins', binCount: fitted.innerBinCount, edges: e, bins };
}

interface CategoricalPart {
  distribution: DriftDistribution;
  unseen: string[];
  chi: ReturnType<typeof chi2Contingency>;
  droppedCategories: string[];
  z: ReturnType<typeof twoProportionZTest> | null;
  zCategory: string | null;
  distinct: number;
}

function categoricalPart(
  baselineCounts: CategoryCounts,
  incidentCounts: CategoryCounts,
): CategoricalPart {
  const aligned = alignCategoryCounts(baselineCounts, incidentCounts);
  const { baselineTotal, incidentTotal } = aligned;
  if (baselineTotal === 0 || incidentTotal === 0) {
    const empty = baselineTotal === 0 ? 'baseline' : 'incident';
    throw new RangeError(`the ${empty} window has no values to compare; widen the window`);
  }
  const cats = aligned.categories;
  const bins = cats.map((c) => ({
    label: c.category,
    baseline: c.baseline,
    incident: c.incident,
    baselineShare: c.baseline / baselineTotal,
    incidentShare: c.incident / incidentTotal,
    unseenInBaseline: c.unseenInBaseline,
  }));
  const chi = chi2Contingency([cats.map((c) => c.baseline), cats.map((c) => c.incident)]);
  const present = cats.filter((c) => c.baseline + c.incident > 0);
  const first = present[0];
  const z =
    present.length <= 2 && first
      ? twoProportionZTest(first.baseline, baselineTotal, first.incident, incidentTotal)
      : null;
  return {
    distribution: { kind: 'categories', binCount: cats.length, edges: null, bins },
    unseen: aligned.unseenInBaseline,
    chi,
    droppedCategories: chi.droppedColumns.map((i) => (cats[i] as { category: string }).category),
    z,
    zCategory: z && first ? first.category : null,
    distinct: present.length,
  };
}

function distances(distribution: DriftDistribution, jsLogBase: number | undefined) {
  const base = distribution.bins.map((b) => b.baselineShare);
  const inc = distribution.bins.map((b) => b.incidentShare);
  return {
    psi: psi(base, inc, PSI_EMPTY_BIN_FLOOR),
    jensenShannon: jensenShannonDistance(base, inc, jsLogBase),
  };
}

function measureValue(c: Omit<DriftComparison, 'decision' | 'drift'>, test: DriftTest): number {
  const value = {
    ks: c.ksPValue,
    'wasserstein-normed': c.wassersteinNormed,
    'chi-square': c.chi2PValue,
    z: c.zPValue,
    'jensen-shannon': c.jensenShannon,
  }[test];
  if (value === null) {
    throw new RangeError(`the ${test} measure does not apply to a ${c.treatedAs} column`);
  }
  return value;
}

function finish(
  partial: Omit<DriftComparison, 'decision' | 'drift'>,
  picked: { test: DriftTest; reason: string },
  options: DriftOptions,
): DriftComparison {
  const test = options.test ?? picked.test;
  const reason = options.test ? `chosen by the user (default: ${picked.test})` : picked.reason;
  const decision = decide(test, measureValue(partial, test), thresholdsOf(options), reason);
  return { ...partial, decision, drift: decision.drift };
}

/** Compare two windows of a numeric column. NaN and +-Infinity are left out and counted. */
export function compareNumeric(
  baseline: NumericSample,
  incident: NumericSample,
  options: DriftOptions = {},
): DriftComparison {
  const a = sortedFinite(baseline);
  const b = sortedFinite(incident);
  return compareSortedNumeric(a, b, options, {
    baseline: baseline.length - a.length,
    incident: incident.length - b.length,
  });
}

/**
 * compareNumeric for windows whose finite values are already sorted ascending, as the evidence
 * queries read them from a column's cached order: no sort of up to a million values per window.
 * `nonFinite` says how many NaN or infinite values each window had before they were left out.
 */
export function compareSortedNumeric(
  a: Float64Array,
  b: Float64Array,
  options: DriftOptions = {},
  nonFinite: { baseline: number; incident: number } = { baseline: 0, incident: 0 },
): DriftComparison {
  if (a.length === 0 || b.length === 0) {
    const empty = a.length === 0 ? 'baseline' : 'incident';
    throw new RangeError(`the ${empty} window has no numeric values to compare; widen the window`);
  }
  const distinctValues = distinctCountMerged(a, b);
  const picked = pickMeasure({ kind: 'numeric', distinctValues, baselineCount: a.length });
  const ks = ks2SampSorted(a, b, { method: options.ksMethod ?? 'auto' });
  const wasserstein = wassersteinDistanceSorted(a, b);
  const baselineStd = populationStd(a);
  const smallSampleMin = options.smallSampleMin ?? SMALL_SAMPLE_MIN;
  const jsLogBase = options.jsLogBase;

  let categorical: CategoricalPart | null = null;
  let distribution: DriftDistribution;
  if (picked.treatedAs === 'categorical') {
    categorical = categoricalPart(countSortedRuns(a), countSortedRuns(b));
    distribution = categorical.distribution;
  } else {
    distribution = numericDistribution(a, b, options.binCount ?? DEFAULT_BIN_COUNT);
  }
  const dist = distances(distribution, jsLogBase);
  const effectSize: EffectSize = categorical?.z
    ? { measure: 'cohens-h', value: categorical.z.cohensH }
    : categorical
      ? { measure: 'cramers-v', value: categorical.chi.cramersV }
      : { measure: 'ks-d', value: ks.statistic };
  const partial = {
    kind: 'numeric' as const,
    treatedAs: picked.treatedAs,
    baselineCount: a.length,
    incidentCount: b.length,
    baselineNonFinite: nonFinite.baseline,
    incidentNonFinite: nonFinite.incident,
    distinctValues,
    smallSample: a.length < smallSampleMin || b.length < smallSampleMin,
    smallSampleMin,
    ksStatistic: ks.statistic,
    ksPValue: ks.pValue,
    ksMethod: ks.method,
    wasserstein,
    wassersteinNormed: wasserstein / Math.max(baselineStd, WASSERSTEIN_STD_FLOOR),
    baselineStd,
    psi: dist.psi,
    psiEmptyBinFloor: PSI_EMPTY_BIN_FLOOR,
    jensenShannon: dist.jensenShannon,
    jsLogBase: jsLogBase ?? ('e' as const),
    ...categoricalFields(categorical),
    effectSize,
    unseenInBaseline: categorical
      ? categorical.unseen
      : distribution.bins.filter((x) => x.unseenInBaseline).map((x) => x.label),
    distribution,
  };
  return finish(partial, picked, options);
}

function categoricalFields(part: CategoricalPart | null) {
  return {
    chi2Statistic: part ? part.chi.statistic : null,
    chi2PValue: part ? part.chi.pValue : null,
    dof: part ? part.chi.dof : null,
    yatesCorrection: part ? part.chi.yatesCorrection : null,
    chi2DroppedCategories: part ? part.droppedCategories : [],
    cramersV: part ? part.chi.cramersV : null,
    zCategory: part ? part.zCategory : null,
    zStatistic: part?.z ? part.z.zStatistic : null,
    zPValue: part?.z ? part.z.pValue : null,
    proportionDifference: part?.z ? part.z.difference : null,
    cohensH: part?.z ? part.z.cohensH : null,
  };
}

/** Compare two windows of a categorical column given the counts per category. */
export function compareCategorical(
  baselineCounts: CategoryCounts,
  incidentCounts: CategoryCounts,
  options: DriftOptions = {},
): DriftComparison {
  const part = categoricalPart(baselineCounts, incidentCounts);
  const baselineCount = part.distribution.bins.reduce((s, x) => s + x.baseline, 0);
  const incidentCount = part.distribution.bins.reduce((s, x) => s + x.incident, 0);
  const picked = pickMeasure({ kind: 'categorical', distinctValues: part.distinct, baselineCount });
  const smallSampleMin = options.smallSampleMin ?? SMALL_SAMPLE_MIN;
  const dist = distances(part.distribution, options.jsLogBase);
  const partial = {
    kind: 'categorical' as const,
    treatedAs: 'categorical' as const,
    baselineCount,
    incidentCount,
    baselineNonFinite: 0,
    incidentNonFinite: 0,
    distinctValues: part.distinct,
    smallSample: baselineCount < smallSampleMin || incidentCount < smallSampleMin,
    smallSampleMin,
    ksStatistic: null,
    ksPValue: null,
    ksMethod: null,
    wasserstein: null,
    wassersteinNormed: null,
    baselineStd: null,
    psi: dist.psi,
    psiEmptyBinFloor: PSI_EMPTY_BIN_FLOOR,
    jensenShannon: dist.jensenShannon,
    jsLogBase: options.jsLogBase ?? ('e' as const),
    ...categoricalFields(part),
    effectSize: part.z
      ? { measure: 'cohens-h' as const, value: part.z.cohensH }
      : { measure: 'cramers-v' as const, value: part.chi.cramersV },
    unseenInBaseline: part.unseen,
    distribution: part.distribution,
  };
  return finish(partial, picked, options);
}
