import {
  Bar,
  BarChart,
  CartesianGrid,
  Label,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { EvidenceHistogram } from '../../../../../shared/evidence';
import { formatCount } from '../format';
import { binningNote, histogramRows, type HistogramRow } from './histogram-data';
import { Swatch, useFillIds, WindowPatterns } from './patterns';

interface Props {
  histogram: EvidenceHistogram;
  /** Both windows are the same rows: draw one series named "All rows". */
  single?: boolean;
  height?: number;
  /** Size of the axes' text in px; the axes grow with it (the shared screen draws at 20). */
  fontSize?: number;
  /** The postmortem's zone, for bins of a date/time column. */
  zone?: string;
}

/** Baseline and incident distributions of one column overlaid, as shares of each window. */
export function HistogramChart({
  histogram: h,
  single = false,
  height: asked = 300,
  fontSize = 12,
  zone = 'UTC',
}: Props) {
  const k = fontSize / 12;
  const fills = useFillIds();
  const rows = histogramRows(h, zone);
  const bLabel = single ? 'All rows' : 'Baseline';
  const summary = single
    ? `Distribution of ${h.column} over ${formatCount(h.baseline.values)} values.`
    : `Distribution of ${h.column}: baseline (${formatCount(h.baseline.values)} values) against incident (${formatCount(h.incident.values)} values).`;
  const manyLabels = rows.length > 8;
  // Slanted bin labels take room from the plot; give it back so the bars keep their height.
  const height = manyLabels ? asked + 60 * k : asked;

  return (
    <figure className="ev-chart">
      <WindowPatterns ids={fills} />
      <ul className="ev-legend" aria-label="Legend">
        <li>
          <Swatch fill={fills.baseline} /> {bLabel} (solid) — {formatCount(h.baseline.values)}{' '}
          values
          {h.baseline.missing > 0 && `, ${formatCount(h.baseline.missing)} missing`}
        </li>
        {!single && (
          <li>
            <Swatch fill={fills.incident} dashed /> Incident (hatched) —{' '}
            {formatCount(h.incident.values)} values
            {h.incident.missing > 0 && `, ${formatCount(h.incident.missing)} missing`}
          </li>
        )}
      </ul>
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={rows}
            margin={{ top: 8, right: 16, bottom: (manyLabels ? 64 : 28) * k, left: 16 }}
            barGap={1}
          >
            <CartesianGrid strokeDasharray="3 3" className="ev-grid-lines" />
            <XAxis
              dataKey="label"
              interval={0}
              angle={manyLabels ? -35 : 0}
              textAnchor={manyLabels ? 'end' : 'middle'}
              height={(manyLabels ? 80 : 40) * k}
              tick={{ fontSize }}
            >
              <Label
                value={h.column}
                position="insideBottom"
                offset={(manyLabels ? -56 : -18) * k}
                className="ev-axis-label"
              />
            </XAxis>
            <YAxis
              tickFormatter={(v: number) => `${Math.round(v)}%`}
              tick={{ fontSize }}
              width={64 * k}
            >
              <Label
                value="Share of window (%)"
                angle={-90}
                position="insideLeft"
                offset={4}
                style={{ textAnchor: 'middle' }}
                className="ev-axis-label"
              />
            </YAxis>
            <Tooltip content={<HistogramTip single={single} />} />
            <Bar
              dataKey="baseline"
              name={bLabel}
              fill={`url(#${fills.baseline})`}
              className="ev-bar-baseline"
              isAnimationActive={false}
            />
            {!single && (
              <Bar
                dataKey="incident"
                name="Incident"
                fill={`url(#${fills.incident})`}
                className="ev-bar-incident"
                isAnimationActive={false}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="ev-chart-note">{binningNote(h)}</figcaption>
      <details className="ev-data-table">
        <summary>Show the numbers</summary>
        <HistogramTable rows={rows} single={single} column={h.column} />
      </details>
    </figure>
  );
}

function HistogramTip(props: {
  active?: boolean;
  payload?: { payload?: HistogramRow }[];
  single: boolean;
}) {
  const row = props.payload?.[0]?.payload;
  if (!props.active || !row) return null;
  return (
    <div className="ev-tooltip">
      <strong>{row.label}</strong>
      <div>
        {props.single ? 'All rows' : 'Baseline'}: {row.baseline.toFixed(1)} % (
        {formatCount(row.baselineCount)})
      </div>
      {!props.single && (
        <div>
          Incident: {row.incident.toFixed(1)} % ({formatCount(row.incidentCount)})
        </div>
      )}
    </div>
  );
}

function HistogramTable({
  rows,
  single,
  column,
}: {
  rows: HistogramRow[];
  single: boolean;
  column: string;
}) {
  return (
    <table className="ev-table">
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col">{single ? 'Rows' : 'Baseline'}</th>
          <th scope="col">Share</th>
          {!single && (
            <>
              <th scope="col">Incident</th>
              <th scope="col">Share</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{formatCount(r.baselineCount)}</td>
            <td>{r.baseline.toFixed(1)} %</td>
            {!single && (
              <>
                <td>{formatCount(r.incidentCount)}</td>
                <td>{r.incident.toFixed(1)} %</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
