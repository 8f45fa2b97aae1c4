import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { freshAt, INSERT_POSTMORTEM, queryPlan } from './migration-helpers';

const insertScreen = `INSERT INTO meeting_screens (postmortem_id, step_id, page, focus_key,
  layout_json, revision, updated_at) VALUES (?, ?, ?, NULL, ?, 1, 'now')`;

describe('migration 006: meeting screens', () => {
  it('upgrades a version-5 database with documents in it, keeping them', () => {
    const db = freshAt(5);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    migrate(db, migrations, 6);
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT id FROM postmortems').all()).toEqual([{ id: 'p1' }]);
    expect(db.prepare('SELECT count(*) FROM meeting_screens').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses unknown steps, negative pages and broken JSON; goes with its postmortem', () => {
    const db = freshAt(6);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(insertScreen).run('p1', 'diagnosis', 2, '{"pageCount":3,"itemPages":{}}');
    expect(() => db.prepare(insertScreen).run('p1', 'epilogue', 0, null)).toThrow(/CHECK/);
    expect(() => db.prepare(insertScreen).run('p1', 'summary', -1, null)).toThrow(/CHECK/);
    expect(() => db.prepare(insertScreen).run('p1', 'summary', 0, '{')).toThrow(/CHECK/);
    expect(() => db.prepare(insertScreen).run('p1', 'diagnosis', 0, null)).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertScreen).run('nobody', 'summary', 0, null)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM postmortems WHERE id = ?').run('p1');
    expect(db.prepare('SELECT count(*) FROM meeting_screens').pluck().get()).toBe(0);
    db.close();
  });

  it('reads a postmortem screens from the primary key, without a sort step', () => {
    const db = freshAt(6);
    const plan = queryPlan(
      db,
      'SELECT * FROM meeting_screens WHERE postmortem_id = ? ORDER BY step_id',
      'p1',
    );
    expect(plan).toMatch(/USING (PRIMARY KEY|INDEX sqlite_autoindex_meeting_screens_1)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
