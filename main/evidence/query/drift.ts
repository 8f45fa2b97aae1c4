import { AppError } from '../../../shared/contract/errors';
import {
  inferRole,
  type ColumnRole,
  type DriftInput,
  type DriftRow,
  type DriftTable,
  type OutputDrift,
} from '../../../shared/evidence';
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
  type WindowCounts,
} from './drift-quality';
import {
  categorySample,
  missingIn,
  numericGaps,
  numericSample,
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
  const timeName = source.timeColumn?.name ?? null;
  const roleOf = (column: EvidenceColumn): ColumnRole | 'time' =>
    input.roles?.[column.name] ?? inferRole(column, timeName);

  const tested: { row: DriftRow; comparison: DriftComparison }[] = [];
  const rows: DriftRow[] = wanted.map((column) => {
    const role = roleOf(column);
    const reason =
      role === 'identifier'
        ? 'An identifier: it names rows, so its distribution says nothing about drift.'
        : role === 'time'
          ? 'The time column: the windows are cut on it, so it differs between them by construction.'
          : excluded.has(column.name)
            ? 'It defines the windows, so it differs between them by construction.'
            : unmatched(column, baseline, incident);
    if (reason) return withRole(skipped(column, baseline, incident, reason), role);
    const row = compareColumn(column, baseline, incident, options);
    row.row.role = role;
    if (row.comparison) tested.push({ row: row.row, comparison: row.comparison });
    return row.row;
  });

  // Corrected within each family: the features (which decide dataset drift), the model's outputs
  // (predictions and labels), and metadata; each family answers its own question.
  const family = (r: DriftRow) =>
    r.role === 'prediction' || r.role === 'label'
      ? 'outputs'
      : r.role === 'metadata'
        ? 'metadata'
        : 'features';
  for (const name of ['features', 'outputs', 'metadata']) {
    const members = tested.filter((t) => family(t.row) === name);
    const corrected = correctDecisions(
      members.map((t) => ({ column: t.row.column, decision: t.comparison.decision })),
      input.correction,
    );
    members.forEach((t, k) => {
      const c = corrected[k]!;
      t.row.correctedPValue = c.kind === 'p-value' ? c.adjustedValue : null;
      t.row.drift = c.drift;
    });
  }
  const features = tested.filter((t) => family(t.row) === 'features');
  const dataset = datasetDrift(features.map((t) => ({ column: t.row.column, drift: t.row.drift })));
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
    outputs: rows.flatMap((r) => outputOf(r, baseline, incident)),
    columns: rankRows(rows),
  };
}

const ROLE_RANK: Record<ColumnRole | 'time', number> = {
  feature: 0,
  prediction: 1,
  label: 2,
  metadata: 3,
  time: 4,
  identifier: 5,
};

/** Features first, drifting ones first and the largest effects first; then outputs, metadata, untested. */
function rankRows(rows: DriftRow[]): DriftRow[] {
  const score = (r: DriftRow) => (r.kind === 'skipped' ? -2 : r.drift ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
      score(b) - score(a) ||
      (b.effectSize ?? -1) - (a.effectSize ?? -1) ||
      a.column.localeCompare(b.column),
  );
}

function withRole(row: DriftRow, role: ColumnRole | 'time'): DriftRow {
  row.role = role;
  return row;
}

/** A prediction or label column: its drift, and its positive rate when it holds 0/1 or true/false. */
function outputOf(r: DriftRow, baseline: Selection, incident: Selection): OutputDrift[] {
  if (r.role !== 'prediction' && r.role !== 'label') return [];
  return [
    {
      column: r.column,
      role: r.role,
      drift: r.kind === 'skipped' ? null : r.drift,
      decidingLabel: r.decidingLabel,
      decidingValue: r.decidingValue,
      positiveRate: positiveRate(r.column, baseline, incident),
    },
  ];
}

function positiveRate(
  name: string,
  baselineSel: Selection,
  incidentSel: Selection,
): OutputDrift['positiveRate'] {
  const count = (sel: Selection): [number, number] | null => {
    const column = sel.source.column(name);
    if (column.type !== 'boolean' && column.type !== 'integer' && column.type !== 'real')
      return null;
    let ones = 0;
    const { values } = numericSample(sel, name);
    for (const v of values) {
      if (v === 1) ones++;
      else if (v !== 0) return null;
    }
    return [ones, values.length];
  };
  const b = count(baselineSel);
  const i = count(incidentSel);
  if (!b || !i || b[1] === 0 || i[1] === 0) return null;
  return {
    baseline: b[0] / b[1],
    incident: i[0] / i[1],
    baselinePositives: b[0],
    baselineCount: b[1],
    incidentPositives: i[0],
    incidentCount: i[1],
  };
}

function windowColumns(input: DriftInput): Set<string> {
  const names = new Set<string>();
  for (const w of [input.baseline, input.incident]) if (w.kind !== 'evidence') names.add(w.column);
  return names;
}

/** Why a column cannot be compared across two files, or null when it can. */
function unmatched(
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
        row: skipped(column, baselineSel, incidentSel, noValues(a.length), {
          b: counts(baselineSel, bg),
          i: counts(incidentSel, ig),
        }),
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
      row: skipped(column, baselineSel, incidentSel, noValues(bTotal), {
        b: counts(baselineSel, b),
        i: counts(incidentSel, i),
      }),
      comparison: null,
    };
  }
  const distinct = new Set([...b.counts.keys(), ...i.counts.keys()]).size;
  if (
    column.type !== 'boolean' &&
    distinct > ID_LIKE_MIN_DISTINCT &&
    distinct > 0.5 * (bTotal + iTotal)
  ) {
    const row = skipped(column, baselineSel, incidentSel, idLike(), {
      b: counts(baselineSel, b),
      i: counts(incidentSel, i),
    });
    row.typeChanged = findings.typeChanged;
    return { row, comparison: null };
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
    role: 'feature',
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

/**
 * A row for a column that was not tested. Its counts are real (the rows of each window holding a
 * value), so an untested column never reads "0 / 0" beside windows of thousands of rows.
 */
function skipped(
  column: EvidenceColumn,
  baseline: Selection,
  incident: Selection,
  reason: string,
  gaps?: { b: WindowCounts; i: WindowCounts },
): DriftRow {
  const b = gaps?.b ?? { rows: baseline.size, ...gapsOf(baseline, column) };
  const i = gaps?.i ?? { rows: incident.size, ...gapsOf(incident, column) };
  return {
    column: column.name,
    type: column.type,
    role: 'feature',
    kind: 'skipped',
    skippedReason: reason,
    baselineRows: baseline.size,
    incidentRows: incident.size,
    baselineCount: b.rows - b.missing - b.unparsed,
    incidentCount: i.rows - i.missing - i.unparsed,
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
    ...baseFindings(b, i),
  };
}

/** Missing and unparsed cells of a column in a window, without holding its values when it is text. */
function gapsOf(sel: Selection, column: EvidenceColumn): { missing: number; unparsed: number } {
  const own = sel.source.hasColumn(column.name) ? sel.source.column(column.name) : null;
  if (!own) return { missing: 0, unparsed: 0 };
  if (own.type === 'category' || own.type === 'text')
    return { missing: missingIn(sel, own), unparsed: 0 };
  return numericGaps(sel, own.name);
}
