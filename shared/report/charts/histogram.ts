import type { EvidenceHistogram } from '../../evidence';
import { formatCount } from '../format';
import { histogramRows } from './data';
import {
  chartRoot,
  clip,
  COLOURS,
  legend,
  niceTicks,
  PLOT,
  scale,
  text,
  xAxisTitle,
  yAxis,
} from './frame';
import { el, type SvgElement } from './svg';

const HATCH = 'hatch-incident';

/**
 * Baseline and incident side by side per bin, as shares of each window's values (the window's
 * overlaid bars, drawn as pairs so print needs no transparency). Incident bars are hatched.
 */
export function histogramChart(
  h: EvidenceHistogram,
  labels: {
    baseline: string;
    incident: string;
    label: (text: string) => string;
    /** The postmortem's zone: bins of a date/time column are on its clock. */
    timeZone: string;
  },
): SvgElement {
  const rows = histogramRows(h, labels.timeZone);
  const max = Math.max(1, ...rows.flatMap((r) => [r.baseline, r.incident]));
  const ticks = niceTicks(0, max);
  const top = ticks[ticks.length - 1] ?? max;
  const y = scale(0, top, PLOT.y0, PLOT.y1);
  const band = (PLOT.x1 - PLOT.x0) / Math.max(1, rows.length);
  const bar = Math.max(1, Math.min(28, band * 0.38));
  const rotate = rows.length > 6 || rows.some((r) => r.label.length > 12);
  const bars: SvgElement[] = [];
  rows.forEach((r, i) => {
    const cx = PLOT.x0 + band * i + band / 2;
    bars.push(
      el('rect', {
        x: cx - bar,
        y: y(r.baseline),
        width: bar,
        height: Math.max(0, PLOT.y0 - y(r.baseline)),
        fill: COLOURS.baseline,
      }),
      el('rect', {
        x: cx,
        y: y(r.incident),
        width: bar,
        height: Math.max(0, PLOT.y0 - y(r.incident)),
        fill: `url(#${HATCH})`,
        stroke: COLOURS.incident,
        'stroke-width': 0.8,
      }),
    );
    const label = clip(labels.label(r.label), rotate ? 20 : 16);
    bars.push(
      rotate
        ? text(cx, PLOT.y0 + 12, label, {
            'text-anchor': 'end',
            'font-size': 9,
            transform: `rotate(-35 ${cx} ${PLOT.y0 + 12})`,
          })
        : text(cx, PLOT.y0 + 16, label, { 'text-anchor': 'middle', 'font-size': 10 }),
    );
  });
  const column = labels.label(h.column);
  const title = `Histogram of ${column}: baseline and incident windows`;
  const description = rows
    .map(
      (r) =>
        `${labels.label(r.label)}: baseline ${r.baseline.toFixed(1)} % (${formatCount(r.baselineCount)}), incident ${r.incident.toFixed(1)} % (${formatCount(r.incidentCount)})`,
    )
    .join('; ');
  return chartRoot(
    title,
    description,
    el(
      'defs',
      {},
      el(
        'pattern',
        {
          id: HATCH,
          width: 6,
          height: 6,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        el('rect', { x: 0, y: 0, width: 6, height: 6, fill: '#f6d9c2' }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLOURS.incident, 'stroke-width': 2.2 }),
      ),
    ),
    legend([
      {
        label: `Baseline (${formatCount(h.baseline.values)} values)`,
        colour: COLOURS.baseline,
        swatch: { kind: 'box', fill: COLOURS.baseline },
      },
      {
        label: `Incident (${formatCount(h.incident.values)} values)`,
        colour: COLOURS.incident,
        swatch: { kind: 'box', fill: `url(#${HATCH})` },
      },
    ]),
    yAxis(ticks, y, 'Share of the window’s values (%)'),
    el('g', { class: 'bars' }, ...bars),
    el('line', { x1: PLOT.x0, x2: PLOT.x1, y1: PLOT.y0, y2: PLOT.y0, stroke: COLOURS.axis }),
    xAxisTitle(
      h.kind === 'numeric' ? `${column} (bins fitted on the baseline)` : `${column} (categories)`,
    ),
  );
}
