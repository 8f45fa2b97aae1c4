import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { freshAt, INSERT_POSTMORTEM, queryPlan } from './migration-helpers';

const insertEvidence = `INSERT INTO evidence (id, postmortem_id, file_name, row_count, columns_json,
  time_column, imported_at, byte_size, path) VALUES (?, ?, 'log.csv', 3, '[]', NULL, 'now', 10, ?)`;
const insertPin = `INSERT INTO pins (id, postmortem_id, target_kind, target_id, kind, spec_json,
  caption, position, created_at, updated_at) VALUES (?, ?, ?, 'data_drift', ?, '{}', '', 0, 'now', 'now')`;

describe('migration 003: evidence', () => {
  it('upgrades a version-2 database with documents in it, keeping them', () => {
    const db = freshAt(2);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    migrate(db, migrations, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id FROM postmortems').all()).toEqual([{ id: 'p1' }]);
    db.close();
  });

  it('refuses unknown pin kinds and targets, and removes what reads a deleted file', () => {
    const db = freshAt(3);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(insertEvidence).run('e1', 'p1', 'e1.sqlite');
    db.prepare(insertPin).run('pin1', 'p1', 'diagnosis', 'histogram');
    db.prepare('INSERT INTO pin_evidence (pin_id, evidence_id) VALUES (?, ?)').run('pin1', 'e1');
    expect(() => db.prepare(insertPin).run('pin2', 'p1', 'slide', 'histogram')).toThrow(/CHECK/);
    expect(() => db.prepare(insertPin).run('pin3', 'p1', 'diagnosis', 'photo')).toThrow(/CHECK/);
    expect(() => db.prepare(insertEvidence).run('e2', 'p1', 'e1.sqlite')).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM evidence WHERE id = ?').run('e1');
    expect(db.prepare('SELECT count(*) AS n FROM pin_evidence').get()).toEqual({ n: 0 });
    db.prepare('DELETE FROM postmortems WHERE id = ?').run('p1');
    expect(db.prepare('SELECT count(*) AS n FROM pins').get()).toEqual({ n: 0 });
    db.close();
  });

  it('finds a postmortem’s files, a target’s pins and a file’s pins by index', () => {
    const db = freshAt(3);
    expect(
      queryPlan(db, 'SELECT * FROM evidence WHERE postmortem_id = ? ORDER BY imported_at', 'p1'),
    ).toMatch(/USING INDEX evidence_by_postmortem/);
    const pins = queryPlan(
      db,
      `SELECT * FROM pins WHERE postmortem_id = ? AND target_kind = ? AND target_id = ?
       ORDER BY position`,
      'p1',
      'diagnosis',
      'data_drift',
    );
    expect(pins).toMatch(/USING INDEX pins_by_target/);
    expect(pins).not.toMatch(/TEMP B-TREE/);
    expect(queryPlan(db, 'SELECT pin_id FROM pin_evidence WHERE evidence_id = ?', 'e1')).toMatch(
      /USING (COVERING )?INDEX pin_evidence_by_evidence/,
    );
    db.close();
  });
});
