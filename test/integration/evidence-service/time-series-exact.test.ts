// Every time-series answer against a plain computation from the CSV's own text: rows out of time
// order, rows without a time, empty buckets, missing and unreadable cells, more categories than
// lines, and a free-text column with too many values to hold by value (its missing cells come from
// SQL on a fresh file, from the kept text order once the columns are prefetched).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseBucket,
  timeSeriesInputSchema,
  type EvidenceInfo,
  type TimeSeries,
} from '../../../shared/evidence';
import { quantileSorted } from '../../../shared/stats';
import { openSqlite } from '../../../main/db/sqlite';
import { cachePathFor } from '../../../main/evidence/query/column-cache';
import { prefetchColumns } from '../../../main/evidence/query/prefetch';
import { queryTimeSeries } from '../../../main/evidence/query/time-series';
import { SourcePool } from '../../../main/evidence/service/sources';
import { mulberry32 } from '../../support/seeded-random';
import { openFixture, type EvidenceFixture } from './fixture';

const N = 120_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const HOUR = 3_600_000;

interface Row {
  t: string;
  score: string;
  flag: string;
  version: string;
  memo: string;
}

function writeCsv(dir: string): { file: string; rows: Row[] } {
  const rnd = mulberry32(11);
  const rows: Row[] = [];
  for (let i = 0; i < N; i++) {
    // Six hours in random order, a few rows a day later (empty buckets between), some without time.
    const ms = i % 5000 === 1 ? T0 + 30 * HOUR + i : T0 + Math.floor(rnd() * 6 * HOUR);
    let score = (rnd() * 200 - 100).toFixed(3);
    if (score === '-0.000') score = '0.000';
    // Skewed, so every version has its own total (the ranking has no ties to break).
    const version = `v${Math.floor(rnd() ** 2 * 12)}`;
    rows.push({
      t: i % 997 === 5 ? '' : new Date(ms).toISOString(),
      score: i % 41 === 0 ? '' : i % 4999 === 3 ? 'n/a' : score,
      flag: i % 53 === 0 ? '' : rnd() < 0.2 ? '1' : '0',
      version: i % 61 === 0 ? '' : version,
      memo: i % 10 === 0 ? '' : `memo ${i}`,
    });
  }
  const file = path.join(dir, 'series.csv');
  const lines = rows.map((r) => [r.t, r.score, r.flag, r.version, r.memo].join(','));
  fs.writeFileSync(file, `t,score,flag,version,memo\n${lines.join('\n')}\n`);
  return { file, rows };
}

let f: EvidenceFixture;
let rows: Row[];
let ev: EvidenceInfo;

beforeAll(async () => {
  f = await openFixture();
  const written = writeCsv(f.dataDir);
  rows = written.rows;
  const preview = await f.service.stage({ postmortemId: f.postmortemId, filePath: written.file });
  ev = f.service.commit({
    stagingId: preview.stagingId,
    overrides: { columns: [{ index: 1, type: 'real' }] }, // "n/a" kept as unreadable text
  });
}, 120_000);

afterAll(() => f.close());

/** Buckets as the issue defines them: epoch-aligned, [start, start + size), every row counted. */
function bucketsOf(range: { start?: string; end?: string; bucketMs?: number }) {
  const from = range.start ? Date.parse(range.start) : -Infinity;
  const to = range.end ? Date.parse(range.end) : Infinity;
  const times = rows.map((r) => (r.t === '' ? NaN : Date.parse(r.t)));
  const inside = times.filter((t) => t >= from && t < to);
  const min = Math.min(...inside);
  const max = Math.max(...inside);
  const size = range.bucketMs ?? chooseBucket(max - min).ms;
  const first = Math.floor(min / size) * size;
  const count = Math.floor((max - first) / size) + 1;
  const of = times.map((t) => (t >= from && t < to ? Math.floor((t - first) / size) : -1));
  const members = Array.from({ length: count }, () => [] as number[]);
  of.forEach((b, i) => b >= 0 && members[b]!.push(i));
  return { size, first, members, missingTime: times.filter(Number.isNaN).length };
}

type Expected = Pick<TimeSeries, 'bucketMs' | 'missingTime' | 'buckets'>;

function expected(agg: string, column: keyof Row | null, range = {}): Expected {
  const { size, first, members, missingTime } = bucketsOf(range);
  const number = (text: string) => (text === '' || text === 'n/a' ? null : Number(text));
  const present = (rs: number[]) =>
    rs.map((i) => number(rows[i]![column!])).filter((v): v is number => v !== null);
  const totals = new Map<string, number>();
  for (const r of rows)
    if (r.version !== '') totals.set(r.version, (totals.get(r.version) ?? 0) + 1);
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const buckets = members.map((rs, b) => {
    const bucket: TimeSeries['buckets'][number] = {
      start: new Date(first + b * size).toISOString(),
      end: new Date(first + (b + 1) * size).toISOString(),
      count: rs.length,
      value: null,
    };
    if (agg === 'mean' || agg === 'rate') {
      const vs = present(rs);
      bucket.value = vs.length > 0 ? vs.reduce((s, v) => s + v, 0) / vs.length : null;
    } else if (agg === 'missing') {
      const missing = rs.filter((i) => rows[i]![column!] === '').length;
      bucket.value = rs.length > 0 ? missing / rs.length : null;
    } else if (agg === 'quantiles') {
      const vs = present(rs).sort((x, y) => x - y);
      const q = (p: number) => quantileSorted(vs, p);
      bucket.quantiles =
        vs.length > 0
          ? { p05: q(0.05), p25: q(0.25), median: q(0.5), p75: q(0.75), p95: q(0.95) }
          : null;
      bucket.value = vs.length > 0 ? q(0.5) : null;
    } else if (agg === 'categories') {
      const cats: Record<string, number> = {};
      for (const [name] of top) cats[name] = rs.filter((i) => rows[i]!.version === name).length;
      cats['(other)'] = rs.filter(
        (i) => rows[i]!.version !== '' && !top.some(([name]) => name === rows[i]!.version),
      ).length;
      cats['(missing)'] = rs.filter((i) => rows[i]!.version === '').length;
      bucket.categories = cats;
    }
    return bucket;
  });
  return { bucketMs: size, missingTime, buckets };
}

const QUESTIONS: [string, keyof Row | null][] = [
  ['count', null],
  ['mean', 'score'],
  ['rate', 'flag'],
  ['quantiles', 'score'],
  ['categories', 'version'],
  ['missing', 'score'],
  ['missing', 'version'],
  ['missing', 'memo'],
];
const RANGE = { start: '2026-03-01T01:10:00Z', end: '2026-03-01T04:00:00Z', bucketMs: 600_000 };

describe('time series, exact on every row', () => {
  it('matches a plain computation from the CSV for every kind, whole file and a range', async () => {
    expect(ev.columns.map((c) => c.type)).toEqual([
      'instant',
      'real',
      'integer',
      'category',
      'text',
    ]);
    for (const range of [{}, RANGE]) {
      for (const [agg, column] of QUESTIONS) {
        const input = timeSeriesInputSchema.parse({
          evidenceId: ev.id,
          agg,
          ...(column ? { column } : {}),
          ...range,
        });
        const got = await f.service.timeSeries(input);
        const want = expected(agg, column, range);
        expect(got).toMatchObject({ ...want, agg, column });
        expect(got.buckets).toHaveLength(want.buckets.length);
      }
    }
    const whole = expected('count', null);
    expect(whole.buckets.some((b) => b.count === 0)).toBe(true); // the day between
    expect(whole.missingTime).toBeGreaterThan(0);
  });

  it('answers alike from a fresh file (SQL) and from prefetched columns and their cache', async () => {
    // The cache written after the import is removed, so the fresh source reads SQLite only.
    const cacheFile = cachePathFor(path.join(f.service.evidenceDir, f.service.fileOf(ev.id)));
    for (let waited = 0; !fs.existsSync(cacheFile) && waited < 50_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    fs.rmSync(cacheFile, { force: true });
    const pool = new SourcePool(f.service.evidenceDir);
    const fresh = pool.get(ev.id, f.service.fileOf(ev.id));
    expect(fresh.cache).toBeNull();
    const ask = (source: typeof fresh, agg: string, column: string | null) =>
      queryTimeSeries(source, {
        ...timeSeriesInputSchema.parse({ evidenceId: ev.id, agg, ...(column ? { column } : {}) }),
        timeZone: 'UTC',
      });
    const before = QUESTIONS.map(([agg, column]) => ask(fresh, agg, column));
    expect(fresh.store.categories(fresh.column('memo')).codes).toBeNull();
    pool.closeAll();

    const warm = new SourcePool(f.service.evidenceDir).get(ev.id, f.service.fileOf(ev.id));
    await prefetchColumns(warm); // builds the memo column's text order, writes the cache
    expect(QUESTIONS.map(([agg, column]) => ask(warm, agg, column))).toEqual(before);
    warm.close();
    const cached = new SourcePool(f.service.evidenceDir).get(ev.id, f.service.fileOf(ev.id));
    expect(cached.cache).not.toBeNull();
    expect(QUESTIONS.map(([agg, column]) => ask(cached, agg, column))).toEqual(before);
    cached.close();
  }, 60_000);

  it('ranks infinities first and last in their buckets, as a sort of the values would', async () => {
    // Imports keep only finite numbers; a file holding infinities (written by other means) is
    // made here by writing them into a committed file, its column cache removed.
    const n = 3000;
    const values = Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 10);
    const file = path.join(f.dataDir, 'inf.csv');
    const csv = values.map(
      (v, i) => `${new Date(T0 + ((i * 31) % n) * 60_000).toISOString()},${v}`,
    );
    fs.writeFileSync(file, `t,x\n${csv.join('\n')}\n`);
    const staged = await f.service.stage({ postmortemId: f.postmortemId, filePath: file });
    const inf = f.service.commit({ stagingId: staged.stagingId, overrides: {} });
    const evidenceFile = path.join(f.service.evidenceDir, f.service.fileOf(inf.id));
    const pool = new SourcePool(f.service.evidenceDir);
    const x = pool.get(inf.id, f.service.fileOf(inf.id)).column('x').physicalName;
    pool.closeAll();
    for (
      let waited = 0;
      !fs.existsSync(cachePathFor(evidenceFile)) && waited < 50_000;
      waited += 100
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    fs.rmSync(cachePathFor(evidenceFile), { force: true });
    const db = openSqlite(evidenceFile);
    db.prepare(`UPDATE rows SET "${x}" = 9e999 WHERE rowid % 7 = 0`).run();
    db.prepare(`UPDATE rows SET "${x}" = -9e999 WHERE rowid % 11 = 0`).run();
    db.close();
    values.forEach((_, i) => {
      if ((i + 1) % 11 === 0) values[i] = -Infinity;
      else if ((i + 1) % 7 === 0) values[i] = Infinity;
    });

    const source = new SourcePool(f.service.evidenceDir).get(inf.id, f.service.fileOf(inf.id));
    expect(source.store.numbers(source.column('x')).infinite).toBeGreaterThan(0);
    const input = { evidenceId: inf.id, agg: 'quantiles', column: 'x', bucketMs: 3_600_000 };
    const got = queryTimeSeries(source, { ...timeSeriesInputSchema.parse(input), timeZone: 'UTC' });
    source.close();
    const hourOf = (i: number) => Math.floor(((i * 31) % n) / 60);
    got.buckets.forEach((bucket, b) => {
      const part = values.filter((_, i) => hourOf(i) === b).sort((p, q) => p - q);
      const q = (p: number) => quantileSorted(part, p);
      expect(bucket.quantiles).toEqual({
        p05: q(0.05),
        p25: q(0.25),
        median: q(0.5),
        p75: q(0.75),
        p95: q(0.95),
      });
    });
    expect(got.buckets).toHaveLength(50);
    expect(got.buckets.some((b) => b.quantiles?.p05 === -Infinity)).toBe(true);
  }, 60_000);
});
