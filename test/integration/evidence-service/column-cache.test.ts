import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  driftInputSchema,
  histogramInputSchema,
  pageInputSchema,
  type EvidenceInfo,
} from '../../../shared/evidence';
import { cachePathFor } from '../../../main/evidence/query/column-cache';
import { EvidenceService } from '../../../main/evidence/service/evidence-service';
import { SourcePool } from '../../../main/evidence/service/sources';
import { BASELINE, INCIDENT, writeLogCsv } from './csv';
import { openFixture, type EvidenceFixture } from './fixture';

let f: EvidenceFixture;
let ev: EvidenceInfo;
let cacheFile: string;

const windows = {
  baseline: { kind: 'time', column: 'timestamp', ...BASELINE },
  incident: { kind: 'time', column: 'timestamp', ...INCIDENT },
};

/** Every kind of answer the column cache feeds, from a service over the data folder. */
async function answers(service: EvidenceService) {
  const page = (sort: object, extra: object = {}) =>
    service.page(
      pageInputSchema.parse({ evidenceId: ev.id, offset: 0, limit: 200, sort, ...extra }),
    );
  return {
    drift: await service.drift(driftInputSchema.parse({ evidenceId: ev.id, ...windows })),
    histogram: await service.histogram(
      histogramInputSchema.parse({ evidenceId: ev.id, column: 'amount', ...windows }),
    ),
    overview: await service.timeOverview(ev.id),
    summary: await service.columnSummary(ev.id),
    amountAsc: await page({ column: 'amount', dir: 'asc' }),
    amountDesc: await page({ column: 'amount', dir: 'desc' }),
    segmentFiltered: await page(
      { column: 'segment', dir: 'desc' },
      { filters: [{ column: 'model_version', op: 'eq', value: 'v2' }] },
    ),
  };
}

const restarted = () =>
  new EvidenceService({ dataDir: f.dataDir, db: () => f.documents.writable(), prefetch: true });

beforeAll(async () => {
  f = await openFixture();
  const { file } = writeLogCsv(f.dataDir);
  ev = (await f.service.importFile({ postmortemId: f.postmortemId, filePath: file })).evidence;
  cacheFile = cachePathFor(path.join(f.service.evidenceDir, f.service.fileOf(ev.id)));
});

afterAll(() => f.close());

describe('the column cache written after an import', () => {
  it('is finished before the command line exits: a stop waits for it when asked to', async () => {
    const dir = fs.mkdtempSync(path.join(f.dataDir, 'cli-'));
    const service = new EvidenceService({
      dataDir: dir,
      db: () => f.documents.writable(),
      finishCaches: true,
    });
    const { file } = writeLogCsv(dir, 'again.csv');
    const { evidence } = await service.importFile({ postmortemId: f.postmortemId, filePath: file });
    await service.stop();
    const written = cachePathFor(path.join(service.evidenceDir, service.fileOf(evidence.id)));
    expect(fs.existsSync(written)).toBe(true);
  });

  it('is beside the file once the service has stopped, and holds what the queries hold', async () => {
    const service = restarted();
    const written = await answers(service);
    await service.stop();
    // The fixture's service writes it in the background after the commit.
    await f.service.queries.cache(ev.id, f.service.fileOf(ev.id));
    await f.service.stop();
    expect(fs.existsSync(cacheFile)).toBe(true);

    const pool = new SourcePool(f.service.evidenceDir);
    const source = pool.get(ev.id, f.service.fileOf(ev.id));
    expect(source.cache).not.toBeNull();
    expect(source.timeOverview).toEqual(written.overview);
    pool.closeAll();

    // Exact: the answers read from the cache equal those read from the file alone.
    const cached = restarted();
    const fromCache = await answers(cached);
    await cached.stop();
    fs.rmSync(cacheFile);
    const plain = new EvidenceService({ dataDir: f.dataDir, db: () => f.documents.writable() });
    const fromFile = await answers(plain);
    await plain.stop();
    expect(fromCache).toEqual(fromFile);
    expect(fromCache.drift.columns.length).toBe(ev.columns.length);
  });

  it('is ignored when it does not belong to the file or cannot be read, and rebuilt', async () => {
    fs.writeFileSync(cacheFile, 'not a database');
    const service = restarted();
    const fromFile = await answers(service);
    expect(fromFile.histogram.column).toBe('amount');
    await service.queries.cache(ev.id, f.service.fileOf(ev.id));
    await service.stop();
    // The background read finished and wrote a good cache in place of the broken one.
    const pool = new SourcePool(f.service.evidenceDir);
    const source = pool.get(ev.id, f.service.fileOf(ev.id));
    expect(source.cache).not.toBeNull();
    pool.closeAll();
  });

  it('goes with its file, and leftovers go at start', async () => {
    const dir = f.service.evidenceDir;
    const orphan = path.join(dir, '0b8a4f7e-1111-4222-8333-944455556666.columns');
    const partial = `${cacheFile}.tmp-4242-0a1b2c3d`;
    fs.writeFileSync(orphan, '');
    fs.writeFileSync(partial, '');
    const service = restarted();
    expect(service.removeLeftovers().sort()).toEqual(
      [path.basename(orphan), path.basename(partial)].sort(),
    );
    expect(fs.existsSync(cacheFile)).toBe(true);
    await service.delete(ev.id);
    expect(fs.existsSync(cacheFile)).toBe(false);
    await service.stop();
  });
});
