/**
 * Dataset-level drift over many column comparisons: optional multiple-testing correction of the
 * p-value decisions, and Evidently's rule that the dataset drifts when at least half the columns do.
 */
import { correctPValues, type CorrectionMethod } from './corrections';
import type { DriftDecision } from './drift-measures';

export const DATASET_DRIFT_SHARE = 0.5;

export interface ColumnDecision {
  column: string;
  decision: DriftDecision;
}

export interface CorrectedColumnDecision {
  column: string;
  test: DriftDecision['test'];
  kind: DriftDecision['kind'];
  /** The measure's own value (p-value or distance). */
  value: number;
  /** Adjusted p-value for p-value measures; equal to `value` for distances. */
  adjustedValue: number;
  threshold: number;
  /** Drift after correction (distances are not corrected). */
  drift: boolean;
}

/**
 * Correct the p-values of the p-value-based decisions together (distances keep their own rule);
 * drift then means adjusted p <= threshold.
 */
export function correctDecisions(
  columns: readonly ColumnDecision[],
  method: CorrectionMethod,
): CorrectedColumnDecision[] {
  const pIdx = columns.flatMap((c, i) => (c.decision.kind === 'p-value' ? [i] : []));
  const adjusted = correctPValues(
    pIdx.map((i) => (columns[i] as ColumnDecision).decision.value),
    method,
  ).adjusted;
  const byIndex = new Map(pIdx.map((i, k) => [i, adjusted[k] as number]));
  return columns.map((c, i) => {
    const d = c.decision;
    const adj = byIndex.get(i) ?? d.value;
    const drift = d.kind === 'p-value' ? adj <= d.threshold : d.drift;
    return {
      column: c.column,
      test: d.test,
      kind: d.kind,
      value: d.value,
      adjustedValue: adj,
      threshold: d.threshold,
      drift,
    };
  });
}

export interface DatasetDrift {
  totalColumns: number;
  driftingColumns: number;
  /** driftingColumns / totalColumns (0 when there are no columns). */
  share: number;
  /** The dataset drifts when share >= this (Evidently: 0.5). */
  shareThreshold: number;
  datasetDrift: boolean;
  /** Names of the drifting columns, in input order. */
  drifting: string[];
}

export function datasetDrift(
  columns: ReadonlyArray<{ column: string; drift: boolean }>,
  shareThreshold = DATASET_DRIFT_SHARE,
): DatasetDrift {
  const drifting = columns.filter((c) => c.drift).map((c) => c.column);
  const total = columns.length;
  const share = total === 0 ? 0 : drifting.length / total;
  return {
    totalColumns: total,
    driftingColumns: drifting.length,
    share,
    shareThreshold,
    datasetDrift: total > 0 && share >= shareThreshold,
    drifting,
  };
}
