import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../main/postmortems/rows';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { searchInputSchema, type SearchInput } from '../../../shared/search/types';
import { opsSetup } from '../postmortems/ops-setup';
import { fullDocument } from '../postmortems/full-document';

function setup() {
  const s = opsSetup();
  const search = (input: SearchInput) => s.repo.searchAll(searchInputSchema.parse(input));
  const found = (query: string, filters: Omit<SearchInput, 'query'> = {}) =>
    search({ query, ...filters }).hits.map((h) => h.postmortem.id);
  let n = 0;
  const apply = (id: string, ops: Parameters<typeof s.ops.apply>[3], windowId = 'w1') =>
    s.ops.apply(id, windowId, `b${++n}`, ops);
  return { ...s, search, found, apply };
}

describe('search over everything written', () => {
  it('finds a word of any text field, with the place and a highlighted snippet', () => {
    const s = setup();
    const id = s.create(fullDocument());
    const { hits } = s.search({ query: 'legitimate' });
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit.postmortem.id).toBe(id);
    expect(hit.where).toBe('What happened');
    expect(hit.key).toBe('summary.whatHappened');
    const [start, end] = hit.highlights[0]!;
    expect(hit.snippet.slice(start, end)).toBe('legitimate');
    // The last word is a prefix while it is typed; every word must match.
    expect(s.found('legit')).toEqual([id]);
    expect(s.found('flagged legit')).toEqual([id]);
    expect(s.found('flagged nothinglikethis')).toEqual([]);
  });

  it('is current after each operation batch, its undo and a delete', () => {
    const s = setup();
    const id = s.create(fullDocument());
    const actionId = contentOf(s.repo.get(id)).actions[0]!.id;
    expect(s.found('Quetzalcoatl')).toEqual([]);
    s.apply(id, [
      { op: 'set', list: 'actions', id: actionId, field: 'owner', value: 'Quetzalcoatl Team' },
    ]);
    const hit = s.search({ query: 'quetzalcoatl' }).hits[0]!;
    expect(hit.key).toBe(`actions#${actionId}.owner`);
    expect(hit.where).toBe('Action (owner)');
    s.ops.undo(id, 'w1');
    expect(s.found('Quetzalcoatl')).toEqual([]);
    s.ops.redo(id, 'w1');
    expect(s.found('Quetzalcoatl')).toEqual([id]);
    s.apply(id, [{ op: 'delete', list: 'actions', id: actionId }]);
    expect(s.found('Quetzalcoatl')).toEqual([]);
  });

  it('ranks, counts and filters by layer, model, severity, status and date', () => {
    const s = setup();
    const base = fullDocument();
    const a = s.create({ ...base, title: 'Payments drift in the fraud scorer' });
    const b = s.create({
      ...base,
      title: 'Churn model stale',
      status: 'final',
      summary: { ...base.summary, modelName: 'churn', severity: 'SEV4', startedAt: null },
      rootCauses: base.rootCauses.map((c) => ({ ...c, layer: 'process' as const })),
    });
    expect(s.found('payments').sort()).toEqual([a, b].sort());
    expect(s.found('payments', { severity: 'SEV4' })).toEqual([b]);
    expect(s.found('payments', { status: 'in_review' })).toEqual([a]);
    expect(s.found('payments', { model: 'CHURN' })).toEqual([b]);
    expect(s.found('payments', { layer: 'process' })).toEqual([b]);
    expect(s.found('payments', { from: '2024-03-01', to: '2024-03-31' })).toEqual([a]);
    // Filters alone list the postmortems they keep, without snippets.
    expect(s.search({ query: '', severity: 'SEV2' }).hits.map((h) => h.postmortem.id)).toEqual([a]);
    const { total, hits } = s.search({ query: 'payments', limit: 1 });
    expect(total).toBe(2);
    // A match in the title ranks first.
    expect(hits.map((h) => [h.postmortem.id, h.where])).toEqual([[a, 'Title']]);
    expect(hits[0]!.matches).toBeGreaterThan(0);
  });

  it('searches text typed with search syntax as plain words', () => {
    const s = setup();
    const id = s.create({ ...fullDocument(), title: 'NEAR "quoted" AND-not: text' });
    for (const typed of ['NEAR(', '"quoted', 'AND-not:', '*', '(', 'a"b']) {
      expect(() => s.search({ query: typed })).not.toThrow();
    }
    expect(s.found('"quoted')).toEqual([id]);
    expect(s.found('AND-not:')).toEqual([id]);
  });

  it('leaves postmortems in the bin out, and a purge takes their entries', () => {
    const s = setup();
    const id = s.create(fullDocument());
    s.repo.delete(id);
    expect(s.found('legitimate')).toEqual([]);
    s.repo.restore(id);
    expect(s.found('legitimate')).toEqual([id]);
    s.repo.delete(id);
    s.clock.advanceDays(40);
    s.repo.purgeDeleted();
    expect(s.db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(0);
    expect(
      s.db
        .prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'legitimate'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('indexes evidence file names, their columns and pinned columns, by triggers', () => {
    const s = setup();
    const id = s.create(fullDocument());
    s.db
      .prepare(
        `INSERT INTO evidence (id, postmortem_id, file_name, row_count, columns_json, imported_at,
          byte_size, path) VALUES ('e1', ?, 'scores-march.csv', 1, ?, '2024-03-12', 1, 'e1.sqlite')`,
      )
      .run(id, JSON.stringify([{ name: 'merchant_category' }, { name: 'amount' }]));
    expect(s.search({ query: 'scores' }).hits[0]!.where).toBe('Evidence file');
    expect(s.found('merchant_category')).toEqual([id]);
    s.db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(s.found('scores')).toEqual([]);
  });

  it('rebuilds the index when the registry searched other fields than those recorded', () => {
    const s = setup();
    const id = s.create(fullDocument());
    s.db.prepare("DELETE FROM search_entries WHERE kind = 'doc'").run();
    s.db.prepare("UPDATE search_meta SET value = 'older' WHERE key = 'fields'").run();
    expect(s.found('legitimate')).toEqual([]);
    const again = new PostmortemRepository(s.db, s.clock.now);
    expect(again.ensureSearchCurrent()).toBe(true);
    expect(again.ensureSearchCurrent()).toBe(false);
    expect(s.found('legitimate')).toEqual([id]);
  });
});
