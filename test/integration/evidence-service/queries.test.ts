import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  driftInputSchema,
  histogramInputSchema,
  pageInputSchema,
  timeSeriesInputSchema,
  type EvidenceInfo,
  type NumericHistogram,
} from '../../../shared/evidence';
import {
  benjaminiHochberg,
  compareCategorical,
  compareNumeric,
  countCategories,
  quantileSorted,
} from '../../../shared/stats';
import { BASELINE, col, INCIDENT, ROWS, T0, writeLogCsv } from './csv';
import { openFixture, type EvidenceFixture } from './fixture';
import { EvidenceService } from '../../../main/evidence/service/evidence-service';
import { prefetchColumns } from '../../../main/evidence/query/prefetch';
import { queryDrift } from '../../../main/evidence/query/drift';
import { SourcePool } from '../../../main/evidence/service/sources';

let f: EvidenceFixture;
let rows: string[][];
let ev: EvidenceInfo;

beforeAll(async () => {
  f = await openFixture();
  const written = writeLogCsv(f.dataDir);
  rows = written.rows;
  const preview = await f.service.stage({ postmortemId: f.postmortemId, filePath: written.file });
  expect(preview.columns[col('amount')]?.inferredType).toBe('text'); // "oops" makes it text
  ev = f.service.commit({
    stagingId: preview.stagingId,
    overrides: { columns: [{ index: col('amount'), type: 'real' }] },
  });
});

afterAll(() => f.close());

const amountOf = (r: string[]): number | string | null => {
  const text = r[col('amount')] as string;
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
};
const inBaseline = (i: number) => i < 1200;
const inIncident = (i: number) => i >= 2400;
const windows = {
  baseline: { kind: 'time', column: 'timestamp', ...BASELINE },
  incident: { kind: 'time', column: 'timestamp', ...INCIDENT },
};
const page = (input: object) =>
  f.service.page(pageInputSchema.parse({ evidenceId: ev.id, offset: 0, limit: 500, ...input }));

describe('evidence pages', () => {
  it('reads any page in file order with typed cells', async () => {
    const p = await page({ offset: 2396, limit: 5 });
    expect(p.total).toBe(ROWS);
    expect(p.columns).toEqual(ev.columns.map((c) => c.name));
    expect(p.rowNumbers).toEqual([2397, 2398, 2399, 2400, 2401]);
    p.rows.forEach((cells, k) => {
      const r = rows[2396 + k] as string[];
      expect(cells[col('timestamp')]).toBe(r[col('timestamp')]);
      expect(cells[col('request_id')]).toBe(r[col('request_id')]);
      expect(cells[col('amount')]).toBe(amountOf(r));
      expect(cells[col('flagged')]).toBe(r[col('flagged')] === 'true');
      expect(cells[col('clicks')]).toBe(Number(r[col('clicks')]));
    });
  });

  it('sorts by a column, unparsed then missing cells last, ties in file order, on every page', async () => {
    const expected = rows
      .map((r, i) => ({ i, v: amountOf(r) }))
      .sort((a, b) => {
        const rank = (v: number | string | null) =>
          v === null ? 2 : typeof v === 'string' ? 1 : 0;
        const d = rank(a.v) - rank(b.v);
        if (d !== 0) return d;
        if (typeof a.v === 'number' && typeof b.v === 'number' && a.v !== b.v) return b.v - a.v;
        return a.i - b.i;
      })
      .map((x) => x.i + 1);
    const seen: number[] = [];
    for (let offset = 0; offset < ROWS; offset += 500) {
      const p = await page({ offset, sort: { column: 'amount', dir: 'desc' } });
      expect(p.total).toBe(ROWS);
      seen.push(...p.rowNumbers);
    }
    expect(seen).toEqual(expected);
  });

  it('sorts numbers ascending and categories either way, after filtering, ties in file order', async () => {
    const ids = async (input: object) => (await page(input)).rowNumbers;
    const clicks = rows
      .map((r, i) => ({ i, v: Number(r[col('clicks')]), seg: r[col('segment')] }))
      .filter((x) => x.seg !== 'a')
      .sort((a, b) => a.v - b.v || a.i - b.i)
      .map((x) => x.i + 1);
    const filters = [{ column: 'segment', op: 'neq', value: 'a' }];
    expect(await ids({ filters, sort: { column: 'clicks', dir: 'asc' } })).toEqual(
      clicks.slice(0, 500),
    );
    expect(await ids({ filters, sort: { column: 'clicks', dir: 'asc' }, offset: 1500 })).toEqual(
      clicks.slice(1500, 2000),
    );
    const bySegment = (dir: 1 | -1) =>
      rows
        .map((r, i) => ({ i, v: r[col('segment')] as string }))
        .sort((a, b) => (a.v < b.v ? -dir : a.v > b.v ? dir : a.i - b.i))
        .map((x) => x.i + 1);
    for (const [dir, sign] of [
      ['asc', 1],
      ['desc', -1],
    ] as const) {
      const seen: number[] = [];
      for (let offset = 0; offset < ROWS; offset += 500)
        seen.push(...(await ids({ offset, sort: { column: 'segment', dir } })));
      expect(seen).toEqual(bySegment(sign));
    }
    const byId = rows
      .map((r, i) => ({ i, v: r[col('request_id')] as string }))
      .sort((a, b) => (a.v > b.v ? -1 : a.v < b.v ? 1 : 0))
      .map((x) => x.i + 1);
    expect(await ids({ sort: { column: 'request_id', dir: 'desc' }, limit: 50 })).toEqual(
      byId.slice(0, 50),
    );
  });

  it('filters by value, range, text, missing, and searches text columns', async () => {
    const count = async (input: object) => (await page(input)).total;
    const where = (test: (r: string[], i: number) => boolean) => rows.filter(test).length;
    expect(await count({ filters: [{ column: 'segment', op: 'eq', value: 'e' }] })).toBe(
      where((r) => r[col('segment')] === 'e'),
    );
    expect(await count({ filters: [{ column: 'segment', op: 'neq', value: 'a' }] })).toBe(
      where((r) => r[col('segment')] !== 'a'),
    );
    expect(await count({ filters: [{ column: 'amount', op: 'range', min: 10, max: 20 }] })).toBe(
      where((r) => {
        const v = amountOf(r);
        return typeof v === 'number' && v >= 10 && v <= 20;
      }),
    );
    expect(await count({ filters: [{ column: 'amount', op: 'missing' }] })).toBe(
      where((r) => r[col('amount')] === ''),
    );
    expect(await count({ filters: [{ column: 'amount', op: 'notMissing' }] })).toBe(
      where((r) => r[col('amount')] !== ''),
    );
    expect(await count({ filters: [{ column: 'amount', op: 'eq', value: 'oops' }] })).toBe(
      where((r) => r[col('amount')] === 'oops'),
    );
    expect(await count({ filters: [{ column: 'note', op: 'contains', value: 'TE 3' }] })).toBe(
      where((r) => r[col('note')] === 'note 3'),
    );
    expect(await count({ filters: [{ column: 'flagged', op: 'eq', value: true }] })).toBe(
      where((r) => r[col('flagged')] === 'true'),
    );
    expect(
      await count({
        filters: [
          {
            column: 'timestamp',
            op: 'range',
            min: '2026-01-01T01:00:00Z',
            max: '2026-01-01T01:09:00Z',
          },
        ],
      }),
    ).toBe(10);
    const searched = await page({ search: 'r-29', sort: { column: 'clicks', dir: 'asc' } });
    expect(searched.total).toBe(1 + 10 + 100);
    expect(
      searched.rows.every((cells) => String(cells[col('request_id')]).startsWith('r-29')),
    ).toBe(true);
    expect(await count({ search: '%' })).toBe(0); // LIKE wildcards are taken literally
  });

  it('keeps hostile column names out of SQL', async () => {
    await expect(
      page({ sort: { column: 'amount"; DROP TABLE rows; --', dir: 'asc' } }),
    ).rejects.toThrow(/no column/);
    expect((await page({ offset: 0, limit: 1 })).total).toBe(ROWS);
  });
});

describe('column summaries', () => {
  it('counts missing and unparsed cells and matches a brute-force summary', async () => {
    const [amount] = await f.service.columnSummary(ev.id, 'amount');
    const values = rows
      .map(amountOf)
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    expect(amount?.missing).toBe(rows.filter((r) => r[col('amount')] === '').length);
    expect(amount?.unparsed).toBe(rows.filter((r) => r[col('amount')] === 'oops').length);
    expect(amount?.min).toBe(values[0]);
    expect(amount?.max).toBe(values.at(-1));
    expect(amount?.mean).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 9);
    expect(amount?.quantiles?.median).toBe(quantileSorted(values, 0.5));
    const [segment] = await f.service.columnSummary(ev.id, 'segment');
    expect(segment?.distinct).toBe(5);
    const counts = countCategories(rows.map((r) => r[col('segment')] as string));
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(segment?.top[0]).toEqual({ value: top[0], count: top[1] });
    expect(await f.service.columnSummary(ev.id)).toHaveLength(ev.columns.length);
  });
});

describe('histograms', () => {
  it('counts each bin exactly as a brute-force count over the baseline-fitted bins', async () => {
    const h = (await f.service.histogram(
      histogramInputSchema.parse({ evidenceId: ev.id, column: 'amount', bins: 12, ...windows }),
    )) as NumericHistogram;
    expect(h.kind).toBe('numeric');
    const pick = (test: (i: number) => boolean) =>
      rows.flatMap((r, i) =>
        test(i) && typeof amountOf(r) === 'number' ? [amountOf(r) as number] : [],
      );
    const base = pick(inBaseline);
    const inc = pick(inIncident);
    const edges = h.binning.edges;
    expect(edges[0]).toBe(Math.min(...base));
    expect(edges.at(-1)).toBe(Math.max(...base));
    const brute = (values: number[]) =>
      h.bins.map(
        (bin, k) =>
          values.filter((v) => {
            if (bin.lower === null) return v < (bin.upper as number);
            if (bin.upper === null) return v > bin.lower;
            const last = k === h.bins.length - 2;
            return v >= bin.lower && (last ? v <= bin.upper : v < bin.upper);
          }).length,
      );
    expect(h.bins).toHaveLength(14);
    expect(h.bins.map((b) => b.baseline)).toEqual(brute(base));
    expect(h.bins.map((b) => b.incident)).toEqual(brute(inc));
    expect(h.incident.unparsed).toBe(
      rows.filter((r, i) => inIncident(i) && r[col('amount')] === 'oops').length,
    );
    expect(h.baseline.rows).toBe(1200);
  });

  it('counts categories per window and flags the ones the baseline never had', async () => {
    const h = await f.service.histogram(
      histogramInputSchema.parse({ evidenceId: ev.id, column: 'segment', ...windows }),
    );
    if (h.kind !== 'categorical') throw new Error('expected categories');
    for (const c of h.categories) {
      expect(c.baseline).toBe(
        rows.filter((r, i) => inBaseline(i) && r[col('segment')] === c.value).length,
      );
      expect(c.incident).toBe(
        rows.filter((r, i) => inIncident(i) && r[col('segment')] === c.value).length,
      );
    }
    expect(h.categories.filter((c) => c.unseenInBaseline).map((c) => c.value)).toEqual(['e']);
  });

  it('cuts windows by value too', async () => {
    const h = await f.service.histogram(
      histogramInputSchema.parse({
        evidenceId: ev.id,
        column: 'prediction',
        baseline: { kind: 'values', column: 'model_version', values: ['v1'] },
        incident: { kind: 'values', column: 'model_version', values: ['v2'] },
      }),
    );
    expect(h.baseline.rows).toBe(2000);
    expect(h.incident.rows).toBe(1000);
  });
});

describe('time series', () => {
  it('chooses the bucket from the span and counts rows, rates and quantiles per bucket', async () => {
    const series = (input: object) =>
      f.service.timeSeries(timeSeriesInputSchema.parse({ evidenceId: ev.id, ...input }));
    const counts = await series({ agg: 'count' });
    expect(counts.bucketLabel).toBe('15 min');
    expect(counts.buckets).toHaveLength(200);
    expect(counts.buckets.every((b) => b.count === 15)).toBe(true);
    const rate = await series({ agg: 'rate', column: 'prediction' });
    rate.buckets.forEach((b, k) => {
      const part = rows.slice(k * 15, k * 15 + 15);
      expect(b.value).toBeCloseTo(part.filter((r) => r[col('prediction')] === '1').length / 15, 12);
    });
    const q = await series({ agg: 'quantiles', column: 'amount', bucketMs: 3_600_000 });
    expect(q.buckets).toHaveLength(50);
    const hour = rows
      .slice(41 * 60, 42 * 60)
      .map(amountOf)
      .filter((v): v is number => typeof v === 'number');
    expect(q.buckets[41]?.quantiles?.p95).toBe(
      quantileSorted(
        hour.sort((a, b) => a - b),
        0.95,
      ),
    );
    expect(q.buckets[0]?.start).toBe(new Date(T0).toISOString());
    const versions = await series({
      agg: 'categories',
      column: 'model_version',
      bucketMs: 86_400_000,
    });
    expect(versions.buckets.map((b) => b.categories)).toEqual([
      { v1: 1440, v2: 0 },
      { v1: 560, v2: 880 },
      { v1: 0, v2: 120 },
    ]);
    await expect(series({ agg: 'rate', column: 'clicks' })).rejects.toThrow(/0\/1/);
  });
});

describe('drift table', () => {
  const table = () => f.service.drift(driftInputSchema.parse({ evidenceId: ev.id, ...windows }));

  it('gives the same measures as shared/stats on the same arrays', async () => {
    const t = await table();
    expect(t.baselineRows).toBe(1200);
    expect(t.incidentRows).toBe(600);
    const numbers = (test: (i: number) => boolean) =>
      rows.flatMap((r, i) =>
        test(i) && typeof amountOf(r) === 'number' ? [amountOf(r) as number] : [],
      );
    const amount = t.columns.find((c) => c.column === 'amount')!;
    const expected = compareNumeric(numbers(inBaseline), numbers(inIncident), {
      thresholds: { pValue: 0.05 },
    });
    expect(amount.kind).toBe('continuous');
    expect(amount.ksStatistic).toBe(expected.ksStatistic);
    expect(amount.ksPValue).toBe(expected.ksPValue);
    expect(amount.wassersteinNormed).toBe(expected.wassersteinNormed);
    expect(amount.psi).toBe(expected.psi);
    expect(amount.jensenShannon).toBe(expected.jensenShannon);
    expect(amount.decidingMeasure).toBe(expected.decision.test);
    expect(amount.threshold).toBe(expected.decision.threshold);
    expect(amount.drift).toBe(true);

    const segCounts = (test: (i: number) => boolean) =>
      countCategories(rows.filter((_, i) => test(i)).map((r) => r[col('segment')] as string));
    const segment = t.columns.find((c) => c.column === 'segment')!;
    const expectedSeg = compareCategorical(segCounts(inBaseline), segCounts(inIncident));
    expect(segment.chi2Statistic).toBe(expectedSeg.chi2Statistic);
    expect(segment.chi2PValue).toBe(expectedSeg.chi2PValue);
    expect(segment.jensenShannon).toBe(expectedSeg.jensenShannon);
    expect(segment.psi).toBe(expectedSeg.psi);
    expect(segment.unseenCategories).toEqual(['e']);

    // p-values are corrected within each family (features; predictions and labels; metadata),
    // and the features alone decide dataset drift.
    for (const family of [['feature'], ['prediction', 'label'], ['metadata']]) {
      const tested = t.columns.filter((c) => c.kind !== 'skipped' && family.includes(c.role));
      const withP = tested.filter((c) => c.pValue !== null);
      const adjusted = benjaminiHochberg(withP.map((c) => c.pValue as number)).adjusted;
      expect(withP.map((c) => c.correctedPValue)).toEqual(adjusted);
    }
    const features = t.columns.filter((c) => c.kind !== 'skipped' && c.role === 'feature');
    expect(features.map((c) => c.column).sort()).toEqual(['amount', 'clicks', 'segment']);
    expect(t.testedColumns).toBe(features.length);
    expect(t.driftedColumns).toBe(features.filter((c) => c.drift).length);
  });

  it('reports data-quality findings per column', async () => {
    const t = await table();
    const by = (name: string) => t.columns.find((c) => c.column === name)!;
    const share = (test: (i: number) => boolean, cell: (r: string[]) => boolean, n: number) =>
      rows.filter((r, i) => test(i) && cell(r)).length / n;
    const amount = by('amount');
    expect(amount.missingShareBaseline).toBe(
      share(inBaseline, (r) => r[col('amount')] === '', 1200),
    );
    expect(amount.missingShareIncident).toBe(
      share(inIncident, (r) => r[col('amount')] === '', 600),
    );
    expect(amount.unparsedShareBaseline).toBe(0);
    expect(amount.unparsedShareIncident).toBe(
      share(inIncident, (r) => r[col('amount')] === 'oops', 600),
    );
    expect(amount.typeChanged).toBe(true);
    const baseMax = Math.max(
      ...rows.flatMap((r, i) =>
        inBaseline(i) && typeof amountOf(r) === 'number' ? [amountOf(r) as number] : [],
      ),
    );
    const incValues = rows.flatMap((r, i) =>
      inIncident(i) && typeof amountOf(r) === 'number' ? [amountOf(r) as number] : [],
    );
    expect(amount.outOfRangeShare).toBe(
      incValues.filter((v) => v > baseMax).length / incValues.length,
    );
    expect(by('model_version').newModelVersions).toEqual(['v2']);
    expect(by('model_version').constantInIncident).toBe(false); // the baseline was constant too
    expect(by('timestamp').kind).toBe('skipped');
    expect(by('request_id').skippedReason).toMatch(/An identifier/);
    // Not tested, yet its counts are the rows of each window holding a value.
    expect([by('request_id').baselineCount, by('request_id').incidentCount]).toEqual([1200, 600]);
    expect([by('timestamp').baselineCount, by('timestamp').incidentCount]).toEqual([1200, 600]);
    expect(by('segment').newModelVersions).toBeNull();
  });

  it('compares two evidence files, columns matched by name', async () => {
    const other = writeLogCsv(f.dataDir, 'last-month.csv');
    const staged = await f.service.stage({ postmortemId: f.postmortemId, filePath: other.file });
    const previous = f.service.commit({
      stagingId: staged.stagingId,
      overrides: { columns: [{ index: col('amount'), type: 'real' }] },
    });
    const t = await f.service.drift(
      driftInputSchema.parse({
        evidenceId: ev.id,
        baseline: { kind: 'evidence', evidenceId: previous.id },
        incident: windows.incident,
      }),
    );
    expect(t.baselineRows).toBe(ROWS);
    const all = rows.flatMap((r) =>
      typeof amountOf(r) === 'number' ? [amountOf(r) as number] : [],
    );
    const inc = rows.flatMap((r, i) =>
      inIncident(i) && typeof amountOf(r) === 'number' ? [amountOf(r) as number] : [],
    );
    const amount = t.columns.find((c) => c.column === 'amount')!;
    expect(amount.ksStatistic).toBe(compareNumeric(all, inc).ksStatistic);
    expect(amount.missingShareBaseline).toBe(
      rows.filter((r) => r[col('amount')] === '').length / ROWS,
    );
    expect(t.columns.find((c) => c.column === 'timestamp')?.kind).toBe('skipped');
  });

  it('refuses an empty window with a message naming it', async () => {
    await expect(
      f.service.drift(
        driftInputSchema.parse({
          evidenceId: ev.id,
          baseline: {
            kind: 'time',
            column: 'timestamp',
            start: '2025-01-01T00:00:00Z',
            end: '2025-01-02T00:00:00Z',
          },
          incident: windows.incident,
        }),
      ),
    ).rejects.toThrow(/baseline window holds no rows/);
  });
});

describe('background prefetch', () => {
  it('reads every column into memory without changing any answer', async () => {
    // The worker's pool, opened here on the test's thread so its caches can be inspected.
    const pool = new SourcePool(f.service.evidenceDir);
    const open = (id: string) => pool.get(id, f.service.fileOf(id));
    const source = open(ev.id);
    expect(source.store.bytes()).toBe(0);
    await prefetchColumns(source);
    // 8 numeric + sorted (12 bytes a value) per number column, 4 bytes a row per category column
    expect(source.store.bytes()).toBeGreaterThan(ROWS * (8 + 12) * 4);
    const input = driftInputSchema.parse({ evidenceId: ev.id, ...windows });
    expect(queryDrift(source, input, open)).toEqual(await f.service.drift(input));
    const fresh = new EvidenceService({
      dataDir: f.dataDir,
      db: () => f.documents.writable(),
      prefetch: true,
    });
    expect(await fresh.drift(input)).toEqual(await f.service.drift(input));
    fresh.close();
    pool.closeAll();
    await prefetchColumns(source); // a closed source: stops at once
  });
});

describe('a column with too many distinct texts to hold in memory', () => {
  it('is sorted by SQL, missing cells last, ties in file order', async () => {
    const n = 120_000;
    const ids = Array.from({ length: n }, (_, i) =>
      i % 1000 === 7
        ? ''
        : `id-${((i * 7919) % n).toString(36)}${i % 5000 === 3 ? '' : `-${i % 3}`}`,
    );
    const file = path.join(f.dataDir, 'ids.csv');
    fs.writeFileSync(file, `id,n\n${ids.map((id, i) => `${id},${i}`).join('\n')}\n`);
    const staged = await f.service.stage({ postmortemId: f.postmortemId, filePath: file });
    const big = f.service.commit({ stagingId: staged.stagingId, overrides: {} });
    expect(big.columns[0]?.type).toBe('text');
    const expected = (dir: 1 | -1) =>
      ids
        .map((v, i) => ({ v, i }))
        .sort((a, b) => {
          if ((a.v === '') !== (b.v === '')) return a.v === '' ? 1 : -1;
          return a.v < b.v ? -dir : a.v > b.v ? dir : a.i - b.i;
        })
        .map((x) => x.i + 1);
    for (const [dir, sign] of [
      ['asc', 1],
      ['desc', -1],
    ] as const) {
      const want = expected(sign);
      const input = (offset: number) =>
        pageInputSchema.parse({
          evidenceId: big.id,
          offset,
          limit: 500,
          sort: { column: 'id', dir },
        });
      expect((await f.service.page(input(0))).rowNumbers).toEqual(want.slice(0, 500));
      expect((await f.service.page(input(n - 500))).rowNumbers).toEqual(want.slice(n - 500));
    }
    const pool = new SourcePool(f.service.evidenceDir);
    const source = pool.get(big.id, f.service.fileOf(big.id));
    expect(source.store.categories(source.column('id')).codes).toBeNull();
    pool.closeAll();
  });
});

describe('numbers turning into text', () => {
  it('flags a column read as text whose baseline held only numbers', async () => {
    const written = writeLogCsv(f.dataDir, 'as-text.csv');
    const preview = await f.service.stage({ postmortemId: f.postmortemId, filePath: written.file });
    // No override this time: "oops" in the incident window makes the whole column text.
    const asText = f.service.commit({ stagingId: preview.stagingId, overrides: {} });
    expect(asText.columns.find((c) => c.name === 'amount')?.type).toBe('text');
    const t = await f.service.drift(driftInputSchema.parse({ evidenceId: asText.id, ...windows }));
    const by = (name: string) => t.columns.find((c) => c.column === name)!;
    expect(by('amount').typeChanged).toBe(true);
    // A text column that was never numeric is not "turned into text".
    expect(by('segment').typeChanged).toBe(false);
  });
});
