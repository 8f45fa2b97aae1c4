import type { TimeSeries } from '../../evidence';
import { formatInZone, utcOffsetAt, zonedRange } from '../format';
import { offsetChanges, type OffsetChange } from '../zone-time';
import { bucketValue, seriesTitle, timeTick, topCategories, yAxisLabel } from './data';
import {
  chartRoot,
  COLOURS,
  legend,
  niceTicks,
  PLOT,
  scale,
  text,
  xAxisTitle,
  yAxis,
  type LegendEntry,
} from './frame';
import { el, num, type SvgElement } from './svg';

type Point = [number, number | null];

/** A path through the points, broken where a bucket has no value (never bridged). */
function linePath(points: Point[], x: (v: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  for (const [t, v] of points) {
    if (v === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${num(x(t))} ${num(y(v))}`;
    pen = true;
  }
  return d;
}

function bandPath(
  points: [number, number, number][],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  if (points.length === 0) return '';
  const upper = points.map(([t, , hi]) => `${num(x(t))} ${num(y(hi))}`);
  const lower = [...points].reverse().map(([t, lo]) => `${num(x(t))} ${num(y(lo))}`);
  return `M${upper.join('L')}L${lower.join('L')}Z`;
}

/**
 * The window's time series, drawn in the same units: rates in percent, time on the postmortem's
 * clock (`timeZone`), as the window's axis and the report's captions show it.
 */
export function timeSeriesChart(
  s: TimeSeries,
  label: (text: string) => string,
  timeZone: string,
): SvgElement {
  const times = s.buckets.map((b) => Date.parse(b.start));
  const t0 = times[0] ?? 0;
  const lastEnd = s.buckets.length > 0 ? Date.parse(s.buckets[s.buckets.length - 1]!.end) : t0;
  const t1 = Math.max(t0 + s.bucketMs, lastEnd);
  const x = scale(t0, t1, PLOT.x0, PLOT.x1);
  const values: number[] = [];
  const parts: SvgElement[] = [];
  const entries: LegendEntry[] = [];
  if (s.agg === 'categories') {
    const names = topCategories(s);
    names.forEach((name) => {
      for (const b of s.buckets) values.push(b.categories?.[name] ?? 0);
    });
    const ticks = niceTicks(0, Math.max(1, ...values));
    const y = scale(0, ticks[ticks.length - 1] ?? 1, PLOT.y0, PLOT.y1);
    parts.push(yAxis(ticks, y, yAxisLabel(s)));
    names.forEach((name, i) => {
      const colour = COLOURS.lines[i % COLOURS.lines.length] ?? COLOURS.axis;
      const dash = COLOURS.dashes[i % COLOURS.dashes.length] ?? '';
      const points: Point[] = s.buckets.map((b, k) => [times[k] ?? 0, b.categories?.[name] ?? 0]);
      parts.push(
        el('path', {
          d: linePath(points, x, y),
          fill: 'none',
          stroke: colour,
          'stroke-width': 1.8,
          'stroke-dasharray': dash || undefined,
        }),
      );
      entries.push({ label: label(name), colour, swatch: { kind: 'line', dash } });
    });
  } else if (s.agg === 'quantiles') {
    const qs = s.buckets.map((b, k) => ({ t: times[k] ?? 0, q: b.quantiles ?? null }));
    for (const { q } of qs) if (q) values.push(q.p05, q.p95);
    const lo = values.length ? Math.min(...values) : 0;
    const hi = values.length ? Math.max(...values) : 1;
    const ticks = niceTicks(lo, hi);
    const y = scale(ticks[0] ?? lo, ticks[ticks.length - 1] ?? hi, PLOT.y0, PLOT.y1);
    parts.push(yAxis(ticks, y, label(yAxisLabel(s))));
    const present = qs.filter((p) => p.q !== null) as {
      t: number;
      q: NonNullable<(typeof qs)[number]['q']>;
    }[];
    parts.push(
      el('path', {
        d: bandPath(
          present.map((p) => [p.t, p.q.p05, p.q.p95]),
          x,
          y,
        ),
        fill: '#dbe6f2',
      }),
      el('path', {
        d: bandPath(
          present.map((p) => [p.t, p.q.p25, p.q.p75]),
          x,
          y,
        ),
        fill: '#a9c2de',
      }),
      el('path', {
        d: linePath(
          qs.map((p) => [p.t, p.q ? p.q.median : null]),
          x,
          y,
        ),
        fill: 'none',
        stroke: COLOURS.baseline,
        'stroke-width': 2,
      }),
    );
    entries.push(
      { label: 'Median', colour: COLOURS.baseline, swatch: { kind: 'line', dash: '' } },
      { label: '25–75 %', colour: '#a9c2de', swatch: { kind: 'box', fill: '#a9c2de' } },
      { label: '5–95 %', colour: '#dbe6f2', swatch: { kind: 'box', fill: '#dbe6f2' } },
    );
  } else {
    const points: Point[] = s.buckets.map((b, k) => [
      times[k] ?? 0,
      s.agg === 'count' ? b.count : bucketValue(s, b.value),
    ]);
    for (const [, v] of points) if (v !== null) values.push(v);
    const lo = s.agg === 'mean' && values.length ? Math.min(0, ...values) : 0;
    const ticks = niceTicks(
      lo,
      Math.max(s.agg === 'rate' || s.agg === 'missing' ? 1 : 0, ...values, lo + 1),
    );
    const y = scale(ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1, PLOT.y0, PLOT.y1);
    parts.push(yAxis(ticks, y, label(yAxisLabel(s))));
    parts.push(
      el('path', {
        d: linePath(points, x, y),
        fill: 'none',
        stroke: COLOURS.baseline,
        'stroke-width': 2,
      }),
    );
  }
  const span = t1 - t0;
  const tickCount = 6;
  const timeTicks = Array.from({ length: tickCount + 1 }, (_, i) => t0 + (span * i) / tickCount);
  const axis = el(
    'g',
    { class: 'axis axis-x' },
    el('line', { x1: PLOT.x0, x2: PLOT.x1, y1: PLOT.y0, y2: PLOT.y0, stroke: COLOURS.axis }),
    ...timeTicks.map((t) =>
      el(
        'g',
        {},
        el('line', { x1: x(t), x2: x(t), y1: PLOT.y0, y2: PLOT.y0 + 4, stroke: COLOURS.axis }),
        text(x(t), PLOT.y0 + 17, timeTick(t, span, timeZone), {
          'text-anchor': 'middle',
          'font-size': 10,
        }),
      ),
    ),
  );
  const changes = s.buckets.length ? offsetChanges(t0, t1, timeZone) : [];
  const title = label(seriesTitle(s));
  const range = zonedRange(t0, t1, timeZone);
  const description =
    s.buckets.length === 0
      ? 'No rows in the range.'
      : `${s.buckets.length} buckets of ${s.bucketLabel} from ${range.start} to ${range.end} ${range.zone}.` +
        changes
          .map(
            (c) => ` Clocks change from ${c.from} to ${c.to} at ${formatInZone(c.at, timeZone)}.`,
          )
          .join('');
  return chartRoot(
    title,
    description,
    ...(entries.length ? [legend(entries)] : []),
    ...parts,
    ...changes.map((c) => clockChange(c, x)),
    axis,
    xAxisTitle(
      `Time in ${axisZone(t0, t1, timeZone, changes)}, ${label(s.timeColumn)}, buckets of ${s.bucketLabel}`,
    ),
  );
}

/** "Europe/Amsterdam (UTC+01:00)", or with the offsets the span goes through. */
function axisZone(t0: number, t1: number, timeZone: string, changes: OffsetChange[]): string {
  if (timeZone === 'UTC') return 'UTC';
  const offsets = [utcOffsetAt(t0, timeZone), ...changes.map((c) => c.to)];
  if (changes.length <= 2) return `${timeZone} (${offsets.join(', then ')})`;
  const distinct = [...new Set(offsets)];
  return `${timeZone} (${distinct.join(' or ')}; ${changes.length} clock changes marked)`;
}

/**
 * A dashed rule where the clocks change: without it, the ticks of a night when clocks go back
 * read 02:00 twice, and those of a night when they go forward skip an hour unexplained.
 */
function clockChange(c: OffsetChange, x: (v: number) => number): SvgElement {
  const at = x(c.at);
  // The words on the side with room for them.
  const right = at < (PLOT.x0 + PLOT.x1) / 2;
  return el(
    'g',
    { class: 'clock-change' },
    el('line', {
      x1: at,
      x2: at,
      y1: PLOT.y1,
      y2: PLOT.y0,
      stroke: COLOURS.axis,
      'stroke-dasharray': '3 3',
    }),
    text(right ? at + 3 : at - 3, PLOT.y1 + 10, `Clocks change: ${c.to}`, {
      'font-size': 9,
      'text-anchor': right ? 'start' : 'end',
    }),
  );
}
