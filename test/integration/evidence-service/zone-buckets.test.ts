// Time buckets on the postmortem's clock, through the service's calls on real CSV files: every
// bucket holds exactly the rows a plain grouping by the zone's calendar day, 6 h block or hour
// (read with Intl, not with our bucket code) puts together, across both clock changes of 2026.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  timeSeriesInputSchema,
  type EvidenceInfo,
  type TimeSeries,
} from '../../../shared/evidence';
import { quantileSorted } from '../../../shared/stats';
import { mulberry32 } from '../../support/seeded-random';
import { openFixture, type EvidenceFixture } from './fixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const N = 12_000;
/** Kolkata 10:00-16:00 on 30 March: the flag rate jumps from ~5 % to ~60 %. */
const SHIFT = [Date.parse('2026-03-30T04:30:00Z'), Date.parse('2026-03-30T10:30:00Z')] as const;

interface Row {
  t: number;
  score: number;
  flag: number;
}

function writeCsv(file: string, from: string, days: number, seed: number): Row[] {
  const rnd = mulberry32(seed);
  const t0 = Date.parse(from);
  const rows: Row[] = [];
  for (let i = 0; i < N; i++) {
    const t = t0 + Math.floor(rnd() * days * DAY);
    const shifted = t >= SHIFT[0] && t < SHIFT[1];
    rows.push({
      t,
      score: Math.round(rnd() * 100_000) / 1000,
      flag: rnd() < (shifted ? 0.6 : 0.05) ? 1 : 0,
    });
  }
  const lines = rows.map((r) => `${new Date(r.t).toISOString()},${r.score},${r.flag}`);
  fs.writeFileSync(file, `t,score,flag\n${lines.join('\n')}\n`);
  return rows;
}

/** The zone's wall clock at an instant, with its offset (which tells the repeated hour apart). */
const formats = new Map<string, Intl.DateTimeFormat>();
function wall(ms: number, zone: string) {
  const f =
    formats.get(zone) ??
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'longOffset',
    });
  formats.set(zone, f);
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    hour: Number(p.hour),
    minute: Number(p.minute),
    offset: p.timeZoneName ?? '',
  };
}

/** Which bucket a data scientist puts an instant in: the zone's day, 6 h block or hour. */
function keyOf(ms: number, size: number, zone: string): string {
  const w = wall(ms, zone);
  if (size === DAY) return w.date;
  if (size === 6 * HOUR) return `${w.date} ${Math.floor(w.hour / 6) * 6}h`;
  if (size === HOUR) return `${w.date} ${w.hour}h ${w.offset}`;
  throw new Error(`no reference for ${size}`);
}

/** Each row's key per size and zone, read once (Intl is slow) for the four aggregates. */
const keysOf = new WeakMap<Row[], Map<string, string[]>>();

/** The series, checked against a plain grouping of the CSV's rows by keyOf. */
function checkAgainstPlain(got: TimeSeries, rows: Row[], size: number, zone: string): void {
  const groups = new Map<string, Row[]>();
  const known = `${size} ${zone}`;
  let keys = keysOf.get(rows)?.get(known);
  if (!keys) {
    keys = rows.map((r) => keyOf(r.t, size, zone));
    if (!keysOf.has(rows)) keysOf.set(rows, new Map());
    keysOf.get(rows)!.set(known, keys);
  }
  for (const [i, r] of rows.entries()) {
    const k = keys[i]!;
    const members = groups.get(k);
    if (members) members.push(r);
    else groups.set(k, [r]);
  }
  expect(got.timeZone).toBe(zone);
  expect(got.bucketMs).toBe(size);
  const seen = new Set<string>();
  got.buckets.forEach((b, i) => {
    const start = Date.parse(b.start);
    const end = Date.parse(b.end);
    if (i > 0) expect(b.start).toBe(got.buckets[i - 1]!.end);
    const k = keyOf(start, size, zone);
    expect(seen.has(k)).toBe(false);
    seen.add(k);
    // The bucket starts where the clock enters its day/block/hour: just before is another key.
    expect(keyOf(start - 1, size, zone)).not.toBe(k);
    expect(keyOf(end - 1, size, zone)).toBe(k);
    const members = groups.get(k) ?? [];
    expect(b.count, `${zone} ${k}`).toBe(members.length);
    if (got.agg === 'rate' || got.agg === 'mean') {
      const field = got.agg === 'rate' ? 'flag' : 'score';
      const sum = members.reduce((s, r) => s + r[field], 0);
      expect(b.value).toBeCloseTo(members.length ? sum / members.length : NaN, 12);
      if (members.length === 0) expect(b.value).toBeNull();
    }
    if (got.agg === 'quantiles') {
      const vs = members.map((r) => r.score).sort((x, y) => x - y);
      const q = (p: number) => quantileSorted(vs, p);
      expect(b.quantiles).toEqual(
        vs.length
          ? { p05: q(0.05), p25: q(0.25), median: q(0.5), p75: q(0.75), p95: q(0.95) }
          : null,
      );
    }
  });
  expect([...groups.keys()].every((k) => seen.has(k))).toBe(true);
}

let f: EvidenceFixture;
const files: Record<string, { rows: Row[]; path: string }> = {};
const evidence = new Map<string, EvidenceInfo>();
const ZONES = ['Europe/Amsterdam', 'Asia/Kolkata', 'UTC'];

beforeAll(async () => {
  f = await openFixture();
  for (const [name, from, seed] of [
    ['spring', '2026-03-26T00:00:00Z', 5],
    ['autumn', '2026-10-22T00:00:00Z', 6],
  ] as const) {
    const file = path.join(f.dataDir, `${name}.csv`);
    files[name] = { rows: writeCsv(file, from, 7, seed), path: file };
  }
  for (const zone of ZONES) {
    const postmortemId = f.newPostmortem(`Buckets in ${zone}`, zone);
    for (const name of Object.keys(files)) {
      const preview = await f.service.stage({ postmortemId, filePath: files[name]!.path });
      evidence.set(
        `${zone} ${name}`,
        f.service.commit({ stagingId: preview.stagingId, overrides: {} }),
      );
    }
  }
}, 120_000);

afterAll(() => f.close());

const ask = (zone: string, name: string, agg: string, bucketMs?: number) =>
  f.service.timeSeries(
    timeSeriesInputSchema.parse({
      evidenceId: evidence.get(`${zone} ${name}`)!.id,
      agg,
      ...(agg === 'count' ? {} : { column: agg === 'rate' ? 'flag' : 'score' }),
      ...(bucketMs ? { bucketMs } : {}),
    }),
  );

describe('time buckets on the postmortem clock, through the queries', () => {
  it('counts, rates, means and quantiles per day, 6 h and hour match a plain grouping', async () => {
    for (const zone of ZONES) {
      for (const name of ['spring', 'autumn']) {
        for (const size of [DAY, 6 * HOUR, HOUR]) {
          for (const agg of ['count', 'rate', 'mean', 'quantiles']) {
            checkAgainstPlain(await ask(zone, name, agg, size), files[name]!.rows, size, zone);
          }
        }
      }
    }
  }, 120_000);

  it('shows the clock change in Amsterdam: 23 h and 25 h days, 5 h and 7 h blocks', async () => {
    const lengths = (s: TimeSeries) =>
      s.buckets.map((b) => (Date.parse(b.end) - Date.parse(b.start)) / HOUR);
    const ams = 'Europe/Amsterdam';
    expect(lengths(await ask(ams, 'spring', 'count', DAY))).toContain(23);
    expect(lengths(await ask(ams, 'autumn', 'count', DAY))).toContain(25);
    expect(lengths(await ask(ams, 'spring', 'count', 6 * HOUR))).toContain(5);
    expect(lengths(await ask(ams, 'autumn', 'count', 6 * HOUR))).toContain(7);
    // Kolkata has no clock change: every bucket is its nominal width, on its own midnight.
    const kol = await ask('Asia/Kolkata', 'spring', 'count', DAY);
    expect(new Set(lengths(kol))).toEqual(new Set([24]));
    expect(kol.buckets[0]!.start).toBe('2026-03-25T18:30:00.000Z');
  });

  it('keeps a UTC postmortem on the epoch alignment it had', async () => {
    for (const size of [HOUR, 6 * HOUR, DAY]) {
      const s = await ask('UTC', 'spring', 'count', size);
      s.buckets.forEach((b) => {
        expect(Date.parse(b.start) % size).toBe(0);
        expect(Date.parse(b.end) - Date.parse(b.start)).toBe(size);
      });
    }
  });

  it('finds the change point on the same buckets: whole hours of the postmortem clock', async () => {
    const overview = await f.service.timeOverview(evidence.get('Asia/Kolkata spring')!.id);
    expect(overview.timeZone).toBe('Asia/Kolkata');
    expect(overview.changePoint?.column).toBe('flag');
    // The shift is 10:00-16:00 in Kolkata: on Kolkata's hours the stretch is exactly it.
    expect(overview.changePoint?.start).toBe(new Date(SHIFT[0]).toISOString());
    expect(overview.changePoint?.end).toBe(new Date(SHIFT[1]).toISOString());
    const series = await ask('Asia/Kolkata', 'spring', 'rate');
    expect(series.bucketMs).toBe(overview.bucketMs);
    const bounds = new Set(series.buckets.flatMap((b) => [b.start, b.end]));
    expect(bounds.has(overview.changePoint!.start)).toBe(true);
    expect(bounds.has(overview.changePoint!.end)).toBe(true);
    // In UTC the same rows fall on UTC hours: the stretch cannot start at :30.
    const utc = await f.service.timeOverview(evidence.get('UTC spring')!.id);
    expect(Date.parse(utc.changePoint!.start) % HOUR).toBe(0);
  });
});
