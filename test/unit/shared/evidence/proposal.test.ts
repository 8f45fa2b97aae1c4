import { describe, expect, it } from 'vitest';
import {
  aroundIncident,
  BASELINE_MAX_MS,
  halves,
  proposeWindows,
  type TimeOverview,
} from '../../../../shared/evidence';

const H = 3_600_000;
const T0 = Date.parse('2026-03-10T00:00:00Z');
const overview = (first: number | null, last: number | null): TimeOverview => ({
  timeColumn: 'ts',
  first,
  last,
  bucketMs: 15 * 60_000,
  bucketLabel: '15 min',
  timeZone: 'UTC',
  changePoint: null,
});
const iso = (ms: number) => new Date(ms).toISOString();
const w = (start: number, end: number) => ({
  kind: 'time',
  column: 'ts',
  start: iso(start),
  end: iso(end),
});

describe('proposed windows', () => {
  it('take the time before the incident as the baseline, at most a week of it', () => {
    const long = overview(T0 - 30 * 24 * H, T0 + 48 * H);
    expect(aroundIncident(long, T0 + 2 * H, T0 + 5 * H)).toEqual({
      baseline: w(T0 + 2 * H - BASELINE_MAX_MS, T0 + 2 * H),
      incident: w(T0 + 2 * H, T0 + 5 * H),
    });
  });

  it('take the time after it when the file starts inside the incident', () => {
    const o = overview(T0 + 3 * H, T0 + 48 * H + 500);
    expect(aroundIncident(o, T0, T0 + 5 * H)).toEqual({
      baseline: w(T0 + 5 * H, T0 + 48 * H + 1000),
      incident: w(T0, T0 + 5 * H),
    });
  });

  it('propose nothing for an incident that covers or misses the whole file', () => {
    const o = overview(T0, T0 + 10 * H);
    expect(aroundIncident(o, T0 - H, T0 + 11 * H)).toBeNull();
    expect(aroundIncident(o, T0 + 11 * H, T0 + 12 * H)).toBeNull();
    expect(aroundIncident(o, T0 + 5 * H, T0 + 5 * H)).toBeNull();
    expect(aroundIncident(overview(null, null), T0, T0 + H)).toBeNull();
  });

  it('fall back to the change point, then to the two halves of the span', () => {
    const o = overview(T0, T0 + 10 * H);
    expect(proposeWindows(o, { startedAt: null, endedAt: null })).toEqual({
      ...halves(o),
      source: 'halves',
    });
    const withChange: TimeOverview = {
      ...o,
      changePoint: {
        column: 'prediction',
        measure: 'rate',
        value: null,
        start: iso(T0 + 6 * H),
        end: iso(T0 + 8 * H),
        inside: 0.4,
        outside: 0.05,
        effect: 0.9,
        effectMeasure: 'cohens-h',
        z: 20,
      },
    };
    expect(proposeWindows(withChange, { startedAt: null, endedAt: null })).toEqual({
      baseline: w(T0, T0 + 6 * H),
      incident: w(T0 + 6 * H, T0 + 8 * H),
      source: 'change-point',
    });
    // An incident that has not ended yet runs to the file's last row.
    expect(proposeWindows(withChange, { startedAt: iso(T0 + 9 * H), endedAt: null })).toEqual({
      baseline: w(T0, T0 + 9 * H),
      incident: w(T0 + 9 * H, T0 + 10 * H + 1000),
      source: 'summary',
    });
  });
});
