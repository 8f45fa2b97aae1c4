import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { freshAt, INSERT_POSTMORTEM, queryPlan } from './migration-helpers';

const insertMeeting = `INSERT INTO meetings (postmortem_id, status, current_step, revision,
  agenda_json, created_at, updated_at) VALUES (?, 'running', 0, 1, '[]', 'now', 'now')`;
const insertEvent = `INSERT INTO meeting_events (postmortem_id, seq, type, at, step_index)
  VALUES (?, ?, ?, ?, 0)`;

describe('migration 002: meeting', () => {
  it('upgrades a version-1 database with documents in it, keeping them', () => {
    const db = freshAt(1);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    migrate(db, migrations, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT id FROM postmortems').all()).toEqual([{ id: 'p1' }]);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'meeting%'")
      .all();
    expect(tables.map((t) => (t as { name: string }).name).sort()).toEqual([
      'meeting_attendance',
      'meeting_events',
      'meetings',
    ]);
    db.close();
  });

  it('keeps the event log consistent: no unknown event, no orphan, gone with its postmortem', () => {
    const db = freshAt(2);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(insertMeeting).run('p1');
    db.prepare(insertEvent).run('p1', 0, 'started', 1_000);
    expect(() => db.prepare(insertEvent).run('p1', 1, 'rewound', 2_000)).toThrow(/CHECK/);
    expect(() => db.prepare(insertEvent).run('p1', 0, 'paused', 2_000)).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertEvent).run('nobody', 0, 'started', 1_000)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE meetings SET agenda_json = '{'").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM postmortems WHERE id = ?').run('p1');
    expect(db.prepare('SELECT count(*) AS n FROM meeting_events').get()).toEqual({ n: 0 });
    db.close();
  });

  it('reads a meeting and its events in order from the primary keys, without a sort step', () => {
    const db = freshAt(2);
    expect(queryPlan(db, 'SELECT * FROM meetings WHERE postmortem_id = ?', 'p1')).toMatch(
      /USING INDEX sqlite_autoindex_meetings_1/,
    );
    const events = queryPlan(
      db,
      'SELECT * FROM meeting_events WHERE postmortem_id = ? ORDER BY seq',
      'p1',
    );
    expect(events).toMatch(/USING PRIMARY KEY|USING INDEX sqlite_autoindex_meeting_events_1/);
    expect(events).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
