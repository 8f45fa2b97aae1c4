import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import {
  driftInputSchema,
  pageInputSchema,
  timeSeriesInputSchema,
  type EvidenceInfo,
} from '../../../shared/evidence';
import { BASELINE, col, INCIDENT, writeLogCsv } from './csv';
import { openFixture, type EvidenceFixture } from './fixture';
import { EvidenceService } from '../../../main/evidence/service/evidence-service';

let f: EvidenceFixture;
let ev: EvidenceInfo;

beforeAll(async () => {
  f = await openFixture();
  const written = writeLogCsv(f.dataDir);
  const preview = await f.service.stage({ postmortemId: f.postmortemId, filePath: written.file });
  ev = f.service.commit({
    stagingId: preview.stagingId,
    overrides: { columns: [{ index: col('amount'), type: 'real' }] },
  });
});

afterAll(() => f.close());

const windows = {
  baseline: { kind: 'time', column: 'timestamp', ...BASELINE },
  incident: { kind: 'time', column: 'timestamp', ...INCIDENT },
};
const driftInput = () => driftInputSchema.parse({ evidenceId: ev.id, ...windows });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('the evidence query worker', () => {
  it('keeps errors typed across the thread boundary: code, message and issues', async () => {
    const column = await failure(
      f.service.page(
        pageInputSchema.parse({
          evidenceId: ev.id,
          offset: 0,
          limit: 10,
          sort: { column: 'nope', dir: 'asc' },
        }),
      ),
    );
    expect(column.code).toBe('not_found');
    expect(column.message).toMatch(/has no column "nope"\. Its columns: timestamp/);
    const rate = await failure(
      f.service.timeSeries(
        timeSeriesInputSchema.parse({ evidenceId: ev.id, agg: 'rate', column: 'clicks' }),
      ),
    );
    expect(rate.code).toBe('invalid_input');
    expect(rate.message).toMatch(/0\/1/);
  });

  it('answers an unknown evidence id, main or in a window, as not_found', async () => {
    const main = await failure(f.service.columnSummary('no-such-evidence'));
    expect(main.code).toBe('not_found');
    const other = await failure(
      f.service.drift(
        driftInputSchema.parse({
          evidenceId: ev.id,
          baseline: { kind: 'evidence', evidenceId: 'no-such-evidence' },
          incident: windows.incident,
        }),
      ),
    );
    expect(other.code).toBe('not_found');
    expect(other.message).toMatch(/no-such-evidence/);
  });

  it('fails the questions in flight as unavailable when the worker dies, then starts anew', async () => {
    const expected = await f.service.drift(driftInput());
    // A fresh service: its worker is still loading, so the questions are surely in flight.
    const fresh = new EvidenceService({ dataDir: f.dataDir, db: () => f.documents.writable() });
    const inFlight = [
      failure(fresh.drift(driftInput())),
      failure(fresh.page(pageInputSchema.parse({ evidenceId: ev.id, offset: 0, limit: 3 }))),
    ];
    await fresh.queries.terminate();
    for (const lost of await Promise.all(inFlight)) {
      expect(lost.code).toBe('unavailable');
      expect(lost.message).toMatch(/stopped before answering .* Ask again/);
    }
    expect(await fresh.drift(driftInput())).toEqual(expected);
    fresh.close();
  });

  it('closes a file in the worker before it is deleted, and forgets it', async () => {
    const other = writeLogCsv(f.dataDir, 'copy.csv');
    const staged = await f.service.stage({ postmortemId: f.postmortemId, filePath: other.file });
    const copy = f.service.commit({ stagingId: staged.stagingId, overrides: {} });
    const file = path.join(f.service.evidenceDir, f.service.fileOf(copy.id));
    expect((await f.service.columnSummary(copy.id, 'amount'))[0]?.column).toBe('amount');
    await f.service.delete(copy.id);
    expect(fs.existsSync(file)).toBe(false);
    expect((await failure(f.service.columnSummary(copy.id))).code).toBe('not_found');
  });

  it('starts again after close', async () => {
    f.service.close();
    const p = await f.service.page(
      pageInputSchema.parse({ evidenceId: ev.id, offset: 0, limit: 2 }),
    );
    expect(p.rowNumbers).toEqual([1, 2]);
  });
});
