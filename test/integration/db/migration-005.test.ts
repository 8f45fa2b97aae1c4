import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { freshAt, INSERT_POSTMORTEM, queryPlan } from './migration-helpers';

const insertEvidence = `INSERT INTO evidence (id, postmortem_id, file_name, row_count, columns_json,
  time_column, imported_at, byte_size, path) VALUES (?, ?, 'log.csv', 3, '[]', 'ts', 'now', 10, ?)`;
const insertWindows = `INSERT INTO evidence_windows (evidence_id, baseline_json, incident_json,
  saved_at) VALUES (?, ?, ?, 'now')`;
const window = JSON.stringify({ kind: 'time', column: 'ts', start: 'a', end: 'b' });

describe('migration 005: saved comparison windows', () => {
  it('upgrades a version-4 database with evidence in it, keeping it', () => {
    const db = freshAt(4);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(insertEvidence).run('e1', 'p1', 'e1.sqlite');
    migrate(db, migrations, 5);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT id, path FROM evidence').all()).toEqual([
      { id: 'e1', path: 'e1.sqlite' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM evidence_windows').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps one pair per file, refuses text that is not JSON, and goes with its file', () => {
    const db = freshAt(5);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(insertEvidence).run('e1', 'p1', 'e1.sqlite');
    db.prepare(insertWindows).run('e1', window, window);
    expect(() => db.prepare(insertWindows).run('e1', window, window)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(insertWindows).run('e1', 'not json', window)).toThrow(/CHECK/);
    expect(() => db.prepare(insertWindows).run('nope', window, window)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM evidence WHERE id = ?').run('e1');
    expect(db.prepare('SELECT count(*) AS n FROM evidence_windows').get()).toEqual({ n: 0 });
    db.close();
  });

  it('finds a file’s windows by its primary key', () => {
    const db = freshAt(5);
    expect(queryPlan(db, 'SELECT * FROM evidence_windows WHERE evidence_id = ?', 'e1')).toMatch(
      /USING (INDEX sqlite_autoindex_evidence_windows_1|PRIMARY KEY)/,
    );
    db.close();
  });
});
