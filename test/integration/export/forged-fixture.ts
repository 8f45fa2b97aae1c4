import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { cli, withFolder } from './bundle-cli';
import { openDemo, type DemoBackend } from './demo-backend';

/**
 * A file exported from one data folder, to be edited by hand and imported into another that
 * already holds a postmortem (its own demo, with another id and its own evidence). Registers the
 * suite's setup; the values are read inside the tests.
 */
export function forgedFixture(prefix: string) {
  const fx = { file: '', target: '', targetId: '', targetEvidence: '', work: '' };
  let source: DemoBackend;

  beforeAll(async () => {
    source = await openDemo();
    source.backend.close();
    fx.work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fx.file = path.join(fx.work, 'demo.postmortem');
    const exported = await cli(
      'export',
      '--data-dir',
      source.dataDir,
      '--postmortem',
      source.demoId,
      '--format',
      'bundle',
      '--out',
      fx.file,
      '--json',
    );
    expect(exported.stderr).toBe('');
    const other = await openDemo();
    fx.target = other.dataDir;
    fx.targetId = other.demoId;
    const evidence = await other.call('evidence.list', { postmortemId: fx.targetId });
    fx.targetEvidence = evidence[0]!.id;
    other.backend.close();
    expect(fx.targetId).not.toBe(source.demoId);
  }, 60_000);

  afterAll(() => {
    for (const dir of [source.dataDir, fx.target, fx.work])
      fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the exported file with statements run on it, as someone editing it by hand. */
  function forge(name: string, ...statements: [string, ...unknown[]][]): string {
    const copy = path.join(fx.work, name);
    fs.copyFileSync(fx.file, copy);
    const db = new Database(copy);
    db.pragma('foreign_keys = OFF');
    try {
      for (const [sql, ...params] of statements) {
        const { changes } = db.prepare(sql).run(...params);
        if (/^(UPDATE|DELETE|INSERT)/.test(sql)) expect(changes).toBeGreaterThan(0);
      }
    } finally {
      db.close();
    }
    return copy;
  }

  /** One value read from the exported file. */
  function inFile<T>(query: string, ...params: unknown[]): T {
    const db = new Database(fx.file, { readonly: true });
    try {
      return db
        .prepare(query)
        .pluck()
        .get(...params) as T;
    } finally {
      db.close();
    }
  }

  /** Rows of the target folder's database. */
  function sql<T>(query: string, ...params: unknown[]): T[] {
    const db = new Database(path.join(fx.target, 'documents.sqlite'), { readonly: true });
    try {
      return db.prepare(query).all(...params) as T[];
    } finally {
      db.close();
    }
  }

  /** What the target folder shows of the postmortem it held before, and which postmortems it holds. */
  const targetState = () =>
    withFolder(fx.target, async (call) => ({
      postmortem: await call('postmortems.get', { id: fx.targetId }),
      pins: await call('pins.list', { postmortemId: fx.targetId }),
      postmortems: (await call('postmortems.list', {})).map((p) => p.id).sort(),
    }));

  /** Imports `forged` into the target, expecting the one-line refusal and the folder unchanged. */
  async function expectRefusedWhole(forged: string, what: string): Promise<void> {
    const before = await targetState();
    const evidenceFiles = fs.readdirSync(path.join(fx.target, 'evidence')).sort();
    const result = await cli('import-bundle', forged, '--data-dir', fx.target, '--json');
    expect(result.code).toBe(1);
    const name = path.basename(forged).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: ${name} ${what}; it is damaged or was edited by hand, so nothing was imported: export it again from the app that made it\\.\\n$`,
      ),
    );
    expect(await targetState()).toEqual(before);
    // The folder's evidence is still cited by its own pins alone.
    expect(
      sql(
        'SELECT pin_id FROM pin_evidence WHERE evidence_id = ? ORDER BY pin_id',
        fx.targetEvidence,
      ),
    ).toEqual(
      sql(
        'SELECT pin_id FROM pin_evidence WHERE pin_id IN (SELECT id FROM pins WHERE postmortem_id = ?) ORDER BY pin_id',
        fx.targetId,
      ),
    );
    expect(fs.readdirSync(path.join(fx.target, 'evidence')).sort()).toEqual(evidenceFiles);
    expect(sql('PRAGMA foreign_key_check')).toEqual([]);
  }

  /** Imports the untouched file beside the target's postmortem, which stays as it was. */
  async function expectImportsBeside(): Promise<string> {
    const before = await targetState();
    const result = await cli('import-bundle', fx.file, '--data-dir', fx.target, '--json');
    expect(result.stderr).toBe('');
    const { postmortemId } = JSON.parse(result.stdout) as { postmortemId: string };
    const after = await targetState();
    expect(after.postmortem).toEqual(before.postmortem);
    expect(after.pins).toEqual(before.pins);
    expect(after.postmortems).toEqual([...before.postmortems, postmortemId].sort());
    expect(sql('PRAGMA foreign_key_check')).toEqual([]);
    return postmortemId;
  }

  return { fx, forge, inFile, sql, expectRefusedWhole, expectImportsBeside };
}
