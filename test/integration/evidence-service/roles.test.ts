import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  driftInputSchema,
  timeSeriesInputSchema,
  type EvidenceInfo,
} from '../../../shared/evidence';
import { BASELINE, col, INCIDENT, writeLogCsv } from './csv';
import { openFixture, type EvidenceFixture } from './fixture';

let f: EvidenceFixture;
let ev: EvidenceInfo;
let rows: string[][];

beforeAll(async () => {
  f = await openFixture();
  const written = writeLogCsv(f.dataDir);
  rows = written.rows;
  ev = (await f.service.importFile({ postmortemId: f.postmortemId, filePath: written.file }))
    .evidence;
});

afterAll(() => f.close());

const windows = {
  baseline: { kind: 'time', column: 'timestamp', ...BASELINE },
  incident: { kind: 'time', column: 'timestamp', ...INCIDENT },
};
const byName = (info: EvidenceInfo, name: string) => info.columns.find((c) => c.name === name)!;

describe('column roles', () => {
  it('are inferred at import from names and values: ids, the time, the model’s outputs', () => {
    const roles = Object.fromEntries(ev.columns.map((c) => [c.name, [c.role, c.roleChosen]]));
    expect(roles).toEqual({
      timestamp: ['time', false],
      request_id: ['identifier', false],
      model_version: ['metadata', false],
      amount: ['feature', false],
      segment: ['feature', false],
      clicks: ['feature', false],
      flagged: ['prediction', false],
      prediction: ['prediction', false],
      note: ['metadata', false],
    });
    // Facts the window needs before it opens the file.
    expect(byName(ev, 'prediction').binary).toBe(true);
    expect(byName(ev, 'flagged').binary).toBe(true);
    expect(byName(ev, 'clicks').binary).toBe(false);
    expect(byName(ev, 'request_id').idLike).toBe(true);
    expect(byName(ev, 'note').idLike).toBe(false);
  });

  it('are changed by hand, kept, and given back; the time column keeps its role', () => {
    const changed = f.service.setColumnRole(ev.id, 'flagged', 'feature');
    expect([byName(changed, 'flagged').role, byName(changed, 'flagged').roleChosen]).toEqual([
      'feature',
      true,
    ]);
    expect(byName(f.service.list(f.postmortemId)[0]!, 'flagged').role).toBe('feature');
    expect(() => f.service.setColumnRole(ev.id, 'timestamp', 'feature')).toThrow(
      /the time column .* its role is the time/,
    );
    expect(() => f.service.setColumnRole(ev.id, 'nope', 'feature')).toThrow(/has no column "nope"/);
    const back = f.service.setColumnRole(ev.id, 'flagged', null);
    expect([byName(back, 'flagged').role, byName(back, 'flagged').roleChosen]).toEqual([
      'prediction',
      false,
    ]);
  });

  it('are read from an old file that lacks them, once', () => {
    const db = f.documents.writable();
    const stored = JSON.parse(
      db.prepare('SELECT columns_json FROM evidence WHERE id = ?').pluck().get(ev.id) as string,
    ) as Record<string, unknown>[];
    const old = stored.map(({ binary: _b, idLike: _i, ...rest }) => rest);
    db.prepare('UPDATE evidence SET columns_json = ? WHERE id = ?').run(JSON.stringify(old), ev.id);
    const again = f.service.get(ev.id);
    expect(byName(again, 'prediction').binary).toBe(true);
    expect(byName(again, 'request_id').idLike).toBe(true);
    expect(byName(again, 'note').idLike).toBe(false);
    expect(byName(again, 'request_id').role).toBe('identifier');
  });
});

describe('the drift table by role', () => {
  it('tests features for dataset drift, reports outputs apart with their positive rate, and counts what it does not test', async () => {
    const t = await f.service.drift(driftInputSchema.parse({ evidenceId: ev.id, ...windows }));
    expect(t.columns.map((c) => c.role)).toEqual([
      'feature',
      'feature',
      'feature',
      'prediction',
      'prediction',
      'metadata',
      'metadata',
      'time',
      'identifier',
    ]);
    const prediction = t.outputs.find((o) => o.column === 'prediction')!;
    const ones = (test: (i: number) => boolean) =>
      rows.filter((r, i) => test(i) && r[col('prediction')] === '1').length;
    expect(prediction.positiveRate).toEqual({
      baseline: ones((i) => i < 1200) / 1200,
      incident: ones((i) => i >= 2400) / 600,
      baselinePositives: ones((i) => i < 1200),
      baselineCount: 1200,
      incidentPositives: ones((i) => i >= 2400),
      incidentCount: 600,
    });
    expect(prediction.drift).toBe(true);
    const id = t.columns.find((c) => c.column === 'request_id')!;
    expect([id.kind, id.baselineCount, id.incidentCount]).toEqual(['skipped', 1200, 600]);
    // amount was read as text ("oops" in the incident) with a value per row: not testable.
    expect(t.testedColumns).toBe(2);
    expect(t.columns[2]).toMatchObject({ column: 'amount', role: 'feature', kind: 'skipped' });
  });

  it('follows the roles the question gives over the stored ones', async () => {
    const t = await f.service.drift(
      driftInputSchema.parse({
        evidenceId: ev.id,
        ...windows,
        roles: { amount: 'identifier', prediction: 'feature' },
      }),
    );
    const amount = t.columns.find((c) => c.column === 'amount')!;
    expect([amount.role, amount.kind]).toEqual(['identifier', 'skipped']);
    expect(t.outputs.map((o) => o.column)).toEqual(['flagged']);
    expect(t.columns.find((c) => c.column === 'prediction')?.role).toBe('feature');
  });
});

describe('missing share over time', () => {
  it('is the share of each bucket’s rows whose cell is missing, for any column', async () => {
    const series = await f.service.timeSeries(
      timeSeriesInputSchema.parse({
        evidenceId: ev.id,
        agg: 'missing',
        column: 'amount',
        bucketMs: 3_600_000,
      }),
    );
    const first = series.buckets[0]!;
    const missing = rows.slice(0, 60).filter((r) => r[col('amount')] === '').length;
    expect([first.count, first.value]).toEqual([60, missing / 60]);
    const text = await f.service.timeSeries(
      timeSeriesInputSchema.parse({ evidenceId: ev.id, agg: 'missing', column: 'request_id' }),
    );
    expect(text.buckets.every((b) => b.value === 0)).toBe(true);
  });
});
