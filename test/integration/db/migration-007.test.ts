import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { freshAt, INSERT_POSTMORTEM, queryPlan } from './migration-helpers';

const insertEvidence = `INSERT INTO evidence (id, postmortem_id, file_name, row_count, columns_json,
  time_column, imported_at, byte_size, path) VALUES (?, ?, 'log.csv', 3, '[]', 'ts', 'now', 10, ?)`;
const insertRole = `INSERT INTO evidence_column_roles (evidence_id, column_name, role, chosen_at)
  VALUES (?, ?, ?, 'now')`;

describe('migration 007: column roles', () => {
  it('upgrades a version-6 database with evidence and saved windows in it, keeping them', () => {
    const db = freshAt(6);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(insertEvidence).run('e1', 'p1', 'e1.sqlite');
    db.prepare(
      `INSERT INTO evidence_windows (evidence_id, baseline_json, incident_json, saved_at)
       VALUES ('e1', '{}', '{}', 'now')`,
    ).run();
    migrate(db, migrations, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT evidence_id FROM evidence_windows').all()).toEqual([
      { evidence_id: 'e1' },
    ]);
    db.close();
  });

  it('keeps one role per column, only known roles, and goes with its file', () => {
    const db = freshAt(7);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(insertEvidence).run('e1', 'p1', 'e1.sqlite');
    db.prepare(insertRole).run('e1', 'device_score', 'feature');
    db.prepare(insertRole).run('e1', 'score', 'prediction');
    expect(() => db.prepare(insertRole).run('e1', 'score', 'label')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(insertRole).run('e1', 'ts', 'time')).toThrow(/CHECK/);
    expect(() => db.prepare(insertRole).run('nope', 'x', 'feature')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM evidence WHERE id = ?').run('e1');
    expect(db.prepare('SELECT count(*) AS n FROM evidence_column_roles').get()).toEqual({ n: 0 });
    db.close();
  });

  it('reads a file’s roles by its key, in column order', () => {
    const db = freshAt(7);
    const plan = queryPlan(
      db,
      'SELECT column_name, role FROM evidence_column_roles WHERE evidence_id = ? ORDER BY column_name',
      'e1',
    );
    expect(plan).toMatch(/USING PRIMARY KEY/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
