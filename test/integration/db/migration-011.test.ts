import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { freshAt, queryPlan } from './migration-helpers';

const INSERT_POSTMORTEM = `INSERT INTO postmortems (id, title, status, model_name, model_version,
  what_happened, time_zone, detected_by, impacted_who, impacted_unit, objective, created_at, updated_at)
  VALUES (?, 'T', 'draft', '', '', '', 'UTC', '', '', '', '', 'x', 'x')`;
const INSERT_ACTION = `INSERT INTO actions (postmortem_id, id, position, area, description, owner,
  due_date, status, review_date, hint) VALUES (?, ?, 1, 'detection', 'Alert', 'Ana', NULL, 'open', NULL, '')`;
const INSERT_REVIEW = `INSERT INTO reviews (id, title, scope, status, current_step, revision,
  agenda_json, created_at, updated_at) VALUES (?, 'R', 'overdue', 'planned', 0, 0, '[]', 'x', 'x')`;

describe('migration 011: follow-up reviews', () => {
  it('keeps existing actions and adds the review tables, empty', () => {
    const db = freshAt(10);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(INSERT_ACTION).run('p1', 'a1');
    migrate(db, migrations, 11);
    expect(schemaVersion(db)).toBe(11);
    for (const table of [
      'reviews',
      'review_events',
      'review_attendees',
      'review_postmortems',
      'review_items',
    ]) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(1);
    db.close();
  });

  it('ties outcomes to their action and review, refuses half-recorded outcomes, and finds an action’s by index', () => {
    const db = freshAt(11);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(INSERT_ACTION).run('p1', 'a1');
    db.prepare(INSERT_ACTION).run('p1', 'a2');
    db.prepare(INSERT_REVIEW).run('r1');
    const item = db.prepare(
      `INSERT INTO review_items (review_id, postmortem_id, action_id, position, status_before, done,
        worked, recorded_at) VALUES ('r1', 'p1', ?, 0, 'open', ?, ?, ?)`,
    );
    item.run('a1', 1, 'yes', '2026-03-16T10:00:00Z');
    item.run('a2', null, null, null);
    expect(() => item.run('missing', null, null, null)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM review_items WHERE action_id = 'a2'").run();
    expect(() => item.run('a2', 1, null, '2026-03-16T10:00:00Z')).toThrow(/CHECK/);
    expect(() => item.run('a2', 0, 'maybe', '2026-03-16T10:00:00Z')).toThrow(/CHECK/);
    expect(
      queryPlan(
        db,
        "SELECT * FROM review_items WHERE postmortem_id = 'p1' AND action_id = 'a1' ORDER BY recorded_at DESC",
      ),
    ).toMatch(/review_items_by_action/);
    // The action's rows go with it; the review's rows with the review.
    db.prepare("DELETE FROM actions WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) FROM review_items').pluck().get()).toBe(0);
    db.prepare(
      "INSERT INTO review_attendees (review_id, position, name) VALUES ('r1', 0, 'Ana')",
    ).run();
    db.prepare(
      "INSERT INTO review_postmortems (review_id, postmortem_id, position) VALUES ('r1', 'p1', 0)",
    ).run();
    db.prepare("DELETE FROM reviews WHERE id = 'r1'").run();
    expect(db.prepare('SELECT count(*) FROM review_attendees').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM review_postmortems').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
