import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { searchInputSchema } from '../../../shared/search/types';
import { freshAt, queryPlan } from './migration-helpers';

// A postmortem row as versions 8 and later have it (the notes became items).
const INSERT_POSTMORTEM = `INSERT INTO postmortems (id, title, status, model_name, model_version,
  what_happened, time_zone, detected_by, impacted_who, impacted_unit, objective, created_at, updated_at)
  VALUES (?, 'T', 'draft', '', '', '', 'UTC', '', '', '', '', 'x', 'x')`;

const insertEvidence = `INSERT INTO evidence (id, postmortem_id, file_name, row_count, columns_json,
  time_column, imported_at, byte_size, path) VALUES (?, ?, 'card-scores.csv', 3, ?, 'ts', 'now', 10, ?)`;

describe('migration 010: search index', () => {
  it('indexes what existing postmortems hold: fields, items, evidence names and pinned columns', () => {
    const db = freshAt(9);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    db.prepare(
      "UPDATE postmortems SET what_happened = 'Thresholds slipped overnight' WHERE id = 'p1'",
    ).run();
    db.prepare(
      `INSERT INTO actions (postmortem_id, id, position, area, description, owner, due_date, status,
        review_date, hint) VALUES ('p1', 'a1', 1, 'detection', 'Alert on score drift', 'Ximena', NULL,
        'open', NULL, '')`,
    ).run();
    db.prepare(
      `INSERT INTO timeline_events (postmortem_id, id, position, at, kind, text)
       VALUES ('p1', 't1', 1, '2024-03-12T05:00:00Z', 'detection', 'Pager fired')`,
    ).run();
    db.prepare(insertEvidence).run(
      'e1',
      'p1',
      JSON.stringify([{ name: 'device_score' }]),
      'e1.sqlite',
    );
    db.prepare(
      `INSERT INTO pins (id, postmortem_id, target_kind, target_id, kind, spec_json, caption, position,
        created_at, updated_at) VALUES ('pin1', 'p1', 'timeline', 't1', 'histogram', ?, 'Shifted', 0,
        'now', 'now')`,
    ).run(
      JSON.stringify({ kind: 'histogram', query: { evidenceId: 'e1', column: 'merchant_age' } }),
    );
    db.prepare(
      `INSERT INTO cause_nodes (postmortem_id, id, position, parent_id, kind, text, layer)
       VALUES ('p1', 'n1', 1, NULL, 'cause', 'Upstream vendor renamed a field', 'data')`,
    ).run();
    db.prepare(
      `INSERT INTO cited_findings (postmortem_id, id, position, evidence_id, column_name, label)
       VALUES ('p1', 'f1', 1, 'e1', 'merchant_country', 'PSI 0.41 over 0.2')`,
    ).run();
    migrate(db, migrations, 10);
    expect(schemaVersion(db)).toBe(10);
    const repo = new PostmortemRepository(db);
    const where = (query: string) =>
      repo.searchAll(searchInputSchema.parse({ query })).hits.map((h) => [h.postmortem.id, h.key]);
    expect(where('thresholds')).toEqual([['p1', 'summary.whatHappened']]);
    expect(where('ximena')).toEqual([['p1', 'actions#a1.owner']]);
    expect(where('pager')).toEqual([['p1', 'timeline#t1.text']]);
    expect(where('card-scores')).toEqual([['p1', 'evidence:e1']]);
    expect(where('device_score')).toEqual([['p1', 'evidence:e1']]);
    expect(where('merchant_age')).toEqual([['p1', 'pin:pin1']]);
    expect(where('vendor renamed')).toEqual([['p1', 'causeNodes#n1.text']]);
    expect(where('merchant_country')).toEqual([['p1', 'finding:f1']]);
    // The index holds what the registry searches today: opening does not rebuild it.
    expect(repo.ensureSearchCurrent()).toBe(false);
    db.close();
  });

  it('keeps one entry per text, cascades with its postmortem, and finds a postmortem’s entries by key', () => {
    const db = freshAt(10);
    db.prepare(INSERT_POSTMORTEM).run('p1');
    const insert = db.prepare(
      "INSERT INTO search_entries (postmortem_id, kind, key, body) VALUES ('p1', 'doc', 'title', ?)",
    );
    insert.run('One');
    expect(() => insert.run('Two')).toThrow(/UNIQUE/);
    expect(
      queryPlan(db, "SELECT id FROM search_entries WHERE postmortem_id = ? AND kind = 'doc'", 'p1'),
    ).toMatch(/USING INDEX sqlite_autoindex_search_entries/);
    db.prepare("DELETE FROM postmortems WHERE id = 'p1'").run();
    expect(
      db.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'one'").pluck().get(),
    ).toBe(0);
    db.close();
  });
});
