import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../main/export/bundle/read-bundle';
import type { ContractCaller } from '../../../main/export/caller';
import { gatherReportSource } from '../../../main/export/gather';
import { cli, withFolder } from './bundle-cli';
import { openDemo } from './demo-backend';

let from: string;
let demoId: string;
let work: string;
let bundle: string;

/** What must survive the trip: everything but ids that are global and the stored bookkeeping. */
async function snapshot(call: ContractCaller, id: string) {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    revision: _r,
    ...content
  } = await call('postmortems.get', { id });
  const evidence = await call('evidence.list', { postmortemId: id });
  const name = new Map(evidence.map((e) => [e.id, e.fileName]));
  const pins = await call('pins.list', { postmortemId: id });
  const meeting = await call('meeting.get', { postmortemId: id });
  const report = await gatherReportSource(call, id);
  const json = (v: unknown) =>
    JSON.parse(
      JSON.stringify(v).replace(
        /"evidenceId":"([^"]+)"/g,
        (_, e: string) => `"evidenceId":"${name.get(e)}"`,
      ),
    );
  // Pins and files get new ids on import: the cause tree's citations are compared by what they name.
  const pinName = new Map(pins.map((p) => [p.id, `${p.spec.kind}: ${p.caption}`]));
  const cited = {
    ...content,
    links: content.links
      .map((l) => (l.kind === 'node_pin' ? { ...l, to: pinName.get(l.to) ?? l.to } : l))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
  return {
    content: json(cited),
    evidence: evidence.map(({ id: _e, postmortemId: _p, importedAt: _i, ...rest }) => rest),
    pins: json(pins.map(({ id: _p, postmortemId: _pm, ...rest }) => rest)),
    results: report.pins.map((p) => p.outcome),
    meeting: {
      state: meeting.state,
      attendance: meeting.attendance,
      followUpDate: meeting.followUpDate,
    },
  };
}

beforeAll(async () => {
  const demo = await openDemo();
  from = demo.dataDir;
  demoId = demo.demoId;
  demo.backend.close();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bundle-'));
  bundle = path.join(work, 'demo.postmortem');
  const exported = await cli(
    'export',
    '--data-dir',
    from,
    '--postmortem',
    demoId,
    '--format',
    'bundle',
    '--out',
    bundle,
    '--json',
  );
  expect(exported.stderr).toBe('');
  expect(JSON.parse(exported.stdout)).toEqual({
    path: bundle,
    bytes: fs.statSync(bundle).size,
    pages: null,
  });
}, 60_000);
afterAll(() => {
  fs.rmSync(from, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

describe('the portable postmortem file', () => {
  it('imports into another data folder as an equal postmortem: content, evidence, pins, meeting', async () => {
    const to = path.join(work, 'other');
    const imported = await cli('import-bundle', bundle, '--data-dir', to, '--json');
    expect(imported.stderr).toBe('');
    const { postmortemId } = JSON.parse(imported.stdout) as { postmortemId: string };
    expect(postmortemId).not.toBe(demoId);
    const before = await withFolder(from, (call) => snapshot(call, demoId));
    const after = await withFolder(to, async (call) => {
      const evidence = await call('evidence.list', { postmortemId });
      expect(evidence.map((e) => e.id)).not.toEqual((await withFolderIds()).evidence);
      return snapshot(call, postmortemId);
    });
    expect(after).toEqual(before);
    expect(after.results.every((r) => r.ok)).toBe(true);
  });

  it('imports twice into the same folder as two postmortems with their own ids', async () => {
    const a = importBundleInto(from);
    const b = importBundleInto(from);
    const [first, second] = await Promise.all([a, b]);
    expect(new Set([demoId, first, second]).size).toBe(3);
    await withFolder(from, async (call) => {
      const list = await call('postmortems.list', {});
      expect(list.map((p) => p.id)).toEqual(expect.arrayContaining([demoId, first, second]));
    });
  });

  it('refuses an unknown version, a damaged file and an oversize entry in one line, importing nothing', async () => {
    const to = path.join(work, 'refusals');
    const newer = path.join(work, 'newer.postmortem');
    fs.copyFileSync(bundle, newer);
    const db = new Database(newer);
    db.prepare("UPDATE bundle_meta SET value = '99' WHERE key = 'version'").run();
    db.close();
    const damaged = path.join(work, 'damaged.postmortem');
    fs.writeFileSync(damaged, fs.readFileSync(bundle).subarray(0, 8192));
    const garbage = path.join(work, 'garbage.postmortem');
    fs.writeFileSync(garbage, 'not a database at all, just text');
    const cases: [string, RegExp][] = [
      [
        newer,
        /^error: newer\.postmortem is a portable postmortem file of version 99, which this app does not know \(it reads version 1\); update the app\.\n$/,
      ],
      [
        damaged,
        /^error: damaged\.postmortem is damaged or is not a portable postmortem file; nothing was imported\.\n$/,
      ],
      [
        garbage,
        /^error: garbage\.postmortem is damaged or is not a portable postmortem file; nothing was imported\.\n$/,
      ],
      [
        path.join(work, 'missing.postmortem'),
        /^error: missing\.postmortem cannot be read: check the path\.\n$/,
      ],
    ];
    for (const [file, message] of cases) {
      const result = await cli('import-bundle', file, '--data-dir', to, '--json');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    const count = () => withFolder(to, async (call) => (await call('postmortems.list', {})).length);
    const before = await count();
    const evidenceFiles = () => fs.readdirSync(path.join(to, 'evidence')).length;
    const filesBefore = evidenceFiles();
    const documents = new Database(path.join(to, 'documents.sqlite'));
    try {
      expect(() =>
        importBundle(bundle, {
          db: documents as Parameters<typeof importBundle>[1]['db'],
          evidenceDir: path.join(to, 'evidence'),
          limits: { maxFileBytes: 1e12, maxEntryBytes: 1000 },
        }),
      ).toThrow(
        /^demo\.postmortem holds an evidence file of \d+ bytes \([^)]+\.sqlite\), over the 1000-byte limit; nothing was imported\.$/,
      );
    } finally {
      documents.close();
    }
    expect(await count()).toBe(before);
    expect(evidenceFiles()).toBe(filesBefore);
  });
});

async function importBundleInto(dataDir: string): Promise<string> {
  const result = await cli('import-bundle', bundle, '--data-dir', dataDir, '--json');
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { postmortemId: string }).postmortemId;
}

async function withFolderIds(): Promise<{ evidence: string[] }> {
  return withFolder(from, async (call) => ({
    evidence: (await call('evidence.list', { postmortemId: demoId })).map((e) => e.id),
  }));
}
