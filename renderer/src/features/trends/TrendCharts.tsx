import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { rootCauseLayer } from '../../../../shared/domain';
import type { Trends } from '../../../../shared/trends/types';

const HEIGHT = 220;

/** A chart with its numbers said in words for screen readers (the table below shows them too). */
function Figure({ label, children }: { label: string; children: React.ReactElement }) {
  return (
    <div role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export function IncidentsChart({ trends }: { trends: Trends }) {
  const peak = trends.incidents.reduce((a, b) => (b.count > a.count ? b : a), {
    month: '',
    count: 0,
  });
  return (
    <Figure
      label={`Incidents per month, ${trends.incidents.length} months; the most, ${peak.count}, in ${peak.month || 'none'}.`}
    >
      <BarChart data={trends.incidents} margin={{ left: 0, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} width={36} />
        <Tooltip />
        <Bar dataKey="count" name="Incidents" fill="var(--accent)" isAnimationActive={false} />
      </BarChart>
    </Figure>
  );
}

export function LayersChart({ trends }: { trends: Trends }) {
  const data = trends.causesByLayer.map((l) => ({
    layer: rootCauseLayer.labels[l.layer],
    count: l.count,
  }));
  return (
    <Figure label={`Root causes by layer: ${data.map((d) => `${d.layer} ${d.count}`).join(', ')}.`}>
      <BarChart data={data} layout="vertical" margin={{ left: 24, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} fontSize={12} />
        <YAxis type="category" dataKey="layer" width={150} fontSize={12} />
        <Tooltip />
        <Bar dataKey="count" name="Root causes" fill="var(--accent)" isAnimationActive={false} />
      </BarChart>
    </Figure>
  );
}

export function DetectChart({ trends }: { trends: Trends }) {
  const data = trends.timeToDetect.map((m) => ({
    month: m.month,
    hours: Number((m.medianMinutes / 60).toFixed(2)),
  }));
  return (
    <Figure
      label={`Median hours from start to detection per month, over ${trends.detect.count} incidents.`}
    >
      <LineChart data={data} margin={{ left: 0, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" fontSize={12} />
        <YAxis fontSize={12} width={36} unit=" h" />
        <Tooltip />
        <Line
          dataKey="hours"
          name="Median time to detect (h)"
          stroke="var(--accent)"
          isAnimationActive={false}
        />
      </LineChart>
    </Figure>
  );
}
