import {
  bucketWidthNote,
  type DriftTable,
  type EvidenceHistogram,
  type EvidenceWindowSpec,
  type TimeSeries,
} from '../evidence';
import { histogramChart } from './charts/histogram';
import { binningNote, histogramRows, seriesTitle } from './charts/data';
import { timeSeriesChart } from './charts/time-series';
import { decidingText, measureName, methodText, qualityFindings, ruleText } from './drift-text';
import { formatCount, formatInZone, formatP, formatShare, zonedRange } from './format';
import type { ComputedPin } from './source';
import type { Figure, TableColumn } from './types';

interface FigureContext {
  number: number;
  fileName: (evidenceId: string) => string;
  /** Redacts names (anonymised reports) from CSV-derived text too. */
  t: (text: string) => string;
  /** The postmortem's zone: windows, axes and date/time bins are on its clock, as page 1 is. */
  timeZone: string;
}

function windowText(w: EvidenceWindowSpec, ctx: FigureContext): string {
  switch (w.kind) {
    case 'time': {
      const r = zonedRange(w.start, w.end, ctx.timeZone);
      return `${ctx.t(w.column)} in [${r.start}, ${r.end}) ${r.zone}`;
    }
    case 'values':
      return `${ctx.t(w.column)} in {${w.values.map((v) => ctx.t(String(v))).join(', ')}}`;
    case 'evidence':
      return `every row of ${ctx.t(ctx.fileName(w.evidenceId))}`;
  }
}

function withCaption(text: string, caption: string, ctx: FigureContext): string {
  const own = caption.trim();
  return own ? `${text} ${ctx.t(own)}` : text;
}

/** One pin as a figure: the chart or table recomputed from its spec, and a caption that names
 * the file, the windows and the measure before the pin's own words. */
export function pinFigure(pin: ComputedPin, ctx: FigureContext): Figure {
  const file = ctx.t(ctx.fileName(pin.spec.query.evidenceId));
  const base: Omit<Figure, 'title' | 'caption' | 'chart' | 'table' | 'notes' | 'problem'> = {
    kind: 'figure',
    number: ctx.number,
    anchor: `figure-${ctx.number}`,
  };
  if (!pin.outcome.ok) {
    return {
      ...base,
      title: `Pinned ${pin.spec.kind.replace('-', ' ')} from ${file}`,
      caption: withCaption(`From ${file}.`, pin.caption, ctx),
      chart: null,
      table: null,
      notes: [],
      problem: `This evidence could not be recomputed: ${pin.outcome.message}`,
    };
  }
  const value = pin.outcome.value;
  switch (value.kind) {
    case 'histogram':
      return { ...base, ...histogramFigure(value.result, pin, file, ctx) };
    case 'time-series':
      return { ...base, ...seriesFigure(value.result, pin, file, ctx) };
    case 'drift-table':
      return { ...base, ...driftFigure(value.result, pin, file, ctx) };
  }
}

type FigureBody = Pick<Figure, 'title' | 'caption' | 'chart' | 'table' | 'notes' | 'problem'>;

function histogramFigure(
  h: EvidenceHistogram,
  pin: ComputedPin,
  file: string,
  ctx: FigureContext,
): FigureBody {
  if (pin.spec.kind !== 'histogram') throw new Error('A histogram result for another pin kind.');
  const q = pin.spec.query;
  const column = ctx.t(h.column);
  const baseline = windowText(q.baseline, ctx);
  const incident = windowText(q.incident, ctx);
  const rows = histogramRows(h, ctx.timeZone);
  const caption =
    `Histogram of ${column} in ${file}. Baseline: ${baseline} (${formatCount(h.baseline.values)} values` +
    `${h.baseline.missing ? `, ${formatCount(h.baseline.missing)} missing` : ''}); incident: ${incident}` +
    ` (${formatCount(h.incident.values)} values${h.incident.missing ? `, ${formatCount(h.incident.missing)} missing` : ''}).` +
    ` Measure: share of each window's values per bin. ${binningNote(h)}`;
  return {
    title: `Histogram of ${column}`,
    caption: withCaption(caption, pin.caption, ctx),
    chart: histogramChart(h, { baseline, incident, label: ctx.t, timeZone: ctx.timeZone }),
    table: {
      columns: [
        { label: 'Bin', align: 'left' },
        { label: 'Baseline (%)', align: 'right' },
        { label: 'Incident (%)', align: 'right' },
      ],
      rows: rows.map((r) => [ctx.t(r.label), r.baseline.toFixed(1), r.incident.toFixed(1)]),
    },
    notes: [],
    problem: null,
  };
}

function seriesFigure(
  s: TimeSeries,
  pin: ComputedPin,
  file: string,
  ctx: FigureContext,
): FigureBody {
  if (pin.spec.kind !== 'time-series')
    throw new Error('A time-series result for another pin kind.');
  const q = pin.spec.query;
  const title = ctx.t(seriesTitle(s));
  const caption =
    `${title}, in ${file}, ${seriesRange(q.start, q.end, ctx.timeZone)}` +
    ` (time column ${ctx.t(s.timeColumn)}).` +
    `${s.missingTime ? ` ${formatCount(s.missingTime)} rows have no time and are not shown.` : ''}`;
  return {
    title,
    caption: withCaption(caption, pin.caption, ctx),
    chart: timeSeriesChart(s, ctx.t, ctx.timeZone),
    table: null,
    // Buckets on the postmortem's clock: one holding a clock change is an hour short or long.
    notes: [bucketWidthNote(s, s.timeZone)].filter((n): n is string => n !== null),
    problem: null,
  };
}

/** The pinned range of a time series, on the postmortem's clock with the zone named once. */
export function seriesRange(
  start: string | undefined,
  end: string | undefined,
  timeZone: string,
): string {
  if (start && end) {
    const r = zonedRange(start, end, timeZone);
    return `from ${r.start} to ${r.end} ${r.zone}`;
  }
  if (start) return `from ${formatInZone(start, timeZone)} to the last row`;
  if (end) return `from the first row to ${formatInZone(end, timeZone)}`;
  return 'over the whole file';
}

export const DRIFT_COLUMNS: TableColumn[] = [
  { label: 'Column', align: 'left' },
  { label: 'Measure', align: 'left' },
  { label: 'Value', align: 'right' },
  { label: 'Drift when', align: 'left' },
  { label: 'p (corrected)', align: 'right' },
  { label: 'Drift', align: 'left' },
  { label: 'Missing (baseline → incident)', align: 'left' },
];

function driftFigure(
  t: DriftTable,
  pin: ComputedPin,
  file: string,
  ctx: FigureContext,
): FigureBody {
  if (pin.spec.kind !== 'drift-table') throw new Error('A drift result for another pin kind.');
  const q = pin.spec.query;
  const caption =
    `Drift table of ${file}: ${t.driftedColumns} of ${t.testedColumns} tested features drift` +
    `${t.datasetDrift ? ' (dataset drift)' : ''}. Baseline: ${windowText(q.baseline, ctx)}` +
    ` (${formatCount(t.baselineRows)} rows); incident: ${windowText(q.incident, ctx)} (${formatCount(t.incidentRows)} rows).` +
    ` Measure: each column's deciding measure against its threshold, α = ${t.alpha}.`;
  const findings = qualityFindings(t.columns).map((f) => `${ctx.t(f.column)}: ${ctx.t(f.text)}`);
  const skipped = t.columns
    .filter((r) => r.kind === 'skipped')
    .map((r) => `${ctx.t(r.column)}: ${ruleText(r)}`);
  return {
    title: `Drift table of ${file}`,
    caption: withCaption(caption, pin.caption, ctx),
    chart: null,
    table: {
      columns: DRIFT_COLUMNS,
      rows: t.columns.map((r) => [
        ctx.t(r.column),
        measureName(r),
        r.kind === 'skipped' ? '—' : decidingText(r),
        r.kind === 'skipped' ? '—' : ruleText(r),
        formatP(r.correctedPValue),
        r.drift ? 'Drift' : r.kind === 'skipped' ? 'Not tested' : 'No drift',
        `${formatShare(r.missingShareBaseline)} → ${formatShare(r.missingShareIncident)}`,
      ]),
    },
    notes: [
      ...(skipped.length ? [`Not tested: ${skipped.join(' ')}`] : []),
      methodText(t),
      ...(findings.length ? [`Data-quality findings: ${findings.join('; ')}.`] : []),
    ],
    problem: null,
  };
}
