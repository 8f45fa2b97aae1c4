import { describe, expect, it } from 'vitest';
import type { NumericHistogram, Pin, PinSpec, TimeSeries } from '../../../../shared/evidence';
import { buildReport, reportSource, type Figure } from '../../../../shared/report';
import { svgText, svgToString } from '../../../../shared/report/charts/svg';
import { reportMarkdown } from '../../../../shared/report/markdown';
import type { PinResult } from '../../../../shared/report/source';
import { OPTIONS, samplePostmortem } from './fixtures';

const HOUR = 3_600_000;
const EVIDENCE = 'ev-1';

function pin(id: string, spec: PinSpec): Pin {
  return {
    id,
    postmortemId: 'pm-1',
    target: { kind: 'diagnosis', answerId: samplePostmortem().diagnosis[0]!.id },
    spec,
    caption: '',
    position: 0,
    createdAt: '2026-03-12T09:00:00.000Z',
  };
}

function series(startIso: string, hours: number): TimeSeries {
  const t0 = Date.parse(startIso);
  return {
    timeColumn: 'ts',
    column: null,
    agg: 'count',
    bucketMs: HOUR,
    bucketLabel: '1 h',
    timeZone: 'Europe/Amsterdam',
    buckets: Array.from({ length: hours }, (_, i) => ({
      start: new Date(t0 + i * HOUR).toISOString(),
      end: new Date(t0 + (i + 1) * HOUR).toISOString(),
      count: 10 + i,
      value: null,
    })),
    missingTime: 0,
  };
}

const size = (values: number) => ({ rows: values, values, missing: 0, unparsed: 0 });

/** A histogram of a date/time column: its bins are instants. */
function instantHistogram(): NumericHistogram {
  const edge = (h: number) => Date.UTC(2026, 2, 12, h);
  return {
    kind: 'numeric',
    column: 'approved_at',
    type: 'instant',
    bins: [
      { lower: edge(0), upper: edge(1), baseline: 5, incident: 1 },
      { lower: edge(1), upper: edge(2), baseline: 5, incident: 9 },
    ],
    binning: { kind: 'equal-width', innerBinCount: 2, edges: [edge(0), edge(1), edge(2)] },
    baseline: size(10),
    incident: size(10),
  };
}

const timeWindow = (start: string, end: string) => ({
  kind: 'time' as const,
  column: 'ts',
  start,
  end,
});

/** A report of the sample postmortem in `timeZone` with these pins computed as given. */
function figures(timeZone: string, pins: { spec: PinSpec; value: PinResult }[]): Figure[] {
  const pm = { ...samplePostmortem(), summary: { ...samplePostmortem().summary, timeZone } };
  const source = reportSource(pm, {
    meeting: null,
    pins: pins.map((p, i) => ({
      pin: pin(`pin-${i}`, p.spec),
      outcome: { ok: true, value: p.value },
    })),
    evidenceFiles: { [EVIDENCE]: 'predictions.csv' },
    reviews: {},
  });
  const model = buildReport(source, OPTIONS);
  const diagnosis = model.sections.find((s) => s.id === 'diagnosis')?.blocks ?? [];
  const all = (blocks: typeof diagnosis): Figure[] =>
    blocks.flatMap((b) =>
      b.kind === 'figure' ? [b] : b.kind === 'subsection' ? all(b.blocks) : [],
    );
  return all(diagnosis);
}

/** The tick labels under a time axis, left to right. */
function timeTicks(f: Figure): string[] {
  const svg = svgToString(f.chart!);
  const axis = svg.slice(svg.indexOf('class="axis axis-x"'));
  return [...axis.matchAll(/font-size="10"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!);
}

describe('the figures of the report are on the postmortem clock', () => {
  it('words the windows of a histogram in the zone page 1 uses, naming it once', () => {
    const [f] = figures('Europe/Amsterdam', [
      {
        spec: {
          kind: 'histogram',
          query: {
            evidenceId: EVIDENCE,
            column: 'amount',
            baseline: timeWindow('2026-03-11T00:00:00.000Z', '2026-03-12T00:00:00.000Z'),
            incident: timeWindow('2026-03-12T02:00:00.000Z', '2026-03-12T05:00:00.000Z'),
          },
        },
        value: {
          kind: 'histogram',
          result: {
            ...instantHistogram(),
            column: 'amount',
            type: 'real',
            bins: [{ lower: 1, upper: 2, baseline: 10, incident: 10 }],
            binning: { kind: 'equal-width', innerBinCount: 1, edges: [1, 2] },
          },
        },
      },
    ]);
    expect(f?.caption).toContain(
      'Baseline: ts in [2026-03-11 01:00, 2026-03-12 01:00) Europe/Amsterdam (UTC+01:00) (10 values);' +
        ' incident: ts in [2026-03-12 03:00, 2026-03-12 06:00) Europe/Amsterdam (UTC+01:00) (10 values).',
    );
    expect(f?.caption).not.toContain('UTC ');
  });

  it('draws a series across the night clocks go forward on Amsterdam time, the change marked', () => {
    // 00:00 CET on 29 March to 07:00 CEST: six hours, the clock skips 02:00.
    const [f] = figures('Europe/Amsterdam', [
      {
        spec: {
          kind: 'time-series',
          query: {
            evidenceId: EVIDENCE,
            agg: 'count',
            start: '2026-03-28T23:00:00.000Z',
            end: '2026-03-29T05:00:00.000Z',
          },
        },
        value: { kind: 'time-series', result: series('2026-03-28T23:00:00.000Z', 6) },
      },
    ]);
    expect(f?.caption).toBe(
      'Rows per 1 h bucket, in predictions.csv, from 2026-03-29 00:00 (UTC+01:00) to' +
        ' 2026-03-29 07:00 (UTC+02:00) Europe/Amsterdam (time column ts).',
    );
    expect(timeTicks(f!)).toEqual(['00:00', '01:00', '03:00', '04:00', '05:00', '06:00', '07:00']);
    const words = svgText(f!.chart!);
    expect(words).toContain(
      'Time in Europe/Amsterdam (UTC+01:00, then UTC+02:00), ts, buckets of 1 h',
    );
    expect(words).toContain('Clocks change: UTC+02:00');
    expect(words).toContain(
      '6 buckets of 1 h from 2026-03-29 00:00 (UTC+01:00) to 2026-03-29 07:00 (UTC+02:00) Europe/Amsterdam.' +
        ' Clocks change from UTC+01:00 to UTC+02:00 at 2026-03-29 03:00 Europe/Amsterdam (UTC+02:00).',
    );
  });

  it('shows the hour clocks go back twice, told apart by the marked change', () => {
    // 01:00 CEST on 25 October to 06:00 CET: 02:00 comes twice.
    const [f] = figures('Europe/Amsterdam', [
      {
        spec: { kind: 'time-series', query: { evidenceId: EVIDENCE, agg: 'count' } },
        value: { kind: 'time-series', result: series('2026-10-24T23:00:00.000Z', 6) },
      },
    ]);
    expect(f?.caption).toBe(
      'Rows per 1 h bucket, in predictions.csv, over the whole file (time column ts).',
    );
    expect(timeTicks(f!)).toEqual(['01:00', '02:00', '02:00', '03:00', '04:00', '05:00', '06:00']);
    expect(svgText(f!.chart!)).toContain(
      'Time in Europe/Amsterdam (UTC+02:00, then UTC+01:00), ts, buckets of 1 h',
    );
    expect(svgToString(f!.chart!)).toContain('class="clock-change"');
  });

  it('puts the ticks of a half-hour zone on its half hours, with no change to mark', () => {
    const [f] = figures('Asia/Kolkata', [
      {
        spec: {
          kind: 'time-series',
          query: { evidenceId: EVIDENCE, agg: 'count', start: '2026-03-12T02:00:00.000Z' },
        },
        value: { kind: 'time-series', result: series('2026-03-12T02:00:00.000Z', 3) },
      },
    ]);
    expect(f?.caption).toBe(
      'Rows per 1 h bucket, in predictions.csv, from 2026-03-12 07:30 Asia/Kolkata (UTC+05:30)' +
        ' to the last row (time column ts).',
    );
    expect(timeTicks(f!)).toEqual(['07:30', '08:00', '08:30', '09:00', '09:30', '10:00', '10:30']);
    expect(svgText(f!.chart!)).toContain('Time in Asia/Kolkata (UTC+05:30), ts, buckets of 1 h');
    expect(svgToString(f!.chart!)).not.toContain('clock-change');
  });

  it('names the bins of a date/time column on the postmortem clock, in the table and the chart', () => {
    const [f] = figures('Asia/Kolkata', [
      {
        spec: {
          kind: 'histogram',
          query: {
            evidenceId: EVIDENCE,
            column: 'approved_at',
            baseline: { kind: 'values', column: 'model_version', values: ['v12'] },
            incident: { kind: 'values', column: 'model_version', values: ['v13'] },
          },
        },
        value: { kind: 'histogram', result: instantHistogram() },
      },
    ]);
    expect(f?.table?.rows.map((r) => r[0])).toEqual([
      '2026-03-12 05:30 Asia/Kolkata (UTC+05:30) – 2026-03-12 06:30 Asia/Kolkata (UTC+05:30)',
      '2026-03-12 06:30 Asia/Kolkata (UTC+05:30) – 2026-03-12 07:30 Asia/Kolkata (UTC+05:30)',
    ]);
    expect(svgText(f!.chart!).join('\n')).toContain(
      '2026-03-12 05:30 Asia/Kolkata (UTC+05:30) – 2026-03-12 06:30 Asia/Kolkata (UTC+05:30): baseline 50.0 %',
    );
  });

  it('keeps UTC for a postmortem kept in UTC, named once per window', () => {
    const model = figures('UTC', [
      {
        spec: {
          kind: 'time-series',
          query: {
            evidenceId: EVIDENCE,
            agg: 'count',
            start: '2026-03-12T02:00:00.000Z',
            end: '2026-03-12T05:00:00.000Z',
          },
        },
        value: { kind: 'time-series', result: series('2026-03-12T02:00:00.000Z', 3) },
      },
    ]);
    expect(model[0]?.caption).toBe(
      'Rows per 1 h bucket, in predictions.csv, from 2026-03-12 02:00 to 2026-03-12 05:00 UTC (time column ts).',
    );
    expect(timeTicks(model[0]!)[0]).toBe('02:00');
  });

  it('prints the same words in the Markdown and its SVG files', () => {
    const pm = {
      ...samplePostmortem(),
      summary: { ...samplePostmortem().summary, timeZone: 'Europe/Amsterdam' },
    };
    const source = reportSource(pm, {
      meeting: null,
      pins: [
        {
          pin: pin('p', {
            kind: 'time-series',
            query: {
              evidenceId: EVIDENCE,
              agg: 'count',
              start: '2026-03-12T02:00:00.000Z',
              end: '2026-03-12T05:00:00.000Z',
            },
          }),
          outcome: {
            ok: true,
            value: { kind: 'time-series', result: series('2026-03-12T02:00:00.000Z', 3) },
          },
        },
      ],
      evidenceFiles: { [EVIDENCE]: 'predictions.csv' },
      reviews: {},
    });
    const { markdown, assets } = reportMarkdown(buildReport(source, OPTIONS), 'r');
    expect(markdown).toContain(
      'from 2026-03-12 03:00 to 2026-03-12 06:00 Europe/Amsterdam (UTC+01:00) (time column ts)',
    );
    const svg = assets.find((a) => a.path.endsWith('.svg'))?.content ?? '';
    expect(svg).toContain('Time in Europe/Amsterdam (UTC+01:00), ts, buckets of 1 h');
    expect(svg).toContain('>03:00</text>');
    expect(svg).not.toContain('UTC)');
  });
});
