import { actionArea, rootCauseLayer } from '../domain';
import type { Trends } from './types';

const hours = (minutes: number | null) =>
  minutes === null
    ? 'not known'
    : minutes < 120
      ? `${Math.round(minutes)} min`
      : `${(minutes / 60).toFixed(1)} h`;

const pct = (share: number | null) =>
  share === null ? 'not known' : `${Math.round(share * 100)}%`;

/** Text for a Markdown table cell: pipes and line breaks would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/**
 * The trends as a Markdown summary to share (GFM tables): what the trends screen shows, in
 * numbers. `generatedOn` is the day it was made (YYYY-MM-DD).
 */
export function trendsMarkdown(trends: Trends, generatedOn: string): string {
  const a = trends.actions;
  const lines = [
    '# Postmortem trends',
    '',
    `${trends.postmortems} postmortems, summarised on ${generatedOn}.`,
    '',
    '## Incidents over time',
    '',
    '| Month | Incidents |',
    '| --- | ---: |',
    ...trends.incidents.map((m) => `| ${m.month} | ${m.count} |`),
    '',
    '## Root causes by layer',
    '',
    '| Layer | Root causes |',
    '| --- | ---: |',
    ...trends.causesByLayer.map((l) => `| ${cell(rootCauseLayer.labels[l.layer])} | ${l.count} |`),
    '',
    '## Time to detect',
    '',
    `Detected minus started, over ${trends.detect.count} incidents with both instants: median ` +
      `${hours(trends.detect.medianMinutes)}, 90th percentile ${hours(trends.detect.p90Minutes)}.`,
    '',
    '| Month | Median | Incidents |',
    '| --- | ---: | ---: |',
    ...trends.timeToDetect.map((m) => `| ${m.month} | ${hours(m.medianMinutes)} | ${m.count} |`),
    '',
    '## Actions done on time',
    '',
    `${pct(a.onTimeShare)} of the actions whose due date has come were done by it ` +
      `(${a.onTime} on time, ${a.late} late, ${a.overdue} overdue and not done). ` +
      `${a.pending} more are due later; ${a.doneUndated} were done on a day not recorded.`,
    '',
    '## Did the actions work?',
    '',
    'The last follow-up review of each reviewed action (for detection: did the new alert fire?).',
    '',
    '| Area | Worked | Did not work | Not yet known |',
    '| --- | ---: | ---: | ---: |',
    ...trends.reviewOutcomes.map(
      (r) => `| ${cell(actionArea.labels[r.area])} | ${r.yes} | ${r.no} | ${r.unknown} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
