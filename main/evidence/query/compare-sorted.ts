/**
 * shared/stats' compareNumeric, fed with samples that are already sorted. compareNumeric sorts
 * each window and then the pooled values (three sorts of up to 1M values per column, ~0.15 s); the
 * drift table gets each window's values in order from the column's cached sort, so this composes
 * the same shared/stats functions without sorting. The unit test holds it deep-equal to
 * compareNumeric on the same arrays; change both together.
 */
import {
  allBinCounts,
  compareCategorical,
  countIntoBins,
  decide,
  DEFAULT_BIN_COUNT,
  DEFAULT_THRESHOLDS,
  fitBaselineBins,
  jensenShannonDistance,
  ks2SampSorted,
  pickMeasure,
  populationStd,
  psi,
  PSI_EMPTY_BIN_FLOOR,
  shares,
  SMALL_SAMPLE_MIN,
  WASSERSTEIN_STD_FLOOR,
  wassersteinDistanceSorted,
  type DriftComparison,
  type DriftDistribution,
  type DriftOptions,
} from '../../../shared/stats';

/** Number of distinct values over two ascending samples together (a merge, no pooled sort). */
export function pooledDistinct(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  let last = NaN;
  while (i < a.length || j < b.length) {
    const x =
      j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? a[i++]! : b[j++]!;
    if (count === 0 || x !== last) {
      count++;
      last = x;
    }
  }
  return count;
}

/** Runs of equal values of an ascending sample as [String(value), count], ascending. */
function runs(sorted: Float64Array): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  while (i < sorted.length) {
    const v = sorted[i] as number;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === v) j++;
    out.set(String(v), j - i);
    i = j;
  }
  return out;
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

/**
 * compareNumeric(a, b, options) for ascending samples of finite values. `nonFinite` carries how
 * many NaN/infinite values each window had (compareNumeric counts the ones it drops).
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
  const distinctValues = pooledDistinct(a, b);
  const picked = pickMeasure({ kind: 'numeric', distinctValues, baselineCount: a.length });
  const ks = ks2SampSorted(a, b);
  const wasserstein = wassersteinDistanceSorted(a, b);
  const baselineStd = populationStd(a);
  const smallSampleMin = options.smallSampleMin ?? SMALL_SAMPLE_MIN;
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const numericPart = {
    kind: 'numeric' as const,
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
  };
  const test = options.test ?? picked.test;
  const reason = options.test ? `chosen by the user (default: ${picked.test})` : picked.reason;

  if (picked.treatedAs === 'categorical') {
    // Few distinct values: compareNumeric counts them as categories (String(value), ascending).
    const cat = compareCategorical(runs(a), runs(b), options);
    const partial = { ...cat, ...numericPart, treatedAs: 'categorical' as const };
    const value = measureValue(partial, test);
    const decision = decide(test, value, thresholds, reason);
    return order({ ...partial, decision, drift: decision.drift });
  }
  const distribution = numericDistribution(a, b, options.binCount ?? DEFAULT_BIN_COUNT);
  const base = distribution.bins.map((x) => x.baselineShare);
  const inc = distribution.bins.map((x) => x.incidentShare);
  const partial = {
    ...numericPart,
    treatedAs: 'continuous' as const,
    psi: psi(base, inc, PSI_EMPTY_BIN_FLOOR),
    psiEmptyBinFloor: PSI_EMPTY_BIN_FLOOR,
    jensenShannon: jensenShannonDistance(base, inc, options.jsLogBase),
    jsLogBase: options.jsLogBase ?? ('e' as const),
    chi2Statistic: null,
    chi2PValue: null,
    dof: null,
    yatesCorrection: null,
    chi2DroppedCategories: [],
    cramersV: null,
    zCategory: null,
    zStatistic: null,
    zPValue: null,
    proportionDifference: null,
    cohensH: null,
    effectSize: { measure: 'ks-d' as const, value: ks.statistic },
    unseenInBaseline: distribution.bins.filter((x) => x.unseenInBaseline).map((x) => x.label),
    distribution,
  };
  const decision = decide(test, measureValue(partial, test), thresholds, reason);
  return order({ ...partial, decision, drift: decision.drift });
}

function measureValue(c: Omit<DriftComparison, 'decision' | 'drift'>, test: string): number {
  const value = {
    ks: c.ksPValue,
    'wasserstein-normed': c.wassersteinNormed,
    'chi-square': c.chi2PValue,
    z: c.zPValue,
    'jensen-shannon': c.jensenShannon,
  }[test];
  if (value === null || value === undefined) {
    throw new RangeError(`the ${test} measure does not apply to a ${c.treatedAs} column`);
  }
  return value;
}

/** The keys in compareNumeric's order, so JSON output is identical too. */
function order(c: DriftComparison): DriftComparison {
  return {
    kind: c.kind,
    treatedAs: c.treatedAs,
    baselineCount: c.baselineCount,
    incidentCount: c.incidentCount,
    baselineNonFinite: c.baselineNonFinite,
    incidentNonFinite: c.incidentNonFinite,
    distinctValues: c.distinctValues,
    smallSample: c.smallSample,
    smallSampleMin: c.smallSampleMin,
    ksStatistic: c.ksStatistic,
    ksPValue: c.ksPValue,
    ksMethod: c.ksMethod,
    wasserstein: c.wasserstein,
    wassersteinNormed: c.wassersteinNormed,
    baselineStd: c.baselineStd,
    psi: c.psi,
    psiEmptyBinFloor: c.psiEmptyBinFloor,
    jensenShannon: c.jensenShannon,
    jsLogBase: c.jsLogBase,
    chi2Statistic: c.chi2Statistic,
    chi2PValue: c.chi2PValue,
    dof: c.dof,
    yatesCorrection: c.yatesCorrection,
    chi2DroppedCategories: c.chi2DroppedCategories,
    cramersV: c.cramersV,
    zCategory: c.zCategory,
    zStatistic: c.zStatistic,
    zPValue: c.zPValue,
    proportionDifference: c.proportionDifference,
    cohensH: c.cohensH,
    effectSize: c.effectSize,
    unseenInBaseline: c.unseenInBaseline,
    distribution: c.distribution,
    decision: c.decision,
    drift: c.drift,
  };
}
