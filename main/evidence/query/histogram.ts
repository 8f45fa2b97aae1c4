import type {
  CategoricalHistogram,
  EvidenceHistogram,
  HistogramInput,
  NumericHistogram,
  WindowSize,
} from '../../../shared/evidence';
import { alignCategoryCounts } from '../../../shared/stats/categorical';
import { countIntoBins, fitBaselineBins } from '../../../shared/stats/histogram';
import {
  categorySample,
  numericSample,
  selectWindow,
  type OpenSource,
  type Selection,
} from './selection';
import type { EvidenceSource } from './source';

export const DEFAULT_HISTOGRAM_BINS = 20;
/** Categories charted one by one; the rest are summed as "other". */
export const MAX_CHART_CATEGORIES = 30;

/** One column, baseline against incident: numeric bins fitted on the baseline, or counts per value. */
export function queryHistogram(
  source: EvidenceSource,
  input: HistogramInput,
  open: OpenSource,
): EvidenceHistogram {
  const column = source.column(input.column);
  const baseline = selectWindow(input.baseline, source, open);
  const incident = selectWindow(input.incident, source, open);
  if (column.type === 'category' || column.type === 'text' || column.type === 'boolean') {
    return categoricalHistogram(input.column, column.type, baseline, incident);
  }
  return numericHistogram(input.column, column.type, baseline, incident, input.bins);
}

export function numericHistogram(
  name: string,
  type: NumericHistogram['type'],
  baselineSel: Selection,
  incidentSel: Selection,
  binCount = DEFAULT_HISTOGRAM_BINS,
): NumericHistogram {
  const b = numericSample(baselineSel, name);
  const i = numericSample(incidentSel, name);
  const baseline = size(baselineSel, b.values.length, b.missing, b.unparsed);
  const incident = size(incidentSel, i.values.length, i.missing, i.unparsed);
  if (b.values.length === 0) {
    return {
      kind: 'numeric',
      column: name,
      type,
      bins: [],
      binning: { kind: 'empty', innerBinCount: 0, edges: [] },
      baseline,
      incident,
    };
  }
  const binning = fitBaselineBins(b.values, binCount);
  const bc = countIntoBins(b.values, binning);
  const ic = countIntoBins(i.values, binning);
  const edges = binning.edges;
  const bins: NumericHistogram['bins'] = [
    { lower: null, upper: edges[0] as number, baseline: bc.underflow, incident: ic.underflow },
  ];
  for (let k = 0; k < binning.innerBinCount; k++) {
    bins.push({
      lower: edges[k] as number,
      upper: edges[k + 1] as number,
      baseline: bc.inner[k] as number,
      incident: ic.inner[k] as number,
    });
  }
  bins.push({
    lower: edges[binning.innerBinCount] as number,
    upper: null,
    baseline: bc.overflow,
    incident: ic.overflow,
  });
  return {
    kind: 'numeric',
    column: name,
    type,
    bins,
    binning: { kind: binning.kind, innerBinCount: binning.innerBinCount, edges },
    baseline,
    incident,
  };
}

export function categoricalHistogram(
  name: string,
  type: CategoricalHistogram['type'],
  baselineSel: Selection,
  incidentSel: Selection,
): CategoricalHistogram {
  const b = categorySample(baselineSel, name);
  const i = categorySample(incidentSel, name);
  const aligned = alignCategoryCounts(b.counts, i.counts);
  const ranked = [...aligned.categories].sort(
    (x, y) => y.baseline + y.incident - (x.baseline + x.incident),
  );
  const shown = ranked.slice(0, MAX_CHART_CATEGORIES);
  const rest = ranked.slice(MAX_CHART_CATEGORIES);
  return {
    kind: 'categorical',
    column: name,
    type,
    categories: shown.map((c) => ({
      value: c.category,
      baseline: c.baseline,
      incident: c.incident,
      unseenInBaseline: c.unseenInBaseline,
    })),
    other: {
      categories: rest.length,
      baseline: rest.reduce((s, c) => s + c.baseline, 0),
      incident: rest.reduce((s, c) => s + c.incident, 0),
    },
    baseline: size(baselineSel, aligned.baselineTotal, b.missing, b.unparsed),
    incident: size(incidentSel, aligned.incidentTotal, i.missing, i.unparsed),
  };
}

function size(sel: Selection, values: number, missing: number, unparsed: number): WindowSize {
  return { rows: sel.size, values, missing, unparsed };
}
