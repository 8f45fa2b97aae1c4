/**
 * Which drift measure decides, and how (Evidently's defaults): the measure, its threshold and rule
 * are data, so the UI and the report can state them next to the value.
 */

export type DriftTest = 'ks' | 'wasserstein-normed' | 'chi-square' | 'z' | 'jensen-shannon';

export interface DriftThresholds {
  /** Significance level of the p-value tests (KS, chi-square, z). Default 0.05. */
  pValue: number;
  /** Drift when the normed Wasserstein distance is at least this. Default 0.1. */
  wassersteinNormed: number;
  /** Drift when the Jensen-Shannon distance is at least this. Default 0.1. */
  jensenShannon: number;
}

export const DEFAULT_THRESHOLDS: DriftThresholds = {
  pValue: 0.05,
  wassersteinNormed: 0.1,
  jensenShannon: 0.1,
};

/** Baseline sizes up to this use a statistical test; larger ones a distance (Evidently). */
export const TEST_MAX_BASELINE_ROWS = 1000;
/** Numeric columns with more distinct values than this are treated as continuous. */
export const FEW_VALUES_MAX = 5;
/** A window with fewer values than this is flagged as a small sample. */
export const SMALL_SAMPLE_MIN = 30;

export interface MeasureInfo {
  test: DriftTest;
  label: string;
  kind: 'p-value' | 'distance';
  /** How value and threshold decide drift. */
  rule: 'value <= threshold' | 'value >= threshold';
}

export const MEASURES: Readonly<Record<DriftTest, MeasureInfo>> = {
  ks: {
    test: 'ks',
    label: 'Kolmogorov-Smirnov p-value',
    kind: 'p-value',
    rule: 'value <= threshold',
  },
  'wasserstein-normed': {
    test: 'wasserstein-normed',
    label: 'Wasserstein distance (normed by baseline std)',
    kind: 'distance',
    rule: 'value >= threshold',
  },
  'chi-square': {
    test: 'chi-square',
    label: 'chi-square p-value',
    kind: 'p-value',
    rule: 'value <= threshold',
  },
  z: {
    test: 'z',
    label: 'two-proportion z-test p-value',
    kind: 'p-value',
    rule: 'value <= threshold',
  },
  'jensen-shannon': {
    test: 'jensen-shannon',
    label: 'Jensen-Shannon distance',
    kind: 'distance',
    rule: 'value >= threshold',
  },
};

export function thresholdFor(test: DriftTest, thresholds: DriftThresholds): number {
  if (test === 'wasserstein-normed') return thresholds.wassersteinNormed;
  if (test === 'jensen-shannon') return thresholds.jensenShannon;
  return thresholds.pValue;
}

export interface PickInput {
  /** Column kind as imported. */
  kind: 'numeric' | 'categorical';
  /** Distinct values over both windows together (as Evidently counts them). */
  distinctValues: number;
  baselineCount: number;
}

export interface PickedMeasure {
  test: DriftTest;
  /** Whether the column is tested as continuous or as categories. */
  treatedAs: 'continuous' | 'categorical';
  /** Human-readable reason for the choice. */
  reason: string;
}

/** Evidently's default stat test for a column. */
export function pickMeasure(input: PickInput): PickedMeasure {
  const { kind, distinctValues, baselineCount } = input;
  const small = baselineCount <= TEST_MAX_BASELINE_ROWS;
  const sizeText = `baseline ${baselineCount} rows ${small ? '<=' : '>'} ${TEST_MAX_BASELINE_ROWS}`;
  if (kind === 'numeric' && distinctValues > FEW_VALUES_MAX) {
    return {
      test: small ? 'ks' : 'wasserstein-normed',
      treatedAs: 'continuous',
      reason: `numeric with ${distinctValues} distinct values (> ${FEW_VALUES_MAX}), ${sizeText}`,
    };
  }
  const what =
    kind === 'numeric'
      ? `numeric with only ${distinctValues} distinct values (<= ${FEW_VALUES_MAX})`
      : `categorical with ${distinctValues} categories`;
  let test: DriftTest = 'jensen-shannon';
  if (small) test = distinctValues <= 2 ? 'z' : 'chi-square';
  return { test, treatedAs: 'categorical', reason: `${what}, ${sizeText}` };
}

export interface DriftDecision extends MeasureInfo {
  threshold: number;
  value: number;
  drift: boolean;
  reason: string;
}

export function decide(
  test: DriftTest,
  value: number,
  thresholds: DriftThresholds,
  reason: string,
): DriftDecision {
  const info = MEASURES[test];
  const threshold = thresholdFor(test, thresholds);
  const drift = info.kind === 'p-value' ? value <= threshold : value >= threshold;
  return { ...info, threshold, value, drift, reason };
}
