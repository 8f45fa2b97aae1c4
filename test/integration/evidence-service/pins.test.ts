import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../../shared/contract';
import {
  pinSpecSchema,
  type EvidenceInfo,
  type Pin,
  type StagedPreview,
} from '../../../shared/evidence';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { BASELINE, INCIDENT, writeLogCsv } from './csv';

let dataDir: string;
let backend: Backend;
let postmortemId: string;

async function call(channel: string, input: unknown): Promise<Outcome<unknown>> {
  return dispatch(backend.handlers, channel, input, () => {});
}
async function value<T>(channel: string, input: unknown): Promise<T> {
  const outcome = await call(channel, input);
  if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value as T;
}

async function importLog(name = 'log.csv'): Promise<EvidenceInfo> {
  const { file } = writeLogCsv(dataDir, name);
  const staged = await value<StagedPreview>('evidence.stage', { postmortemId, filePath: file });
  return value<EvidenceInfo>('evidence.commit', {
    stagingId: staged.stagingId,
    overrides: { columns: [{ index: 3, type: 'real' }] },
  });
}

const windows = {
  baseline: { kind: 'time', column: 'timestamp', ...BASELINE },
  incident: { kind: 'time', column: 'timestamp', ...INCIDENT },
};
const histogramSpec = (evidenceId: string, column = 'amount') => ({
  kind: 'histogram',
  query: { evidenceId, column, bins: 8, ...windows },
});

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-pins-'));
  backend = await createBackend({ dataDir, log: () => {} });
  postmortemId = (await value<{ id: string }>('postmortems.create', { title: 'Pins' })).id;
  await value('postmortems.apply', {
    postmortemId,
    windowId: 'w',
    batchId: 'timeline',
    ops: [
      {
        op: 'insert',
        list: 'timeline',
        item: { id: 'ev-1', at: '2026-03-12T02:00:00Z', kind: 'deployment', text: 'v13 live' },
        before: null,
      },
    ],
  });
});

afterEach(() => {
  backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('pins', () => {
  it('round-trip what to compute, and re-render identically from the stored spec', async () => {
    const ev = await importLog();
    const input = {
      postmortemId,
      target: { kind: 'diagnosis', answerId: 'data_drift' },
      spec: histogramSpec(ev.id),
      caption: 'Amounts shift up',
    };
    const pin = await value<Pin>('pins.create', input);
    expect(pin.spec).toEqual(pinSpecSchema.parse(input.spec));
    expect(pin.caption).toBe('Amounts shift up');
    expect(pin.position).toBe(0);
    const [listed] = await value<Pin[]>('pins.list', { postmortemId });
    expect(listed).toEqual(pin);
    if (listed?.spec.kind !== 'histogram') throw new Error('expected a histogram pin');
    const again = await value('evidence.histogram', listed.spec.query);
    const direct = await value('evidence.histogram', input.spec.query);
    expect(again).toEqual(direct);
  });

  it('keeps positions dense per target when pins are added, moved and removed', async () => {
    const ev = await importLog();
    const target = { kind: 'diagnosis', answerId: 'data_drift' };
    const made: Pin[] = [];
    for (const column of ['amount', 'segment', 'clicks']) {
      made.push(
        await value<Pin>('pins.create', {
          postmortemId,
          target,
          spec: histogramSpec(ev.id, column),
        }),
      );
    }
    expect(made.map((p) => p.position)).toEqual([0, 1, 2]);
    await value('pins.update', { id: made[2]!.id, position: 0 });
    const order = async () =>
      (await value<Pin[]>('pins.list', { postmortemId }))
        .filter((p) => p.target.kind === 'diagnosis')
        .map((p) => [p.id, p.position]);
    expect(await order()).toEqual([
      [made[2]!.id, 0],
      [made[0]!.id, 1],
      [made[1]!.id, 2],
    ]);
    const moved = await value<Pin>('pins.update', {
      id: made[0]!.id,
      target: { kind: 'timeline', eventId: 'ev-1' },
      caption: 'moved',
    });
    expect(moved).toMatchObject({
      position: 0,
      caption: 'moved',
      target: { kind: 'timeline', eventId: 'ev-1' },
    });
    expect(await order()).toEqual([
      [made[2]!.id, 0],
      [made[1]!.id, 1],
    ]);
    await value('pins.delete', { id: made[2]!.id });
    expect(await order()).toEqual([[made[1]!.id, 0]]);
    expect((await call('pins.delete', { id: made[2]!.id })).ok).toBe(false);
  });

  it("refuses a pin naming an unknown column or another postmortem's evidence", async () => {
    const ev = await importLog();
    const target = { kind: 'diagnosis', answerId: 'data_drift' };
    const unknown = await call('pins.create', {
      postmortemId,
      target,
      spec: histogramSpec(ev.id, 'nope'),
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!unknown.ok && unknown.error.message).toMatch(/no column "nope"/);
    const other = (await value<{ id: string }>('postmortems.create', { title: 'Other' })).id;
    const foreign = await call('pins.create', {
      postmortemId: other,
      target,
      spec: histogramSpec(ev.id),
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badKind = await call('pins.create', {
      postmortemId,
      target,
      spec: { kind: 'picture', query: {} },
    });
    expect(badKind).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('evidence lifecycle', () => {
  it('lists, gets and deletes evidence with its file and the pins that read it', async () => {
    const ev = await importLog();
    const kept = await importLog('other.csv');
    expect(
      (await value<EvidenceInfo[]>('evidence.list', { postmortemId })).map((e) => e.id),
    ).toEqual([ev.id, kept.id]);
    expect(await value('evidence.get', { evidenceId: ev.id })).toEqual(ev);
    await value('pins.create', {
      postmortemId,
      target: { kind: 'diagnosis', answerId: 'data_drift' },
      spec: histogramSpec(ev.id),
    });
    await value('pins.create', {
      postmortemId,
      target: { kind: 'diagnosis', answerId: 'data_drift' },
      spec: histogramSpec(kept.id),
    });
    const file = path.join(dataDir, 'evidence', `${ev.id}.sqlite`);
    expect(fs.existsSync(file)).toBe(true);
    await value('evidence.page', { evidenceId: ev.id, offset: 0, limit: 10 }); // opens the file
    expect(await value('evidence.delete', { evidenceId: ev.id })).toEqual({
      evidenceId: ev.id,
      removedPins: 1,
    });
    expect(fs.existsSync(file)).toBe(false);
    expect(await call('evidence.get', { evidenceId: ev.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      (await value<Pin[]>('pins.list', { postmortemId })).map((p) => p.spec.query.evidenceId),
    ).toEqual([kept.id]);
  });

  it('leaves nothing behind when a staged import is cancelled', async () => {
    const { file } = writeLogCsv(dataDir);
    const staged = await value<StagedPreview>('evidence.stage', { postmortemId, filePath: file });
    expect(staged.rowCount).toBe(3000);
    expect(await value('evidence.cancel', { stagingId: staged.stagingId })).toEqual({
      stagingId: staged.stagingId,
      cancelled: true,
    });
    expect(fs.readdirSync(path.join(dataDir, 'evidence'))).toEqual([]);
    const commit = await call('evidence.commit', { stagingId: staged.stagingId });
    expect(commit).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await value('evidence.list', { postmortemId })).toEqual([]);
  });

  it('names the file and what to do when an import fails', async () => {
    const missing = await call('evidence.stage', {
      postmortemId,
      filePath: path.join(dataDir, 'nope.csv'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(!missing.ok && missing.error.message).toMatch(/nope\.csv/);
    const noPm = await call('evidence.stage', {
      postmortemId: 'missing',
      filePath: path.join(dataDir, 'x.csv'),
    });
    expect(noPm).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('windows are told when files or pins change', () => {
  it('emits evidence.changed with the postmortem on commit, pin create/update/delete and delete', async () => {
    const seen: unknown[] = [];
    backend.events.subscribe((name, payload) => {
      if (name === 'evidence.changed') seen.push(payload);
    });
    const ev = await importLog();
    const pin = await value<Pin>('pins.create', {
      postmortemId,
      target: { kind: 'diagnosis', answerId: 'data_drift' },
      spec: histogramSpec(ev.id),
      caption: 'Amounts',
    });
    await value('pins.update', { id: pin.id, caption: 'Amounts, baseline vs incident' });
    await value('pins.delete', { id: pin.id });
    await value('evidence.delete', { evidenceId: ev.id });
    expect(seen).toEqual(Array.from({ length: 5 }, () => ({ postmortemId })));
  });
});

describe('bad bytes', () => {
  it('marks a file that is not UTF-8 on the encoding field, so the window can offer another', async () => {
    const file = path.join(dataDir, 'latin.csv');
    fs.writeFileSync(file, Buffer.from('city,amount\nK\xf6ln,1\nM\xfcnchen,2\n', 'latin1'));
    const outcome = await call('evidence.stage', { postmortemId, filePath: file });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid_input');
    expect(outcome.error.message).toMatch(/latin\.csv/);
    expect(outcome.error.issues).toEqual([{ path: 'encoding', message: outcome.error.message }]);
    const staged = await value<StagedPreview>('evidence.stage', {
      postmortemId,
      filePath: file,
      encoding: 'windows-1252',
    });
    expect(staged.previewRows[0]?.[0]).toBe('Köln');
  });

  it('answers the file dialog call with a clear "unavailable" outside the desktop app', async () => {
    const outcome = await call('files.chooseCsv', {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/type or paste the full path/);
  });
});
