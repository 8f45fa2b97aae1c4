import { useCallback, useEffect, useId, useState } from 'react';
import {
  isNumericType,
  type EvidenceColumnInfo,
  type EvidenceInfo,
  type TimeSeriesAgg,
  type TimeSeriesInput,
} from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { seriesTitle } from '../charts/series-data';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { PinButton } from '../pin/PinButton';
import { useEvidenceStore, useZone, type WindowPair } from '../store';
import { preload, useAsync } from '../use-async';

const AGG_LABELS: Record<TimeSeriesAgg, string> = {
  count: 'Rows per bucket',
  mean: 'Mean of a column',
  rate: 'Rate of a 0/1 or true/false column',
  quantiles: 'Distribution of a column (percentile bands)',
  categories: 'Rows per value of a column',
  missing: 'Missing share of a column',
};

const isBinary = (c: EvidenceColumnInfo) =>
  c.type === 'boolean' || (c.type === 'integer' && c.binary === true);

/** The model's 0/1 output, by role (a binary prediction first, then a binary label). */
function binaryOutput(e: EvidenceInfo): EvidenceColumnInfo | undefined {
  return (
    e.columns.find((c) => c.role === 'prediction' && isBinary(c)) ??
    e.columns.find((c) => c.role === 'label' && isBinary(c))
  );
}

/** Starting chart: the prediction rate when the file has one, else the row count. */
function initialChoice(e: EvidenceInfo): { agg: TimeSeriesAgg; column: string } {
  const output = binaryOutput(e);
  if (output) return { agg: 'rate', column: output.name };
  return { agg: 'count', column: e.columns.find((c) => c.name !== e.timeColumn)?.name ?? '' };
}

interface Preset {
  label: string;
  agg: TimeSeriesAgg;
  column: string;
}

/** One-click views the diagnosis asks for, offered when the file has a column that fits. */
function presets(e: EvidenceInfo): Preset[] {
  const out: Preset[] = [{ label: 'Rows over time', agg: 'count', column: '' }];
  const output = binaryOutput(e);
  if (output)
    out.push({
      label: `${output.role === 'label' ? 'Label' : 'Prediction'} rate`,
      agg: 'rate',
      column: output.name,
    });
  const score = e.columns.find((c) => c.role === 'prediction' && c.type === 'real');
  if (score)
    out.push({ label: `Distribution of ${score.name}`, agg: 'quantiles', column: score.name });
  const version = e.columns.find(
    (c) => /version/i.test(c.name) && ['category', 'text', 'integer'].includes(c.type),
  );
  if (version) out.push({ label: 'Model versions', agg: 'categories', column: version.name });
  const gappy = [...e.columns]
    .filter((c) => c.name !== e.timeColumn && c.missingCount > 0)
    .sort((a, b) => b.missingCount - a.missingCount)[0];
  if (gappy) out.push({ label: `Missing ${gappy.name}`, agg: 'missing', column: gappy.name });
  return out;
}

function fits(agg: TimeSeriesAgg, c: EvidenceColumnInfo): boolean {
  if (agg === 'mean' || agg === 'quantiles') return c.type === 'integer' || c.type === 'real';
  // Only columns whose every value is 0/1 (or true/false): a rate of anything else means nothing.
  if (agg === 'rate') return c.type === 'boolean' || (c.type === 'integer' && c.binary === true);
  if (agg === 'categories') return !isNumericType(c.type) || c.type === 'integer';
  return true;
}

/** The question for a view; one shape for the view and its preload, so they share the cache. */
function seriesQuery(
  evidence: EvidenceInfo,
  agg: TimeSeriesAgg,
  column: string | undefined,
): TimeSeriesInput | null {
  if (!evidence.timeColumn) return null;
  if (agg === 'count') return { evidenceId: evidence.id, agg };
  return column ? { evidenceId: evidence.id, agg, column } : null;
}

const loadSeries = (query: TimeSeriesInput) => () => evidenceApi()['evidence.timeSeries'](query);

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
  const usable = evidence.columns.filter((c) => c.name !== evidence.timeColumn && fits(agg, c));
  const chosen = usable.find((c) => c.name === column)?.name ?? usable[0]?.name;

  const query = seriesQuery(evidence, agg, chosen);
  const series = useAsync(query ? JSON.stringify(query) : null, loadSeries(query!), 'series');

  // The quick views' answers (a few ms each in the query worker) are fetched one after another
  // behind the view shown first (its effect runs first), so a quick view's click only draws.
  useEffect(() => {
    let live = true;
    void (async () => {
      for (const p of presets(evidence)) {
        const q = seriesQuery(evidence, p.agg, p.column);
        if (!live) return;
        if (q) await preload(JSON.stringify(q), loadSeries(q), 'series');
      }
    })();
    return () => {
      live = false;
    };
  }, [evidence]);

  const applyRange = useCallback(
    (which: 'baseline' | 'incident', start: string, end: string) => {
      const column = evidence.timeColumn!;
      const window = { kind: 'time' as const, column, start, end };
      const other = which === 'baseline' ? pair?.incident : pair?.baseline;
      const keep = other?.kind === 'time' ? other : window;
      void saveWindows(evidence, {
        baseline: which === 'baseline' ? window : keep,
        incident: which === 'incident' ? window : keep,
      });
    },
    [evidence, pair, saveWindows],
  );

  if (!evidence.timeColumn) {
    return (
      <p className="ev-note">
        This file has no time column, so there is no time series. Compare windows by values or by
        files instead.
      </p>
    );
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
