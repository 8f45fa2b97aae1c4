import type { PinSpec } from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { HistogramChart } from '../charts/HistogramChart';
import { seriesTitle } from '../charts/series-data';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { DriftTableView } from '../drift/DriftTableView';
import { QualityFindings } from '../drift/QualityFindings';
import { useAsync } from '../use-async';
import { windowLabel } from '../compare/windows';
import { useEvidenceStore, useZone } from '../store';

/** Recomputes a pinned chart or table from its spec; nothing of the picture is stored. */
export function PinView({
  spec,
  postmortemId,
  height = 260,
}: {
  spec: PinSpec;
  postmortemId: string;
  height?: number;
}) {
  const key = JSON.stringify(spec);
  const files = useEvidenceStore((s) => s.files[postmortemId]?.value) ?? [];
  const zone = useZone(postmortemId);
  const result = useAsync<unknown>(
    key,
    () => {
      const api = evidenceApi();
      switch (spec.kind) {
        case 'histogram':
          return api['evidence.histogram'](spec.query);
        case 'time-series':
          return api['evidence.timeSeries'](spec.query);
        case 'drift-table':
          return api['evidence.drift'](spec.query);
      }
    },
    'pin',
  );

  if (result.error) {
    return <p className="field-error">This pin could not be computed: {result.error}</p>;
  }
  if (!result.value) return <p className="muted">Computing…</p>;

  const windows =
    spec.kind === 'time-series' ? null : (
      <p className="ev-note">
        Baseline: {windowLabel(spec.query.baseline, files, zone)}. Incident:{' '}
        {windowLabel(spec.query.incident, files, zone)}.
      </p>
    );
  switch (spec.kind) {
    case 'histogram': {
      const h = result.value as Awaited<
        ReturnType<ReturnType<typeof evidenceApi>['evidence.histogram']>
      >;
      return (
        <>
          <h5 className="ev-pin-title">Distribution of {h.column}</h5>
          {windows}
          <HistogramChart histogram={h} height={height} zone={zone} />
        </>
      );
    }
    case 'time-series': {
      const s = result.value as Awaited<
        ReturnType<ReturnType<typeof evidenceApi>['evidence.timeSeries']>
      >;
      return (
        <>
          <h5 className="ev-pin-title">{seriesTitle(s)}</h5>
          <TimeSeriesChart series={s} height={height} zone={zone} />
        </>
      );
    }
    case 'drift-table': {
      const t = result.value as Awaited<
        ReturnType<ReturnType<typeof evidenceApi>['evidence.drift']>
      >;
      return (
        <>
          <h5 className="ev-pin-title">Drift per column</h5>
          {windows}
          <DriftTableView table={t} compact />
          <QualityFindings rows={t.columns} />
        </>
      );
    }
  }
}
