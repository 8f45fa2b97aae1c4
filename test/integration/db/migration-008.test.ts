import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import type { WriteDb } from '../../../main/db/handles';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { demoPostmortem, templates } from '../../../shared/template';
import type { PostmortemContent } from '../../../shared/domain';
import { freshAt, queryPlan } from './migration-helpers';

/**
 * Writes a postmortem as versions 3 to 7 stored it: one row per list item keyed by position, the notes as
 * one text, template prompts as content (a sketch in "what happened", "To ask: …" in the findings,
 * "To consider: …" as root causes).
 */
function writeV6(db: WriteDb, id: string, doc: PostmortemContent): void {
  const s = doc.summary;
  db.prepare(
    `INSERT INTO postmortems (id, title, status, model_name, model_version, severity, what_happened,
       time_zone, started_at, ended_at, detected_at, detected_by, discovery, impacted_who,
       impacted_count, impacted_unit, objective, task_type, notes, created_at, updated_at, revision)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3)`,
  ).run(
    id,
    doc.title,
    doc.status,
    s.modelName,
    s.modelVersion,
    s.severity,
    s.whatHappened || doc.hints['summary.whatHappened'] || '',
    s.timeZone,
    s.startedAt,
    s.endedAt,
    s.detectedAt,
    s.detectedBy,
    s.discovery,
    s.impactedWho,
    s.impactedCount,
    s.impactedUnit,
    doc.purpose.objective,
    doc.purpose.taskType,
    doc.notes.map((n) => n.text).join('\n\n'),
    '2026-03-16T15:00:00.000Z',
    '2026-03-16T15:30:00.000Z',
  );
  const rows = (table: string, columns: string, items: unknown[][]) => {
    const insert = db.prepare(
      `INSERT INTO ${table} (postmortem_id, position, ${columns}) VALUES (?, ?, ${columns
        .split(',')
        .map(() => '?')
        .join(', ')})`,
    );
    items.forEach((values, position) => insert.run(id, position, ...values));
  };
  rows(
    'kpis',
    'id, name, target, unit, note',
    doc.purpose.kpis.map((k) => [k.id, k.name, k.target, k.unit, k.note]),
  );
  rows(
    'accepted_risks',
    'id, name, value, unit, note',
    doc.purpose.acceptedRisks.map((r) => [r.id, r.name, r.value, r.unit, r.note]),
  );
  rows(
    'diagnosis_answers',
    'question, status, findings',
    doc.diagnosis.map((a) => [a.question, a.status, a.findings || a.hint]),
  );
  rows(
    'root_causes',
    'id, layer, description',
    doc.rootCauses.map((c) => [c.id, c.layer, c.description || c.hint]),
  );
  rows(
    'worked_well',
    'id, text',
    doc.workedWell.map((w) => [w.id, w.text]),
  );
  rows(
    'actions',
    'id, area, description, owner, due_date, status, review_date',
    doc.actions.map((a) => [
      a.id,
      a.area,
      a.description || a.hint,
      a.owner,
      a.dueDate,
      a.status,
      a.reviewDate,
    ]),
  );
  rows(
    'lessons',
    'prompt, answer',
    doc.lessons.map((l) => [l.prompt, l.answer]),
  );
  rows(
    'timeline_events',
    'id, at, kind, text',
    doc.timeline.map((e) => [e.id, e.at, e.kind, e.text]),
  );
  rows(
    'participants',
    'id, name, team, role',
    doc.participants.map((p) => [p.id, p.name, p.team, p.role]),
  );
  rows(
    'parking_lot',
    'id, text, created_at',
    doc.parkingLot.map((p) => [p.id, p.text, p.createdAt]),
  );
}

const pin = (db: WriteDb, id: string, postmortemId: string, kind: string, target: string) =>
  db
    .prepare(
      `INSERT INTO pins (id, postmortem_id, target_kind, target_id, kind, spec_json, caption, position,
         created_at, updated_at) VALUES (?, ?, ?, ?, 'histogram', '{}', '', 0, 'x', 'x')`,
    )
    .run(id, postmortemId, kind, target);

function migrated(setup: (db: WriteDb) => void) {
  const db = freshAt(7);
  setup(db);
  migrate(db, migrations, 8);
  expect(schemaVersion(db)).toBe(8);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // The repository reads the tables of later versions too (the cause tree, 009): add them, empty.
  migrate(db, migrations);
  return { db, repo: new PostmortemRepository(db) };
}

describe('migration 008: items', () => {
  it('moves the demo with nothing lost: every item, its order, and the notes as notes', () => {
    const demo = demoPostmortem();
    const { repo } = migrated((db) => writeV6(db, 'demo', demo));
    const stored = repo.get('demo');
    const { notes, ...rest } = stored;
    // Version 6 stored no links and no cause tree (those came with 008 and 009).
    expect({ ...rest, notes: demo.notes }).toMatchObject({
      ...demo,
      causeNodes: [],
      findings: [],
      links: [],
      revision: 3,
      templateId: null,
    });
    expect(notes.map((n) => n.text)).toEqual(demo.notes.map((n) => n.text));
  });

  it('moves a 200-event postmortem in order, with the pins on its events and questions', () => {
    const doc = demoPostmortem();
    const timeline = Array.from({ length: 200 }, (_, n) => ({
      id: `e${n}`,
      at: new Date(Date.UTC(2026, 2, 12, 0, n)).toISOString(),
      kind: 'other' as const,
      text: `Event ${n} ✓ "quoted"`,
    }));
    const { db, repo } = migrated((handle) => {
      writeV6(handle, 'big', { ...doc, timeline });
      pin(handle, 'on-event', 'big', 'timeline', 'e150');
      pin(handle, 'on-question', 'big', 'diagnosis', 'data_drift');
      pin(handle, 'orphan', 'big', 'timeline', 'deleted-before');
    });
    expect(repo.get('big').timeline).toEqual(timeline);
    // The orphan pointed at nothing and was shown nowhere: it is not carried over.
    expect(db.prepare('SELECT id FROM pins ORDER BY id').pluck().all()).toEqual([
      'on-event',
      'on-question',
    ]);
    db.prepare("DELETE FROM timeline_events WHERE postmortem_id = 'big' AND id = 'e150'").run();
    expect(db.prepare('SELECT id FROM pins').pluck().all()).toEqual(['on-question']);
  });

  it('turns every template’s prompts into hints, keeping what was written', () => {
    const { repo } = migrated((db) => {
      templates.forEach((template, n) => writeV6(db, `t${n}`, template.build()));
      writeV6(db, 'answered', {
        ...templates[0]!.build(),
        diagnosis: templates[0]!
          .build()
          .diagnosis.map((a) => ({ ...a, findings: 'Our own finding.' })),
      });
    });
    templates.forEach((template, n) => {
      const built = template.build();
      const stored = repo.get(`t${n}`);
      expect(stored.summary.whatHappened).toBe('');
      expect(stored.hints['summary.whatHappened']).toBe(built.hints['summary.whatHappened']);
      expect(stored.diagnosis.map((a) => a.findings)).toEqual(built.diagnosis.map(() => ''));
      expect(stored.diagnosis.map((a) => a.hint)).toEqual(built.diagnosis.map((a) => a.hint));
      expect(stored.rootCauses.map((c) => [c.description, c.hint])).toEqual(
        built.rootCauses.map((c) => ['', c.hint]),
      );
      // Candidate actions were content before version 8; nothing written is ever dropped.
      expect(stored.actions.map((a) => a.description)).toEqual(built.actions.map((a) => a.hint));
    });
    expect(repo.get('answered').diagnosis.every((a) => a.findings === 'Our own finding.')).toBe(
      true,
    );
  });

  it('keys items by (postmortem, id), orders them by an index, and cascades links and pins', () => {
    const { db } = migrated(() => undefined);
    expect(
      queryPlan(
        db,
        'SELECT * FROM timeline_events WHERE postmortem_id = ? ORDER BY position, id',
        'p',
      ),
    ).toMatch(/USING INDEX timeline_events_order/);
    expect(
      queryPlan(
        db,
        'SELECT * FROM op_log WHERE postmortem_id = ? AND window_id = ? ORDER BY revision DESC',
        'p',
        'w',
      ),
    ).toMatch(/USING INDEX op_log_by_window/);
    expect(
      queryPlan(
        db,
        'SELECT * FROM pins WHERE postmortem_id = ? AND timeline_event_id = ?',
        'p',
        'e',
      ),
    ).toMatch(/USING INDEX pins_by_timeline/);
    db.exec(`INSERT INTO postmortems (id, title, status, model_name, model_version, what_happened,
      time_zone, detected_by, impacted_who, impacted_unit, objective, created_at, updated_at)
      VALUES ('p', 'T', 'draft', '', '', '', 'UTC', '', '', '', '', 'x', 'x')`);
    db.exec(
      `INSERT INTO actions VALUES ('p', 'a', 0, 'detection', '', '', NULL, 'open', NULL, '')`,
    );
    db.exec(`INSERT INTO root_causes VALUES ('p', 'c', 0, 'data', '', '')`);
    db.exec(`INSERT INTO action_causes VALUES ('p', 'a', 'c')`);
    expect(() => db.exec(`INSERT INTO action_causes VALUES ('p', 'a', 'nope')`)).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      db.exec(
        `INSERT INTO actions VALUES ('p', 'a', 1, 'detection', '', '', NULL, 'open', NULL, '')`,
      ),
    ).toThrow(/UNIQUE/);
    db.exec(`DELETE FROM root_causes WHERE id = 'c'`);
    expect(db.prepare('SELECT count(*) FROM action_causes').pluck().get()).toBe(0);
  });
});
