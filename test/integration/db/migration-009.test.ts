import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { freshAt, queryPlan } from './migration-helpers';

describe('migration 009: the cause tree', () => {
  it('adds empty tables to a version-8 file; what was there reads back unchanged', () => {
    const db = freshAt(8);
    db.exec(`
      INSERT INTO postmortems (id, title, status, model_name, model_version, what_happened,
        time_zone, detected_by, impacted_who, impacted_unit, objective, created_at, updated_at)
        VALUES ('p', 'T', 'draft', '', '', '', 'UTC', '', '', '', '', 'x', 'x');
      INSERT INTO root_causes VALUES ('p', 'c1', 0, 'data', 'Cents, not euros.', '');
    `);
    migrate(db, migrations, 9);
    expect(schemaVersion(db)).toBe(9);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = new PostmortemRepository(db).get('p');
    expect(stored.rootCauses).toEqual([
      { id: 'c1', layer: 'data', description: 'Cents, not euros.', hint: '' },
    ]);
    expect(stored.causeNodes).toEqual([]);
    expect(stored.findings).toEqual([]);
  });

  it("a node's parent is checked at commit (a tree copies in any order), and must exist then", () => {
    const db = freshAt(9);
    db.prepare(
      `INSERT INTO postmortems (id, title, status, model_name, model_version, what_happened,
         time_zone, detected_by, impacted_who, impacted_unit, objective, created_at, updated_at)
       VALUES ('p', 'T', 'draft', '', '', '', 'UTC', '', '', '', '', 'x', 'x')`,
    ).run();
    const node = db.prepare(
      `INSERT INTO cause_nodes (postmortem_id, id, position, parent_id, kind, text, layer)
       VALUES ('p', ?, ?, ?, 'cause', '', NULL)`,
    );
    db.transaction(() => {
      node.run('child', 0, 'parent');
      node.run('parent', 1, null);
    })();
    expect(() => db.transaction(() => node.run('lost', 2, 'nobody'))()).toThrow(/FOREIGN KEY/);
    expect(() => node.run('self', 3, 'self')).toThrow(/CHECK/);
    expect(() => db.prepare(`DELETE FROM cause_nodes WHERE id = 'parent'`).run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(
      queryPlan(db, `SELECT id FROM cause_nodes WHERE postmortem_id = 'p' AND parent_id = 'x'`),
    ).toMatch(/cause_nodes_by_parent/);
  });

  it('a node is at most one root cause and a root cause at most one node', () => {
    const db = freshAt(9);
    db.exec(`
      INSERT INTO postmortems (id, title, status, model_name, model_version, what_happened,
        time_zone, detected_by, impacted_who, impacted_unit, objective, created_at, updated_at)
        VALUES ('p', 'T', 'draft', '', '', '', 'UTC', '', '', '', '', 'x', 'x');
      INSERT INTO cause_nodes VALUES ('p', 'n1', 0, NULL, 'cause', '', 'data');
      INSERT INTO cause_nodes VALUES ('p', 'n2', 1, NULL, 'cause', '', 'data');
      INSERT INTO root_causes VALUES ('p', 'c1', 0, 'data', '', '');
      INSERT INTO root_causes VALUES ('p', 'c2', 1, 'data', '', '');
      INSERT INTO node_causes VALUES ('p', 'n1', 'c1');
    `);
    expect(() => db.exec(`INSERT INTO node_causes VALUES ('p', 'n1', 'c2')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO node_causes VALUES ('p', 'n2', 'c1')`)).toThrow(/UNIQUE/);
    db.exec(`DELETE FROM root_causes WHERE id = 'c1'`);
    expect(db.prepare('SELECT count(*) AS n FROM node_causes').get()).toEqual({ n: 0 });
  });
});
