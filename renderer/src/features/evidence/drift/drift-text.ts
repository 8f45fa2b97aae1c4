import type {
  DriftCorrection,
  DriftRow,
  DriftTable,
  OutputDrift,
} from '../../../../../shared/evidence';
import {
  DEFAULT_THRESHOLDS,
  FEW_VALUES_MAX,
  SMALL_SAMPLE_MIN,
  TEST_MAX_BASELINE_ROWS,
} from '../../../../../shared/stats';
import { formatCount, formatMeasure, formatShare } from '../format';

export const CORRECTION_LABELS: Record<DriftCorrection, string> = {
  none: 'None',
  bonferroni: 'Bonferroni',
  'benjamini-hochberg': 'Benjamini-Hochberg',
};

const MEASURE_WORDS: Record<string, string> = {
  ks: 'Kolmogorov-Smirnov test p-value',
  'wasserstein-normed': 'normed Wasserstein distance',
  'chi-square': 'chi-square test p-value',
  z: 'two-proportion z test p-value',
  'jensen-shannon': 'Jensen-Shannon distance (natural log)',
};

const SHORT_NAMES: Record<string, string> = {
  ks: 'KS test',
  'wasserstein-normed': 'Wasserstein (normed)',
  'chi-square': 'Chi-square test',
  z: 'z test',
  'jensen-shannon': 'Jensen-Shannon',
};

/** The deciding measure's short name for the table; the full one is in its title and the details. */
export function measureName(r: DriftRow): string {
  return r.decidingMeasure ? (SHORT_NAMES[r.decidingMeasure] ?? r.decidingMeasure) : '—';
}

export function measureTitle(r: DriftRow): string {
  return r.decidingLabel ?? (r.decidingMeasure ? (MEASURE_WORDS[r.decidingMeasure] ?? '') : '');
}

/** The deciding value, with more digits when rounding would make it read as its threshold. */
export function decidingText(r: DriftRow): string {
  const v = r.decidingValue;
  if (v === null || r.threshold === null || v === r.threshold) return formatMeasure(v);
  let digits = 3;
  while (digits < 10 && Number(v.toPrecision(digits)) === r.threshold) digits++;
  return formatMeasure(v, digits);
}

/** "p ≤ 0.05" or "≥ 0.1": when the row counts as drift. */
export function ruleText(r: DriftRow): string {
  if (r.kind === 'skipped') return r.skippedReason ?? 'Not tested.';
  const op = r.rule === 'value <= threshold' ? '≤' : '≥';
  const isP =
    r.decidingMeasure === 'ks' || r.decidingMeasure === 'chi-square' || r.decidingMeasure === 'z';
  return `${isP ? 'p ' : ''}${op} ${formatMeasure(r.threshold)}`;
}

export function effectText(r: DriftRow): string {
  if (r.effectSize === null) return '—';
  const name =
    r.effectSizeMeasure === 'ks-d'
      ? 'KS D'
      : r.effectSizeMeasure === 'cramers-v'
        ? "Cramér's V"
        : "Cohen's h";
  return `${formatMeasure(r.effectSize)} (${name})`;
}

/** The paragraph stated beside the table: tests, thresholds, log base, bins, windows, correction. */
export function methodText(t: DriftTable): string {
  return [
    `Baseline ${formatCount(t.baselineRows)} rows, incident ${formatCount(t.incidentRows)} rows; every value used, no sampling.`,
    `The deciding measure per column follows Evidently’s defaults: numeric columns with more than ${FEW_VALUES_MAX} distinct values use the Kolmogorov-Smirnov test (drift when p ≤ α) when the baseline has at most ${formatCount(TEST_MAX_BASELINE_ROWS)} values, else the normed Wasserstein distance (drift when ≥ ${DEFAULT_THRESHOLDS.wassersteinNormed}); other columns use chi-square (or the two-proportion z test for two values; drift when p ≤ α) up to ${formatCount(TEST_MAX_BASELINE_ROWS)} values, else the Jensen-Shannon distance (drift when ≥ ${DEFAULT_THRESHOLDS.jensenShannon}).`,
    `Windows with fewer than ${SMALL_SAMPLE_MIN} values are flagged as small samples.`,
    `Jensen-Shannon uses the natural log (base e). PSI floors empty bins at ${t.method.psiEmptyBinFloor}; ≥ 0.1 is moderate, ≥ 0.2 major. Bins: ${t.method.bins}.`,
    `α = ${t.alpha}; multiple-testing correction: ${CORRECTION_LABELS[t.correction]} (p-values only; distances are not corrected).`,
    `Columns are grouped by role: features (the model’s inputs) decide dataset drift, predictions and labels are tested apart, metadata too, and identifiers and the time column are not tested; p-values are corrected within each group.`,
    `Dataset drift when at least half the tested features drift: ${t.driftedColumns} of ${t.testedColumns} → ${t.datasetDrift ? 'dataset drift' : 'no dataset drift'}.`,
  ].join(' ');
}

/** "positive rate 0.56 % (56 of 10,001) → 34.9 % (174 of 498); its distribution drifts (…)". */
export function outputText(o: OutputDrift): string {
  const parts: string[] = [];
  const r = o.positiveRate;
  if (r) {
    parts.push(
      `share of 1 / true ${formatShare(r.baseline, 2)} (${formatCount(r.baselinePositives)} of ${formatCount(r.baselineCount)}) in the baseline → ${formatShare(r.incident, 2)} (${formatCount(r.incidentPositives)} of ${formatCount(r.incidentCount)}) in the incident`,
    );
  }
  if (o.drift === null) parts.push('not tested');
  else {
    const measure =
      o.decidingLabel && o.decidingValue !== null
        ? ` (${o.decidingLabel} ${formatMeasure(o.decidingValue)})`
        : '';
    parts.push(`${o.drift ? 'its distribution drifts' : 'no drift in its distribution'}${measure}`);
  }
  return `${parts.join('; ')}.`;
}

export interface Finding {
  column: string;
  text: string;
  severity: 'high' | 'note';
}

/** Data-quality findings per column, in the words the room will read aloud. */
export function qualityFindings(rows: DriftRow[]): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    const mb = r.missingShareBaseline;
    const mi = r.missingShareIncident;
    if (mi - mb >= 0.01 || (mi > 0 && mb === 0)) {
      out.push({
        column: r.column,
        severity: mi - mb >= 0.05 ? 'high' : 'note',
        text: `missing values ${formatShare(mb)} in the baseline → ${formatShare(mi)} in the incident`,
      });
    }
    if (r.newModelVersions && r.newModelVersions.length > 0) {
      out.push({
        column: r.column,
        severity: 'high',
        text: `new model version${r.newModelVersions.length > 1 ? 's' : ''} in the incident: ${r.newModelVersions.join(', ')}`,
      });
    } else if (r.unseenCategories.length > 0) {
      const shown = r.unseenCategories.slice(0, 5).join(', ');
      const more =
        r.unseenCategories.length > 5 ? ` and ${r.unseenCategories.length - 5} more` : '';
      out.push({
        column: r.column,
        severity: 'high',
        text: `categories never seen in the baseline: ${shown}${more}`,
      });
    }
    if (r.outOfRangeShare !== null && r.outOfRangeShare > 0) {
      out.push({
        column: r.column,
        severity: r.outOfRangeShare >= 0.05 ? 'high' : 'note',
        text: `${formatShare(r.outOfRangeShare)} of the incident's values lie outside the baseline's range`,
      });
    }
    if (r.typeChanged) {
      out.push({
        column: r.column,
        severity: 'high',
        text: `type changed: ${formatShare(r.unparsedShareBaseline)} → ${formatShare(r.unparsedShareIncident)} of cells do not parse as ${r.type}`,
      });
    }
    if (r.constantInIncident) {
      out.push({
        column: r.column,
        severity: 'high',
        text: 'a single value throughout the incident, where the baseline had several',
      });
    }
  }
  return out;
}
