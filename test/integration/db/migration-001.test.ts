import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import {
  BIN_SQL,
  GET_SQL,
  LIST_SQL,
  PURGE_SQL,
  SEARCH_SQL,
} from '../../../main/postmortems/queries';
import { freshAt, INSERT_POSTMORTEM, queryPlan } from './migration-helpers';

// The list tables as migration 001 made them (004 rebuilt them): written out, as a migration is.
const childTables = [
  'kpis',
  'accepted_risks',
  'diagnosis_answers',
  'root_causes',
  'worked_well',
  'actions',
  'lessons',
  'timeline_events',
  'participants',
  'parking_lot',
];
const childSql = (table: string) => ({
  insert: {
    kpis: 'INSERT INTO kpis (postmortem_id, position, id, name, target, unit, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
    lessons: 'INSERT INTO lessons (postmortem_id, position, prompt, answer) VALUES (?, ?, ?, ?)',
    root_causes:
      'INSERT INTO root_causes (postmortem_id, position, id, layer, description) VALUES (?, ?, ?, ?, ?)',
    worked_well: 'INSERT INTO worked_well (postmortem_id, position, id, text) VALUES (?, ?, ?, ?)',
  }[table]!,
  select: `SELECT * FROM ${table} WHERE postmortem_id = ? ORDER BY position`,
  delete: `DELETE FROM ${table} WHERE postmortem_id = ?`,
});

describe('migration 001: documents', () => {
  it('creates the postmortem table, one table per list section, and the meta table', () => {
    const db = freshAt(1);
    expect(schemaVersion(db)).toBe(1);
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(tables).toEqual([...childTables, 'meta', 'postmortems'].sort());
    const columns = (db.pragma('table_info(postmortems)') as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'status',
        'revision',
        'deleted_at',
        'objective',
        'task_type',
      ]),
    );
    db.close();
  });

  it('deletes the sections with their postmortem (ON DELETE CASCADE)', () => {
    const db = freshAt(1);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(childSql('kpis').insert).run('p1', 0, 'k1', 'Precision', 0.9, '', '');
    db.prepare(childSql('lessons').insert).run('p1', 0, 'untested', 'x');
    db.prepare('DELETE FROM postmortems WHERE id = ?').run('p1');
    expect(db.prepare('SELECT count(*) AS n FROM kpis').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM lessons').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses rows SQLite can tell are wrong: orphans, unknown enum values, empty titles', () => {
    const db = freshAt(1);
    expect(() =>
      db.prepare(childSql('kpis').insert).run('nope', 0, 'k1', 'n', null, '', ''),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    expect(() => db.prepare("UPDATE postmortems SET severity = 'SEV9'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE postmortems SET title = ''").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare(childSql('root_causes').insert).run('p1', 0, 'c1', 'astrology', 'x'),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(childSql('worked_well').insert).run('p1', 0, 'w1', Buffer.from('x')),
    ).toThrow(/cannot store BLOB value in TEXT column/);
    db.close();
  });

  it('answers the main queries from indexes, without a sort step', () => {
    const db = freshAt(1);
    db.function('fold', (v: unknown) => v);
    const list = queryPlan(db, LIST_SQL);
    expect(list).toContain('USING INDEX postmortems_live_by_updated');
    expect(list).not.toContain('TEMP B-TREE');
    const search = queryPlan(db, SEARCH_SQL, { needle: 'x' });
    expect(search).toContain('USING INDEX postmortems_live_by_updated');
    expect(search).not.toContain('TEMP B-TREE');
    expect(queryPlan(db, GET_SQL, 'p1')).toContain(
      'USING INDEX sqlite_autoindex_postmortems_1 (id=?)',
    );
    const bin = queryPlan(db, BIN_SQL);
    expect(bin).toContain('INDEX postmortems_deleted');
    expect(bin).not.toContain('TEMP B-TREE');
    const purge = queryPlan(db, PURGE_SQL, '2024-01-01');
    expect(purge).toMatch(/SEARCH postmortems USING (COVERING )?INDEX postmortems_deleted/);
    // The cascade to every section table goes through an index too, never a full scan.
    expect(purge).not.toMatch(/SCAN/);
    for (const table of childTables) {
      const detail = queryPlan(db, childSql(table).select, 'p1');
      expect(detail, table).toMatch(
        new RegExp(
          `SEARCH ${table} USING INDEX sqlite_autoindex_${table}_1 \\(postmortem_id=\\?\\)`,
        ),
      );
      expect(detail, table).not.toContain('TEMP B-TREE');
      expect(queryPlan(db, childSql(table).delete, 'p1'), table).toContain(`SEARCH ${table}`);
    }
    db.close();
  });
});
