import { useId, useState } from 'react';
import {
  isNumericType,
  type EvidenceInfo,
  type TimeSeriesAgg,
  type TimeSeriesInput,
} from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { seriesTitle } from '../charts/series-data';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { PinButton } from '../pin/PinButton';
import { useEvidenceStore, useZone, type WindowPair } from '../store';
import { useAsync } from '../use-async';

const AGG_LABELS: Record<TimeSeriesAgg, string> = {
  count: 'Rows per bucket',
  mean: 'Mean of a column',
  rate: 'Rate of a 0/1 or true/false column',
  quantiles: 'Distribution of a column (percentile bands)',
  categories: 'Rows per value of a column',
};

/** Starting chart: the prediction rate when the file has one, else the row count. */
function initialChoice(e: EvidenceInfo): { agg: TimeSeriesAgg; column: string } {
  const prediction = e.columns.find((c) => /^(prediction|predicted|label|is_fraud)$/i.test(c.name));
  if (prediction) return { agg: 'rate', column: prediction.name };
  return { agg: 'count', column: e.columns.find((c) => c.name !== e.timeColumn)?.name ?? '' };
}

interface Preset {
  label: string;
  agg: TimeSeriesAgg;
  column: string;
}

/** One-click views the diagnosis asks for, offered when the file has a column that fits. */
function presets(e: EvidenceInfo): Preset[] {
  const find = (re: RegExp, types: string[]) =>
    e.columns.find((c) => re.test(c.name) && types.includes(c.type))?.name;
  const out: Preset[] = [{ label: 'Rows over time', agg: 'count', column: '' }];
  const prediction = find(/^(prediction|predicted|label|is_fraud|flagged)$/i, [
    'boolean',
    'integer',
  ]);
  if (prediction) out.push({ label: 'Prediction rate', agg: 'rate', column: prediction });
  const confidence = find(/(confidence|score|probability|proba)/i, ['real']);
  if (confidence)
    out.push({ label: 'Confidence distribution', agg: 'quantiles', column: confidence });
  const version = find(/version/i, ['category', 'text', 'integer']);
  if (version) out.push({ label: 'Model versions', agg: 'categories', column: version });
  return out;
}

function fits(agg: TimeSeriesAgg, type: string): boolean {
  if (agg === 'mean' || agg === 'quantiles') return type === 'integer' || type === 'real';
  if (agg === 'rate') return type === 'boolean' || type === 'integer';
  if (agg === 'categories') return !isNumericType(type as never) || type === 'integer';
  return true;
}

export function TimeSeriesView({
  postmortemId,
  evidence,
  pair,
}: {
  postmortemId: string;
  evidence: EvidenceInfo;
  pair: WindowPair | null;
}) {
  const id = useId();
  const initial = initialChoice(evidence);
  const [agg, setAgg] = useState<TimeSeriesAgg>(initial.agg);
  const [column, setColumn] = useState(initial.column);
  const saveWindows = useEvidenceStore((s) => s.saveWindows);
  const zone = useZone(postmortemId);
  const usable = evidence.columns.filter(
    (c) => c.name !== evidence.timeColumn && fits(agg, c.type),
  );
  const chosen = usable.find((c) => c.name === column)?.name ?? usable[0]?.name;

  const query: TimeSeriesInput | null = !evidence.timeColumn
    ? null
    : agg === 'count'
      ? { evidenceId: evidence.id, agg }
      : chosen
        ? { evidenceId: evidence.id, agg, column: chosen }
        : null;
  const series = useAsync(
    query ? JSON.stringify(query) : null,
    () => evidenceApi()['evidence.timeSeries'](query!),
    'series',
  );

  if (!evidence.timeColumn) {
    return (
      <p className="ev-note">
        This file has no time column, so there is no time series. Compare windows by values or by
        files instead.
      </p>
    );
  }

  function applyRange(which: 'baseline' | 'incident', start: string, end: string) {
    const column = evidence.timeColumn!;
    const window = { kind: 'time' as const, column, start, end };
    const other = which === 'baseline' ? pair?.incident : pair?.baseline;
    const keep = other?.kind === 'time' ? other : window;
    void saveWindows(evidence, {
      baseline: which === 'baseline' ? window : keep,
      incident: which === 'incident' ? window : keep,
    });
  }

  return (
    <section className="ev-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{series.value ? seriesTitle(series.value) : 'Over time'}</h3>
      <div className="ev-row" role="group" aria-label="Quick views">
        {presets(evidence).map((p) => (
          <button
            key={p.label}
            type="button"
            className="button small"
            aria-pressed={agg === p.agg && (p.agg === 'count' || chosen === p.column)}
            onClick={() => {
              setAgg(p.agg);
              if (p.column) setColumn(p.column);
            }}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="ev-row ev-controls">
        <div className="field">
          <label htmlFor={`${id}-agg`}>Show</label>
          <select
            id={`${id}-agg`}
            value={agg}
            onChange={(e) => setAgg(e.target.value as TimeSeriesAgg)}
          >
            {(Object.keys(AGG_LABELS) as TimeSeriesAgg[]).map((a) => (
              <option key={a} value={a}>
                {AGG_LABELS[a]}
              </option>
            ))}
          </select>
        </div>
        {agg !== 'count' && (
          <div className="field">
            <label htmlFor={`${id}-col`}>Column</label>
            <select
              id={`${id}-col`}
              value={chosen ?? ''}
              onChange={(e) => setColumn(e.target.value)}
            >
              {usable.map((c) => (
                <option key={c.name}>{c.name}</option>
              ))}
            </select>
          </div>
        )}
        <PinButton
          postmortemId={postmortemId}
          spec={query ? { kind: 'time-series', query } : null}
          what="time series"
          defaultCaption={series.value ? seriesTitle(series.value) : ''}
        />
      </div>
      {series.error && <p className="field-error">{series.error}</p>}
      {!query && <p className="ev-note">No column of this file suits this view.</p>}
      {series.loading && !series.value && <p className="muted">Computing…</p>}
      {series.value && (
        <TimeSeriesChart series={series.value} windows={pair} onUseRange={applyRange} zone={zone} />
      )}
    </section>
  );
}
