import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeWindows, type EvidenceInfo, type TimeWindow } from '../../../shared/evidence';
import { EvidenceService } from '../../../main/evidence/service/evidence-service';
import { OperationService } from '../../../main/postmortems/ops/operation-service';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { BASELINE, INCIDENT, T0, writeLogCsv } from './csv';
import { openFixture, type EvidenceFixture } from './fixture';

let f: EvidenceFixture;
let ev: EvidenceInfo;

beforeAll(async () => {
  f = await openFixture();
  const { file } = writeLogCsv(f.dataDir);
  ev = (await f.service.importFile({ postmortemId: f.postmortemId, filePath: file })).evidence;
});

afterAll(() => f.close());

/** A time window as the contract stores it (instants normalised to toISOString). */
const time = (start: string, end: string): TimeWindow => ({
  kind: 'time',
  column: 'timestamp',
  start: new Date(start).toISOString(),
  end: new Date(end).toISOString(),
});

describe('saved comparison windows', () => {
  it('come back after the app restarts, and go when forgotten', async () => {
    expect(ev.windows).toBeNull();
    const windows = {
      baseline: time(BASELINE.start, BASELINE.end),
      incident: { kind: 'values' as const, column: 'model_version', values: ['v2'] },
    };
    const saved = f.service.saveWindows(ev.id, windows);
    expect(saved.windows).toEqual({ ...windows, savedAt: '2026-03-20T10:00:00.000Z' });

    // A new service over the same data folder: what a restart (or a reload) reads.
    const restarted = new EvidenceService({ dataDir: f.dataDir, db: () => f.documents.writable() });
    const [listed] = restarted.list(f.postmortemId);
    restarted.close();
    expect(listed?.windows?.baseline).toEqual(windows.baseline);
    expect(listed?.windows?.incident).toEqual(windows.incident);

    const replaced = f.service.saveWindows(ev.id, {
      baseline: time(BASELINE.start, BASELINE.end),
      incident: time(INCIDENT.start, INCIDENT.end),
    });
    expect(replaced.windows?.incident).toEqual(time(INCIDENT.start, INCIDENT.end));
    expect(f.service.saveWindows(ev.id, null).windows).toBeNull();
    expect(f.service.get(ev.id).windows).toBeNull();
  });

  it('refuse columns the file lacks, time windows on other columns and other postmortems’ files', async () => {
    const incident = time(INCIDENT.start, INCIDENT.end);
    expect(() =>
      f.service.saveWindows(ev.id, {
        baseline: time(BASELINE.start, BASELINE.end),
        incident: { ...incident, column: 'when' },
      }),
    ).toThrow(/has no column "when"/);
    expect(() =>
      f.service.saveWindows(ev.id, { baseline: { ...incident, column: 'clicks' }, incident }),
    ).toThrow(/"clicks" .* does not hold instants/);
    const other = f.newPostmortem('Another incident');
    const { file } = writeLogCsv(f.dataDir, 'other.csv');
    const foreign = (await f.service.importFile({ postmortemId: other, filePath: file })).evidence;
    expect(() =>
      f.service.saveWindows(ev.id, {
        baseline: { kind: 'evidence', evidenceId: foreign.id },
        incident,
      }),
    ).toThrow(/A window names evidence .* which this postmortem does not have/);
  });

  it('are removed with their file', async () => {
    const { file } = writeLogCsv(f.dataDir, 'doomed.csv');
    const doomed = (await f.service.importFile({ postmortemId: f.postmortemId, filePath: file }))
      .evidence;
    f.service.saveWindows(doomed.id, {
      baseline: time(BASELINE.start, BASELINE.end),
      incident: time(INCIDENT.start, INCIDENT.end),
    });
    await f.service.delete(doomed.id);
    const left = f.documents
      .writable()
      .prepare('SELECT count(*) FROM evidence_windows WHERE evidence_id = ?')
      .pluck()
      .get(doomed.id);
    expect(left).toBe(0);
  });
});

describe('proposed windows', () => {
  it('finds the stretch in which the prediction rate jumps, and says how much', async () => {
    const overview = await f.service.timeOverview(ev.id);
    expect(overview.first).toBe(T0);
    expect(overview.last).toBe(T0 + 2999 * 60_000);
    expect(overview.bucketLabel).toBe('15 min');
    const change = overview.changePoint;
    // Rows 2400..2999 (one a minute): prediction is 1 for half of them, a tenth before.
    expect(change).toMatchObject({
      column: 'prediction',
      measure: 'rate',
      start: '2026-01-02T16:00:00.000Z',
      end: '2026-01-03T02:00:00.000Z',
    });
    expect(change!.inside).toBeGreaterThan(0.4);
    expect(change!.outside).toBeLessThan(0.15);
    expect(change!.effectMeasure).toBe('cohens-h');
    expect(change!.effect).toBeGreaterThan(0.5);
  });

  it('takes the summary’s start and end first, and the change point when the summary has none', async () => {
    const overview = await f.service.timeOverview(ev.id);
    const db = f.documents.writable();
    const repository = new PostmortemRepository(db, () => new Date());
    new OperationService(db, repository, () => new Date(), {
      batch: () => {},
      pinsChanged: () => {},
    }).apply(f.postmortemId, 'test', 'summary', [
      { op: 'set', list: 'doc', field: 'summary.timeZone', value: 'Europe/Amsterdam' },
      { op: 'set', list: 'doc', field: 'summary.startedAt', value: '2026-01-02T20:00:00.000Z' },
      { op: 'set', list: 'doc', field: 'summary.endedAt', value: '2026-01-02T22:00:00.000Z' },
    ]);
    const context = f.service.incidentContext(f.postmortemId);
    expect(context).toEqual({
      timeZone: 'Europe/Amsterdam',
      startedAt: '2026-01-02T20:00:00.000Z',
      endedAt: '2026-01-02T22:00:00.000Z',
    });
    const fromSummary = proposeWindows(overview, context);
    expect(fromSummary?.source).toBe('summary');
    expect(fromSummary?.incident).toEqual(
      time('2026-01-02T20:00:00.000Z', '2026-01-02T22:00:00.000Z'),
    );
    // The baseline is the week before the incident, cut at the file's first row.
    expect(fromSummary?.baseline).toEqual(
      time('2026-01-01T00:00:00.000Z', '2026-01-02T20:00:00.000Z'),
    );
    const fromData = proposeWindows(overview, { startedAt: null, endedAt: null });
    expect(fromData?.source).toBe('change-point');
    expect(fromData?.incident).toEqual(time(INCIDENT.start, INCIDENT.end));
    // A summary dated outside the file is no proposal for it.
    const outside = proposeWindows(overview, {
      startedAt: '2025-01-01T00:00:00Z',
      endedAt: '2025-01-02T00:00:00Z',
    });
    expect(outside?.source).toBe('change-point');
  });
});
