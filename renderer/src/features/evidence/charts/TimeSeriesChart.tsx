import { memo, useMemo, useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Label,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { bucketWidthNote, type TimeSeries } from '../../../../../shared/evidence';
import { formatCount, formatInstant, formatMeasure } from '../format';
import type { WindowPair } from '../store';
import { snapToBucket, type BrushRange } from './brush-steps';
import { seriesPoints, timeTick, topCategories, yAxisLabel } from './series-data';
import { TimeBrush } from './TimeBrush';

const DASHES = ['0', '6 3', '2 3', '10 4 2 4', '1 5', '14 4'];

interface Props {
  series: TimeSeries;
  /** Time windows on this series' time column are shaded and named. */
  windows?: WindowPair | null;
  /** When given, the chart offers a brush and buttons to turn the brushed range into a window. */
  onUseRange?(which: 'baseline' | 'incident', start: string, end: string): void;
  height?: number;
  /** The postmortem's zone: ticks, tooltips and the brush's times are on its clock. */
  zone?: string;
}

/** The plot area's distance from the chart's edges (margins, and the y axis on the left). */
const PLOT_INSET = { left: 16 + 64, right: 16 };

/**
 * Memoised: the view around it renders again when a new view is asked for, and drawing the old
 * series again then would delay the question by a chart's render.
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({
  series: s,
  windows,
  onUseRange,
  height = 300,
  zone = 'UTC',
}: Props) {
  const data = useMemo(() => seriesPoints(s), [s]);
  const first = data[0]?.t ?? 0;
  // The last bucket's own end: on the postmortem's clock a bucket may be an hour short or long.
  const lastBucket = s.buckets[s.buckets.length - 1];
  const last = lastBucket ? Date.parse(lastBucket.end) : s.bucketMs;
  const span = last - first;
  const widthNote = useMemo(() => bucketWidthNote(s, s.timeZone), [s]);
  const cats = s.agg === 'categories' ? topCategories(s) : [];
  const areas = windowAreas(windows ?? null, s.timeColumn, first, last);
  const domain = { min: first, max: last, bucketMs: s.bucketMs };
  const [picked, setRange] = useState<BrushRange | null>(null);
  const range = picked ?? initialRange(windows ?? null, s.timeColumn, domain);

  if (data.length === 0) return <p className="ev-note">No rows with a time in this range.</p>;

  const brushed = {
    start: new Date(range.from).toISOString(),
    end: new Date(range.to).toISOString(),
  };

  return (
    <figure className="ev-chart">
      <SeriesLegend agg={s.agg} cats={cats} />
      <div
        role="img"
        aria-label={`${yAxisLabel(s)} over time, ${formatCount(data.length)} buckets of ${s.bucketLabel}, from ${formatInstant(first, zone)} to ${formatInstant(last, zone)}.`}
      >
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" className="ev-grid-lines" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[first, last]}
              tickFormatter={(v: number) => timeTick(v, span, zone)}
              tick={{ fontSize: 12 }}
              height={54}
            >
              <Label
                value={`Time (${zone}), buckets of ${s.bucketLabel}`}
                position="insideBottom"
                offset={0}
                className="ev-axis-label"
              />
            </XAxis>
            <YAxis
              tick={{ fontSize: 12 }}
              width={64}
              tickFormatter={(v: number) => formatMeasure(v)}
            >
              <Label
                value={yAxisLabel(s)}
                angle={-90}
                position="insideLeft"
                style={{ textAnchor: 'middle' }}
                className="ev-axis-label"
              />
            </YAxis>
            {areas.map((a) => (
              <ReferenceArea
                key={a.name}
                x1={a.x1}
                x2={a.x2}
                className={`ev-area-${a.name}`}
                fillOpacity={a.name === 'baseline' ? 0.12 : 0.22}
                strokeDasharray={a.name === 'baseline' ? undefined : '4 3'}
                ifOverflow="hidden"
              >
                <Label
                  value={a.name === 'baseline' ? 'Baseline' : 'Incident'}
                  position="insideTopLeft"
                  className="ev-area-label"
                />
              </ReferenceArea>
            ))}
            {s.agg === 'count' && (
              <Line
                dataKey="count"
                name="Rows"
                type="stepAfter"
                dot={false}
                className="ev-line-main"
                isAnimationActive={false}
              />
            )}
            {(s.agg === 'mean' || s.agg === 'rate' || s.agg === 'missing') && (
              <Line
                dataKey="value"
                name={s.agg === 'rate' ? 'Rate (%)' : s.agg === 'missing' ? 'Missing (%)' : 'Mean'}
                type="linear"
                dot={false}
                connectNulls={false}
                className="ev-line-main"
                isAnimationActive={false}
              />
            )}
            {s.agg === 'quantiles' && (
              <>
                <Area
                  dataKey="band90"
                  name="5–95 %"
                  className="ev-band-outer"
                  isAnimationActive={false}
                />
                <Area
                  dataKey="band50"
                  name="25–75 %"
                  className="ev-band-inner"
                  isAnimationActive={false}
                />
                <Line
                  dataKey="median"
                  name="Median"
                  dot={false}
                  className="ev-line-main"
                  isAnimationActive={false}
                />
              </>
            )}
            {cats.map((c, i) => (
              <Line
                key={c}
                dataKey={`cat:${c}`}
                name={c}
                dot={false}
                strokeDasharray={DASHES[i % DASHES.length]}
                className={`ev-line-cat ev-cat-${i}`}
                isAnimationActive={false}
              />
            ))}
            {onUseRange && (
              <ReferenceArea
                x1={range.from}
                x2={range.to}
                className="ev-area-brush"
                fillOpacity={0.12}
                ifOverflow="hidden"
              />
            )}
            <Tooltip
              labelFormatter={(v) => formatInstant(Number(v), zone)}
              formatter={(v) =>
                Array.isArray(v)
                  ? v.map((x) => formatMeasure(Number(x))).join(' – ')
                  : formatMeasure(Number(v))
              }
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {onUseRange && (
        <TimeBrush
          domain={domain}
          range={range}
          zone={zone}
          onChange={setRange}
          inset={PLOT_INSET}
        />
      )}
      {(s.missingTime > 0 || widthNote) && (
        <figcaption className="ev-chart-note">
          {s.missingTime > 0 &&
            `${formatCount(s.missingTime)} rows have no time and are not shown.`}
          {s.missingTime > 0 && widthNote ? ' ' : ''}
          {widthNote}
        </figcaption>
      )}
      {onUseRange && (
        <div className="ev-brush-actions">
          <span aria-live="polite">
            Brushed range: {formatInstant(brushed.start, zone)} to{' '}
            {formatInstant(brushed.end, zone)} (end excluded). Drag the handles or the range under
            the chart, or use the arrow keys on a handle.
          </span>
          <button
            type="button"
            className="button small"
            onClick={() => onUseRange('baseline', brushed.start, brushed.end)}
          >
            Use as baseline
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => onUseRange('incident', brushed.start, brushed.end)}
          >
            Use as incident
          </button>
        </div>
      )}
    </figure>
  );
});

/** The brush starts on the incident window when it is a time window of this series, else on its last quarter. */
function initialRange(
  pair: WindowPair | null,
  column: string,
  d: { min: number; max: number; bucketMs: number },
): BrushRange {
  const w = pair?.incident;
  if (w?.kind === 'time' && w.column === column) {
    const from = snapToBucket(Date.parse(w.start), d);
    const to = snapToBucket(Date.parse(w.end), d);
    if (to > from) return { from, to };
  }
  const buckets = Math.max(1, Math.round((d.max - d.min) / d.bucketMs));
  return { from: d.min + Math.floor((buckets * 3) / 4) * d.bucketMs, to: d.max };
}

function windowAreas(pair: WindowPair | null, column: string, min: number, max: number) {
  const out: { name: 'baseline' | 'incident'; x1: number; x2: number }[] = [];
  if (!pair) return out;
  for (const name of ['baseline', 'incident'] as const) {
    const w = pair[name];
    if (w.kind !== 'time' || w.column !== column) continue;
    const x1 = Math.max(min, Date.parse(w.start));
    const x2 = Math.min(max, Date.parse(w.end));
    if (x2 > x1) out.push({ name, x1, x2 });
  }
  return out;
}

function LineSwatch({ dash, className }: { dash?: string; className: string }) {
  return (
    <svg width="28" height="12" aria-hidden="true" focusable="false" className={className}>
      <line
        x1="1"
        y1="6"
        x2="27"
        y2="6"
        strokeWidth="3"
        strokeDasharray={dash}
        className="recharts-curve"
      />
    </svg>
  );
}

/** Named lines and bands, drawn with the same dash and class as in the chart. */
function SeriesLegend({ agg, cats }: { agg: TimeSeries['agg']; cats: string[] }) {
  if (agg === 'quantiles') {
    return (
      <ul className="ev-legend" aria-label="Legend">
        <li>
          <LineSwatch className="ev-line-main" /> Median
        </li>
        <li>
          <span className="ev-band-key ev-band-key-inner" aria-hidden="true" /> 25–75 % of values
          (dark band)
        </li>
        <li>
          <span className="ev-band-key ev-band-key-outer" aria-hidden="true" /> 5–95 % of values
          (light band)
        </li>
      </ul>
    );
  }
  if (cats.length === 0) return null;
  return (
    <ul className="ev-legend" aria-label="Legend">
      {cats.map((c, i) => (
        <li key={c}>
          <LineSwatch dash={DASHES[i % DASHES.length]} className={`ev-line-cat ev-cat-${i}`} /> {c}
        </li>
      ))}
    </ul>
  );
}
