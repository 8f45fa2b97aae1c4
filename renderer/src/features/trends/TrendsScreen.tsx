import { useEffect, useState } from 'react';
import { rootCauseLayer } from '../../../../shared/domain';
import { trendsMarkdown } from '../../../../shared/trends/summary';
import type { Trends } from '../../../../shared/trends/types';
import { getApi } from '../../api';
import { today } from '../board/use-board';
import { ReviewOutcomesTable } from './ReviewOutcomesTable';
import { DetectChart, IncidentsChart, LayersChart } from './TrendCharts';

const hours = (minutes: number | null) =>
  minutes === null ? 'not known' : `${(minutes / 60).toFixed(1)} h`;

/** Saves text as a file through the browser (no network: a blob URL of this page). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the library teaches over time: incidents, causes by layer, detection, follow-through. */
export function TrendsScreen() {
  const [trends, setTrends] = useState<Trends | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getApi()
      ['library.trends']({ today: today() })
      .then(setTrends)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <main className="screen trends" id="main">
      <div className="library-head">
        <div>
          <h1>Trends</h1>
          <p className="muted">What the postmortems say together, over time.</p>
        </div>
        {trends ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              download(`postmortem-trends-${today()}.md`, trendsMarkdown(trends, today()))
            }
          >
            Download summary (Markdown)
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="error-text" role="alert">
          The trends could not be computed: {error}
        </p>
      ) : null}
      {trends === null && !error ? <p className="muted">Computing…</p> : null}
      {trends ? (
        <div className="trends-grid">
          <section aria-labelledby="trend-incidents">
            <h2 id="trend-incidents">Incidents over time</h2>
            <IncidentsChart trends={trends} />
          </section>
          <section aria-labelledby="trend-layers">
            <h2 id="trend-layers">Root causes by layer</h2>
            <LayersChart trends={trends} />
            <table className="trend-table" aria-label="Root causes by layer">
              <tbody>
                {trends.causesByLayer.map((l) => (
                  <tr key={l.layer}>
                    <th scope="row">{rootCauseLayer.labels[l.layer]}</th>
                    <td>{l.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="trend-detect">
            <h2 id="trend-detect">Time to detect</h2>
            <p>
              Median {hours(trends.detect.medianMinutes)}, 90th percentile{' '}
              {hours(trends.detect.p90Minutes)}, over {trends.detect.count} incidents with both a
              start and a detection instant.
            </p>
            <DetectChart trends={trends} />
          </section>
          <section aria-labelledby="trend-actions">
            <h2 id="trend-actions">Actions done on time</h2>
            <p className="trend-figure">
              {trends.actions.onTimeShare === null
                ? 'No action has reached its due date yet.'
                : `${Math.round(trends.actions.onTimeShare * 100)}% done by their due date`}
            </p>
            <dl className="trend-counts">
              <div>
                <dt>On time</dt>
                <dd>{trends.actions.onTime}</dd>
              </div>
              <div>
                <dt>Late</dt>
                <dd>{trends.actions.late}</dd>
              </div>
              <div>
                <dt>Overdue, not done</dt>
                <dd>{trends.actions.overdue}</dd>
              </div>
              <div>
                <dt>Due later</dt>
                <dd>{trends.actions.pending}</dd>
              </div>
              <div>
                <dt>Done, day not recorded</dt>
                <dd>{trends.actions.doneUndated}</dd>
              </div>
            </dl>
          </section>
          <ReviewOutcomesTable trends={trends} />
        </div>
      ) : null}
    </main>
  );
}
