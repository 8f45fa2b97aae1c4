import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherReportSource } from '../../../main/export/gather';
import * as report from '../../../shared/report/charts/data';
import * as reportDrift from '../../../shared/report/drift-text';
import * as reportFormat from '../../../shared/report/format';
import * as reportZone from '../../../shared/report/zone-time';
import * as windowHistogram from '../../../renderer/src/features/evidence/charts/histogram-data';
import * as windowSeries from '../../../renderer/src/features/evidence/charts/series-data';
import * as windowDrift from '../../../renderer/src/features/evidence/drift/drift-text';
import * as windowFormat from '../../../renderer/src/features/evidence/format';
import { openDemo, type DemoBackend } from './demo-backend';

let demo: DemoBackend;
beforeAll(async () => {
  demo = await openDemo();
});
afterAll(() => demo.close());

/**
 * The report draws from the numbers the window shows: the same functions over the same results,
 * kept in shared/report because shared/ cannot import the renderer. This holds the two together.
 */
describe('the report and the window word the evidence alike', () => {
  it('for every pin of the demo', async () => {
    const source = await gatherReportSource(demo.call, demo.demoId);
    expect(source.pins).toHaveLength(7);
    for (const pin of source.pins) {
      if (!pin.outcome.ok) throw new Error(pin.outcome.message);
      const v = pin.outcome.value;
      if (v.kind === 'histogram') {
        // The demo's histograms are of numbers: no bin is named by a time, so no zone is in them.
        expect(report.histogramRows(v.result, source.summary.timeZone)).toEqual(
          windowHistogram.histogramRows(v.result, source.summary.timeZone),
        );
        expect(report.binningNote(v.result)).toBe(windowHistogram.binningNote(v.result));
      } else if (v.kind === 'time-series') {
        expect(report.seriesTitle(v.result)).toBe(windowSeries.seriesTitle(v.result));
        expect(report.yAxisLabel(v.result)).toBe(windowSeries.yAxisLabel(v.result));
        expect(report.topCategories(v.result)).toEqual(windowSeries.topCategories(v.result));
        // The report's time axis is on the clock the window's axis is on, for the same pin.
        const span = v.result.bucketMs * v.result.buckets.length;
        for (const b of v.result.buckets) {
          const t = Date.parse(b.start);
          for (const zone of [source.summary.timeZone, 'Asia/Kolkata', 'UTC'])
            expect(report.timeTick(t, span, zone)).toBe(windowSeries.timeTick(t, span, zone));
        }
        const points = windowSeries.seriesPoints(v.result);
        v.result.buckets.forEach((b, i) =>
          expect(report.bucketValue(v.result, b.value)).toBe(points[i]?.value),
        );
      } else {
        expect(reportDrift.methodText(v.result)).toBe(windowDrift.methodText(v.result));
        for (const row of v.result.columns) {
          expect(reportDrift.measureName(row)).toBe(windowDrift.measureName(row));
          expect(reportDrift.decidingText(row)).toBe(windowDrift.decidingText(row));
          expect(reportDrift.ruleText(row)).toBe(windowDrift.ruleText(row));
        }
        expect(reportDrift.qualityFindings(v.result.columns).map((f) => f.text)).toEqual(
          windowDrift.qualityFindings(v.result.columns).map((f) => f.text),
        );
      }
    }
    for (const n of [0, 1e-5, 0.04999, 3.14159, 1234567, -2, NaN, Infinity]) {
      expect(reportFormat.formatMeasure(n)).toBe(windowFormat.formatMeasure(n));
      expect(reportFormat.formatP(n)).toBe(windowFormat.formatP(n));
    }
  });

  it("draws the window's own buckets, on the postmortem's clock, in every zone", async () => {
    const zones = ['Asia/Kolkata', 'UTC', 'Europe/Amsterdam'];
    let batch = 0;
    let checked = 0;
    for (const zone of zones) {
      await demo.call('postmortems.apply', {
        postmortemId: demo.demoId,
        windowId: 'same-numbers',
        batchId: `zone-${++batch}`,
        ops: [{ op: 'set', list: 'doc', field: 'summary.timeZone', value: zone }],
      });
      const source = await gatherReportSource(demo.call, demo.demoId);
      expect(source.summary.timeZone).toBe(zone);
      for (const pin of source.pins) {
        if (!pin.outcome.ok || pin.outcome.value.kind !== 'time-series') continue;
        if (pin.spec.kind !== 'time-series') throw new Error('A series for another pin kind.');
        const report = pin.outcome.value.result;
        // What the window asks for the same pin: the same buckets, bucket for bucket.
        const window = await demo.call('evidence.timeSeries', pin.spec.query);
        expect(report).toEqual(window);
        expect(window.timeZone).toBe(zone);
        checked++;
        const step = Math.min(window.bucketMs, 3_600_000);
        for (const b of window.buckets) {
          const clock = reportZone.clockInZone(b.start, zone);
          const minutes = Number(clock.slice(11, 13)) * 60 + Number(clock.slice(14, 16));
          expect(minutes % (step / 60_000), `${zone} ${clock}`).toBe(0);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(zones.length);
  });
});
