import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, withFolder } from './bundle-cli';
import { openDemo, type DemoBackend } from './demo-backend';

// A file exported from one data folder, imported into another that already holds a postmortem
// (its own demo, with another id). A forged row naming that postmortem, or one of its rows,
// must not land in it.
let source: DemoBackend;
let target: string;
let targetId: string;
let targetEvidence: string;
let work: string;
let file: string;

/** A copy of the exported file with statements run on it, as someone editing it by hand. */
function forge(name: string, ...statements: [string, ...unknown[]][]): string {
  const copy = path.join(work, name);
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  db.pragma('foreign_keys = OFF');
  try {
    for (const [sql, ...params] of statements) {
      const { changes } = db.prepare(sql).run(...params);
      if (/^(UPDATE|DELETE)/.test(sql)) expect(changes).toBeGreaterThan(0);
    }
  } finally {
    db.close();
  }
  return copy;
}

/** What the target folder shows of the postmortem it held before, and which postmortems it holds. */
function targetState() {
  return withFolder(target, async (call) => ({
    postmortem: await call('postmortems.get', { id: targetId }),
    pins: await call('pins.list', { postmortemId: targetId }),
    postmortems: (await call('postmortems.list', {})).map((p) => p.id).sort(),
  }));
}

function sql<T>(query: string, ...params: unknown[]): T[] {
  const db = new Database(path.join(target, 'documents.sqlite'), { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  source = await openDemo();
  source.backend.close();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bundle-forged-'));
  file = path.join(work, 'demo.postmortem');
  const exported = await cli(
    'export',
    '--data-dir',
    source.dataDir,
    '--postmortem',
    source.demoId,
    '--format',
    'bundle',
    '--out',
    file,
    '--json',
  );
  expect(exported.stderr).toBe('');
  const other = await openDemo();
  target = other.dataDir;
  targetId = other.demoId;
  const evidence = await other.call('evidence.list', { postmortemId: targetId });
  targetEvidence = evidence[0]!.id;
  other.backend.close();
  expect(targetId).not.toBe(source.demoId);
}, 60_000);

afterAll(() => {
  for (const dir of [source.dataDir, target, work])
    fs.rmSync(dir, { recursive: true, force: true });
});

const refusal = (name: string, what: string) =>
  new RegExp(
    `^error: ${name.replace('.', '\\.')} ${what}; it is damaged or was edited by hand, so nothing was imported: export it again from the app that made it\\.\\n$`,
  );

describe('a forged portable file', () => {
  it.each([
    {
      // actions name their postmortem directly. The action's links to its causes go (they would
      // fail on their own) and it takes an id the folder's demo does not use.
      case: 'an action of the postmortem already in the folder',
      name: 'actions.postmortem',
      forged: () =>
        forge(
          'actions.postmortem',
          ['DELETE FROM action_causes WHERE action_id = (SELECT id FROM actions WHERE rowid = 1)'],
          ["UPDATE actions SET postmortem_id = ?, id = 'slipped-in' WHERE rowid = 1", targetId],
        ),
      message: 'holds rows of another postmortem in table actions',
    },
    {
      // pin_evidence reaches its postmortem through evidence (tables.ts): this row would tie the
      // imported pin to the folder's own evidence, and deleting that evidence would delete it.
      case: "a pin's link to that postmortem's evidence",
      name: 'pin-evidence.postmortem',
      forged: () =>
        forge('pin-evidence.postmortem', [
          'UPDATE pin_evidence SET evidence_id = ? WHERE rowid = 1',
          targetEvidence,
        ]),
      message: 'holds rows of another postmortem in table pin_evidence',
    },
    {
      // The table rebuilt without its constraints, as a hand edit could: a lesson of no postmortem
      // has no key to check, and belongs to none.
      case: 'a lesson of no postmortem',
      name: 'lessons.postmortem',
      forged: () =>
        forge(
          'lessons.postmortem',
          ['CREATE TABLE loose AS SELECT * FROM lessons'],
          ['DROP TABLE lessons'],
          ['ALTER TABLE loose RENAME TO lessons'],
          ['UPDATE lessons SET postmortem_id = NULL WHERE rowid = 1'],
        ),
      message: "holds rows in table lessons that are not its postmortem's",
    },
    {
      case: 'a citation of a pin that is nowhere',
      name: 'node-pins.postmortem',
      forged: () =>
        forge('node-pins.postmortem', [
          "UPDATE node_pins SET pin_id = 'no-such-pin' WHERE rowid = 1",
        ]),
      message: 'holds rows in table node_pins that point to no row of it \\(pin_id\\)',
    },
  ])('refuses $case whole, leaving the folder as it was', async ({ name, forged, message }) => {
    const before = await targetState();
    const evidenceFiles = fs.readdirSync(path.join(target, 'evidence')).sort();
    const result = await cli('import-bundle', forged(), '--data-dir', target, '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(refusal(name, message));
    expect(await targetState()).toEqual(before);
    // The folder's evidence is still cited by its own pins alone.
    expect(
      sql('SELECT pin_id FROM pin_evidence WHERE evidence_id = ? ORDER BY pin_id', targetEvidence),
    ).toEqual(
      sql(
        'SELECT pin_id FROM pin_evidence WHERE pin_id IN (SELECT id FROM pins WHERE postmortem_id = ?) ORDER BY pin_id',
        targetId,
      ),
    );
    expect(fs.readdirSync(path.join(target, 'evidence')).sort()).toEqual(evidenceFiles);
    expect(sql('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('while the same file, untouched, imports beside the postmortem already there', async () => {
    const before = await targetState();
    const result = await cli('import-bundle', file, '--data-dir', target, '--json');
    expect(result.stderr).toBe('');
    const { postmortemId } = JSON.parse(result.stdout) as { postmortemId: string };
    const after = await targetState();
    expect(after.postmortem).toEqual(before.postmortem);
    expect(after.pins).toEqual(before.pins);
    expect(after.postmortems).toEqual([...before.postmortems, postmortemId].sort());
    expect(sql('PRAGMA foreign_key_check')).toEqual([]);
  });
});
