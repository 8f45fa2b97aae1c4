import type { EvidenceHistogram, EvidenceColumnType } from '../../../../../shared/evidence';
import { formatCount, formatValue } from '../format';

export interface HistogramRow {
  label: string;
  /** Shares of each window's usable values, in percent. */
  baseline: number;
  incident: number;
  baselineCount: number;
  incidentCount: number;
  /** Overflow bins and the "other" bucket are drawn apart and named as such. */
  special: 'below' | 'above' | 'other' | 'unseen' | null;
}

const pct = (n: number, of: number) => (of > 0 ? (n / of) * 100 : 0);

function edge(n: number, type: EvidenceColumnType, zone: string): string {
  return formatValue(n, type, zone);
}

/** Rows of the overlaid chart; empty overflow bins are left out (the caption says they exist). */
export function histogramRows(h: EvidenceHistogram, zone = 'UTC'): HistogramRow[] {
  const bn = h.baseline.values;
  const inc = h.incident.values;
  if (h.kind === 'numeric') {
    return h.bins
      .filter((b) => (b.lower !== null && b.upper !== null) || b.baseline + b.incident > 0)
      .map((b) => {
        let label: string;
        let special: HistogramRow['special'] = null;
        if (b.lower === null && b.upper !== null) {
          label = `< ${edge(b.upper, h.type, zone)} (below baseline)`;
          special = 'below';
        } else if (b.upper === null && b.lower !== null) {
          label = `≥ ${edge(b.lower, h.type, zone)} (above baseline)`;
          special = 'above';
        } else if (b.lower !== null && b.upper !== null) {
          label =
            h.binning.kind === 'constant'
              ? edge(b.lower, h.type, zone)
              : `${edge(b.lower, h.type, zone)} – ${edge(b.upper, h.type, zone)}`;
        } else {
          label = 'all values';
        }
        return {
          label,
          baseline: pct(b.baseline, bn),
          incident: pct(b.incident, inc),
          baselineCount: b.baseline,
          incidentCount: b.incident,
          special,
        };
      });
  }
  const rows: HistogramRow[] = h.categories.map((c) => ({
    label: c.unseenInBaseline ? `${c.value} (new)` : c.value,
    baseline: pct(c.baseline, bn),
    incident: pct(c.incident, inc),
    baselineCount: c.baseline,
    incidentCount: c.incident,
    special: c.unseenInBaseline ? 'unseen' : null,
  }));
  if (h.other.baseline + h.other.incident > 0) {
    rows.push({
      label: `other (${formatCount(h.other.categories)} categories)`,
      baseline: pct(h.other.baseline, bn),
      incident: pct(h.other.incident, inc),
      baselineCount: h.other.baseline,
      incidentCount: h.other.incident,
      special: 'other',
    });
  }
  return rows;
}

/** What the chart's caption must say about the bins: the report's words, so both read alike. */
export { binningNote } from '../../../../../shared/report/charts/data';
