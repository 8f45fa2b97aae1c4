import { AppError } from '../../../shared/contract/errors';
import type { DriftInput, DriftRow, DriftTable } from '../../../shared/evidence';
import {
  compareCategorical,
  correctDecisions,
  datasetDrift,
  DEFAULT_BIN_COUNT,
  PSI_EMPTY_BIN_FLOOR,
  type DriftComparison,
  compareSortedNumeric,
} from '../../../shared/stats';
import type { EvidenceColumn } from '../import/types';
import {
  baseFindings,
  isModelVersionColumn,
  numbersTurnedIntoText,
  outOfRangeShareSorted,
  UNSEEN_LISTED,
  type QualityFindings,
} from './drift-quality';
import {
  categorySample,
  numericGaps,
  selectWindow,
  sortedPair,
  type OpenSource,
  type Selection,
} from './selection';
import type { EvidenceSource } from './source';

/** Categorical columns with more distinct values than this, most of them unique, look like ids. */
const ID_LIKE_MIN_DISTINCT = 1000;

/**
 * The drift table: every column of the baseline window against the incident window, all values
 * used (no sampling), the math in shared/stats, plus data-quality findings per column.
 */
export function queryDrift(
  source: EvidenceSource,
  input: DriftInput,
  open: OpenSource,
): DriftTable {
  const baseline = selectWindow(input.baseline, source, open);
  const incident = selectWindow(input.incident, source, open);
  for (const [what, sel] of [
    ['baseline', baseline],
    ['incident', incident],
  ] as const) {
    if (sel.size === 0) {
      throw new AppError(
        'invalid_input',
        `The ${what} window holds no rows of "${sel.source.meta.sourceFileName}": widen it or check its dates.`,
      );
    }
  }
  const excluded = windowColumns(input);
  const wanted = input.columns ? input.columns.map((name) => source.column(name)) : source.columns;
  const options = { thresholds: { pValue: input.alpha } };

  const tested: { row: DriftRow; comparison: DriftComparison }[] = [];
  const rows: DriftRow[] = wanted.map((column) => {
    const reason = excluded.has(column.name)
      ? 'It defines the windows, so it differs between them by construction.'
      : missingIn(column, baseline, incident);
    if (reason) return skipped(column, baseline, incident, reason);
    const row = compareColumn(column, baseline, incident, options);
    if (row.comparison) tested.push({ row: row.row, comparison: row.comparison });
    return row.row;
  });

  const corrected = correctDecisions(
    tested.map((t) => ({ column: t.row.column, decision: t.comparison.decision })),
    input.correction,
  );
  tested.forEach((t, k) => {
    const c = corrected[k]!;
    t.row.correctedPValue = c.kind === 'p-value' ? c.adjustedValue : null;
    t.row.drift = c.drift;
  });
  const dataset = datasetDrift(tested.map((t) => ({ column: t.row.column, drift: t.row.drift })));
  return {
    baselineRows: baseline.size,
    incidentRows: incident.size,
    correction: input.correction,
    alpha: input.alpha,
    driftedColumns: dataset.driftingColumns,
    testedColumns: dataset.totalColumns,
    datasetDrift: dataset.datasetDrift,
    method: {
      jensenShannonBase: 'e',
      psiEmptyBinFloor: PSI_EMPTY_BIN_FLOOR,
      bins: `${DEFAULT_BIN_COUNT} equal-width bins over the baseline's range, plus one bin below and one above it`,
      exact: true,
    },
    columns: rows,
  };
}

function windowColumns(input: DriftInput): Set<string> {
  const names = new Set<string>();
  for (const w of [input.baseline, input.incident]) if (w.kind !== 'evidence') names.add(w.column);
  return names;
}

function missingIn(
  column: EvidenceColumn,
  baseline: Selection,
  incident: Selection,
): string | null {
  for (const [what, sel] of [
    ['baseline', baseline],
    ['incident', incident],
  ] as const) {
    if (!sel.source.hasColumn(column.name)) {
      return `The ${what} file "${sel.source.meta.sourceFileName}" has no column of this name.`;
    }
    const other = sel.source.column(column.name);
    if (isContinuousType(other) !== isContinuousType(column)) {
      return `The column is ${column.type} in one file and ${other.type} in the other.`;
    }
  }
  return null;
}

const isContinuousType = (c: EvidenceColumn) =>
  c.type === 'integer' || c.type === 'real' || c.type === 'instant';

interface ColumnResult {
  row: DriftRow;
  comparison: DriftComparison | null;
}

function compareColumn(
  column: EvidenceColumn,
  baselineSel: Selection,
  incidentSel: Selection,
  options: { thresholds: { pValue: number } },
): ColumnResult {
  const name = column.name;
  if (isContinuousType(column)) {
    const [a, b] = sortedPair(baselineSel, incidentSel, name);
    const bg = numericGaps(baselineSel, name);
    const ig = numericGaps(incidentSel, name);
    const findings = baseFindings(counts(baselineSel, bg), counts(incidentSel, ig));
    if (a.length === 0 || b.length === 0) {
      return {
        row: skipped(column, baselineSel, incidentSel, noValues(a.length), findings),
        comparison: null,
      };
    }
    const comparison = compareSortedNumeric(a, b, options);
    findings.outOfRangeShare = outOfRangeShareSorted(a, b);
    findings.constantInIncident = b[0] === b[b.length - 1] && a[0] !== a[a.length - 1];
    if (comparison.treatedAs === 'categorical')
      findings.unseenCategories = listed(comparison.unseenInBaseline);
    if (isModelVersionColumn(name)) {
      findings.newModelVersions =
        comparison.treatedAs === 'categorical' ? listed(comparison.unseenInBaseline) : [];
    }
    return { row: toRow(column, baselineSel, incidentSel, comparison, findings), comparison };
  }

  const b = categorySampleOrNull(baselineSel, name);
  const i = categorySampleOrNull(incidentSel, name);
  if (!b || !i) {
    return { row: skipped(column, baselineSel, incidentSel, idLike()), comparison: null };
  }
  const findings = baseFindings(counts(baselineSel, b), counts(incidentSel, i));
  if (column.type === 'text' || column.type === 'category') {
    findings.typeChanged ||= numbersTurnedIntoText(b.counts, i.counts);
  }
  const bTotal = total(b.counts);
  const iTotal = total(i.counts);
  if (bTotal === 0 || iTotal === 0) {
    return {
      row: skipped(column, baselineSel, incidentSel, noValues(bTotal), findings),
      comparison: null,
    };
  }
  const distinct = new Set([...b.counts.keys(), ...i.counts.keys()]).size;
  if (
    column.type !== 'boolean' &&
    distinct > ID_LIKE_MIN_DISTINCT &&
    distinct > 0.5 * (bTotal + iTotal)
  ) {
    return { row: skipped(column, baselineSel, incidentSel, idLike(), findings), comparison: null };
  }
  const comparison = compareCategorical(b.counts, i.counts, options);
  findings.unseenCategories = listed(comparison.unseenInBaseline);
  findings.constantInIncident = i.counts.size === 1 && b.counts.size > 1;
  if (isModelVersionColumn(name)) findings.newModelVersions = listed(comparison.unseenInBaseline);
  return { row: toRow(column, baselineSel, incidentSel, comparison, findings), comparison };
}

function categorySampleOrNull(sel: Selection, name: string) {
  try {
    return categorySample(sel, name);
  } catch (error) {
    if (error instanceof AppError && error.code === 'refused') return null;
    throw error;
  }
}

function counts(sel: Selection, s: { missing: number; unparsed: number }) {
  return { rows: sel.size, missing: s.missing, unparsed: s.unparsed };
}

function total(counts: Map<string, number>): number {
  let t = 0;
  for (const c of counts.values()) t += c;
  return t;
}

const listed = (values: readonly string[]) => values.slice(0, UNSEEN_LISTED);

const noValues = (baselineValues: number) =>
  `The ${baselineValues === 0 ? 'baseline' : 'incident'} window has no values in this column.`;

const idLike = () =>
  `Too many distinct values (more than ${ID_LIKE_MIN_DISTINCT}, mostly unique): it looks like an id or free text, so no distribution test applies.`;

function toRow(
  column: EvidenceColumn,
  baseline: Selection,
  incident: Selection,
  c: DriftComparison,
  findings: QualityFindings,
): DriftRow {
  const d = c.decision;
  return {
    column: column.name,
    type: column.type,
    kind: c.treatedAs,
    skippedReason: null,
    baselineRows: baseline.size,
    incidentRows: incident.size,
    baselineCount: c.baselineCount,
    incidentCount: c.incidentCount,
    ksStatistic: c.ksStatistic,
    ksPValue: c.ksPValue,
    wassersteinNormed: c.wassersteinNormed,
    chi2Statistic: c.chi2Statistic,
    chi2PValue: c.chi2PValue,
    chi2Dof: c.dof,
    zStatistic: c.zStatistic,
    zPValue: c.zPValue,
    psi: c.psi,
    jensenShannon: c.jensenShannon,
    decidingMeasure: d.test,
    decidingLabel: d.label,
    decidingValue: d.value,
    threshold: d.threshold,
    rule: d.rule,
    decisionReason: d.reason,
    pValue: d.kind === 'p-value' ? d.value : null,
    correctedPValue: null,
    drift: c.drift,
    effectSize: c.effectSize.value,
    effectSizeMeasure: c.effectSize.measure,
    smallSample: c.smallSample,
    ...findings,
  };
}

function skipped(
  column: EvidenceColumn,
  baseline: Selection,
  incident: Selection,
  reason: string,
  findings: QualityFindings = baseFindings(
    { rows: baseline.size, missing: 0, unparsed: 0 },
    { rows: incident.size, missing: 0, unparsed: 0 },
  ),
): DriftRow {
  return {
    column: column.name,
    type: column.type,
    kind: 'skipped',
    skippedReason: reason,
    baselineRows: baseline.size,
    incidentRows: incident.size,
    baselineCount: 0,
    incidentCount: 0,
    ksStatistic: null,
    ksPValue: null,
    wassersteinNormed: null,
    chi2Statistic: null,
    chi2PValue: null,
    chi2Dof: null,
    zStatistic: null,
    zPValue: null,
    psi: null,
    jensenShannon: null,
    decidingMeasure: null,
    decidingLabel: null,
    decidingValue: null,
    threshold: null,
    rule: null,
    decisionReason: null,
    pValue: null,
    correctedPValue: null,
    drift: false,
    effectSize: null,
    effectSizeMeasure: null,
    smallSample: false,
    ...findings,
  };
}
