import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedReview, ReviewRecord, ReviewSummary } from '../../../shared/review';
import { tempDir } from '../db/temp';
import { testClock } from '../meeting/setup';
import { fullDocument } from '../postmortems/full-document';
import { storeDocument } from '../postmortems/store-document';
import {
  action,
  followUpSection,
  openFolder,
  orphans,
  withoutReview,
  type Folder,
} from './review-folders';

// A follow-up history over two postmortems: R1 walked both (ended), R2 walked A only and is
// still running, R3 walked B only. A's file must carry R1 and R2 with A's part alone.
const clock = testClock('2026-03-02T09:00:00.000Z');
let work: string;
let source: Folder;
let a: string;
let b: string;
let r1: string;
let r2: string;
let r3: string;
let fileA: string;
let fileB: string;

const itemsOf = (review: ReviewRecord) =>
  review.items.map((i) => [i.postmortemId, i.actionId, i.statusBefore, i.outcome]);

/** A fresh data folder (checked for orphans and removed after the test). */
const fresh = () => openFolder(tempDir('pm-bundle-reviews-'), clock);

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bundle-reviews-'));
  source = await openFolder(path.join(work, 'source'), clock);
  const store = async (title: string, actions: ReturnType<typeof action>[]) =>
    (await storeDocument(source.value, { ...fullDocument(), title, actions, links: [] })).id;
  a = await store('Declines after v13', [
    action('a1', 'detection', 'Alert on decline rate > 2x baseline.'),
    action('a2', 'prevention', 'Canary 5% for 24 h.'),
    action('a3', 'mitigation', 'A kill switch for the model.'),
  ]);
  b = await store('Late features', [
    action('b1', 'mitigation', 'Fallback to the cached features.'),
    action('b2', 'detection', 'Alert on feature lag.'),
  ]);
  const create = async (postmortemIds: string[]) =>
    (
      await source.value<CreatedReview>('reviews.create', {
        scope: 'postmortems',
        postmortemIds,
        today: clock.now().toISOString().slice(0, 10),
      })
    ).id;

  r1 = await create([a, b]);
  await source.value('reviews.setAttendees', { reviewId: r1, names: ['Priya', 'Bo'] });
  await source.command(r1, 'start');
  await source.record(r1, a, 'a1', {
    done: false,
    worked: 'unknown',
    note: 'Threshold still argued.',
    nextReviewDate: '2026-04-01',
  });
  await source.record(r1, a, 'a2', { done: true, worked: 'yes', note: '', nextReviewDate: null });
  await source.record(r1, b, 'b1', {
    done: true,
    worked: 'no',
    note: 'Fallback too slow',
    nextReviewDate: '2026-03-30',
  });
  await source.command(r1, 'end');

  clock.advance(30 * 24 * 3600);
  r2 = await create([a]);
  await source.command(r2, 'start');
  await source.record(r2, a, 'a1', {
    done: true,
    worked: 'no',
    note: 'It fired twice on noise',
    nextReviewDate: '2026-05-01',
  });
  r3 = await create([b]);
  await source.record(r3, b, 'b2', { done: true, worked: 'yes', note: '', nextReviewDate: null });

  fileA = path.join(work, 'a.postmortem');
  fileB = path.join(work, 'b.postmortem');
  await source.exportTo(a, 'bundle', fileA);
  await source.exportTo(b, 'bundle', fileB);
}, 120_000);

afterAll(async () => {
  await source?.backend.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('follow-up reviews in the portable postmortem file', () => {
  it("carry the reviews that walked the postmortem's actions, with only its part of them", async () => {
    expect((await source.review(r1)).items.map((i) => i.actionId)).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
    ]);
    const file = new Database(fileA, { readonly: true });
    try {
      const all = (sql: string) => file.prepare(sql).all();
      expect(all('SELECT id, status FROM reviews ORDER BY created_at')).toEqual([
        { id: r1, status: 'ended' },
        { id: r2, status: 'running' },
      ]);
      expect(all('SELECT review_id, postmortem_id FROM review_postmortems ORDER BY 1')).toEqual(
        [r1, r2].sort().map((review_id) => ({ review_id, postmortem_id: a })),
      );
      expect(
        all('SELECT review_id, postmortem_id, action_id FROM review_items ORDER BY 1, position'),
      ).toEqual(
        [
          [r1, 'a1'],
          [r1, 'a2'],
          [r1, 'a3'],
          [r2, 'a1'],
          [r2, 'a3'],
        ]
          .sort((x, y) => x[0]!.localeCompare(y[0]!))
          .map(([review_id, action_id]) => ({ review_id, postmortem_id: a, action_id })),
      );
      expect(all('SELECT name FROM review_attendees ORDER BY position')).toEqual([
        { name: 'Priya' },
        { name: 'Bo' },
      ]);
      const events = file.prepare('SELECT count(*) FROM review_events WHERE review_id = ?').pluck();
      expect(events.get(r1)).toBe((await source.review(r1)).state.events.length);
      expect(events.get(r2)).toBe((await source.review(r2)).state.events.length);
    } finally {
      file.close();
    }
    // Nothing of the other postmortem, nor of the review that walked it alone, is in the file.
    const bytes = fs.readFileSync(fileA).toString('latin1');
    for (const absent of [b, r3, 'Fallback to the cached features', 'Fallback too slow']) {
      expect(bytes).not.toContain(absent);
    }
  });

  it('import into a fresh folder with the same outcomes, report lines and review records', async () => {
    const to = await fresh();
    try {
      const imported = await to.importBundle(fileA);
      expect(orphans(to.dataDir)).toEqual([]);
      const before = await source.history(a);
      const after = await to.history(imported);
      expect(Object.keys(after).sort()).toEqual(['a1', 'a2']);
      expect(withoutReview(after)).toEqual(withoutReview(before));
      const [firstId, secondId] = after.a1!.map((r) => r.reviewId);
      expect(new Set([firstId, secondId, r1, r2]).size).toBe(4);
      const strip = (lasts: Record<string, { reviewId: string }>) =>
        Object.fromEntries(Object.entries(lasts).map(([k, { reviewId: _r, ...v }]) => [k, v]));
      const lasts = (f: Folder, postmortemId: string) =>
        f.value<Record<string, { reviewId: string }>>('reviews.lastOutcomes', { postmortemId });
      expect(strip(await lasts(to, imported))).toEqual(strip(await lasts(source, a)));

      // R1 covered two postmortems: here it lists the imported one and walks its actions only.
      const [was1, now1] = [await source.review(r1), await to.review(firstId!)];
      expect(now1).toMatchObject({
        title: was1.title,
        scope: was1.scope,
        attendees: ['Priya', 'Bo'],
      });
      expect(was1.title).toBe('Follow-up of 2 postmortems on 2026-03-02');
      expect(now1.postmortems).toEqual([{ id: imported, title: 'Declines after v13' }]);
      expect(now1.state).toEqual(was1.state);
      expect(itemsOf(now1)).toEqual(
        itemsOf(was1)
          .filter(([pm]) => pm === a)
          .map(([, ...rest]) => [imported, ...rest]),
      );
      // R2 arrives running, as it was; ending it here is a real event of this folder.
      const [was2, now2] = [await source.review(r2), await to.review(secondId!)];
      expect(now2.state).toEqual(was2.state);
      expect(now2.state.status).toBe('running');
      await to.command(secondId!, 'end');
      expect((await to.review(secondId!)).state.status).toBe('ended');
      expect(
        (await to.value<ReviewSummary[]>('reviews.list', {})).map((r) => r.itemCount).sort(),
      ).toEqual([2, 3]);

      const report = await followUpSection(to, imported);
      expect(report).toEqual(await followUpSection(source, a));
      expect(report).toContain(
        '- Reviewed 2026-04-01: done; it did not work. Note: It fired twice on noise. Next review 2026-05-01.',
      );
      expect(report).toContain('- Reviewed 2026-03-02: done; it worked.');
    } finally {
      await to.backend.stop();
    }
  }, 60_000);

  it('import twice into one folder as two postmortems, each with its own copy of the reviews', async () => {
    const to = await fresh();
    try {
      const first = await to.importBundle(fileA);
      const second = await to.importBundle(fileA);
      expect(first).not.toBe(second);
      expect(orphans(to.dataDir)).toEqual([]);
      const expected = withoutReview(await source.history(a));
      expect(withoutReview(await to.history(first))).toEqual(expected);
      expect(withoutReview(await to.history(second))).toEqual(expected);
      const reviews = await to.value<ReviewSummary[]>('reviews.list', {});
      expect(reviews).toHaveLength(4);
      expect(new Set(reviews.map((r) => r.id)).size).toBe(4);
    } finally {
      await to.backend.stop();
    }
  }, 60_000);

  it('import the two postmortems of one review from their two files as two partial reviews', async () => {
    const to = await fresh();
    try {
      const importedA = await to.importBundle(fileA);
      const importedB = await to.importBundle(fileB);
      expect(orphans(to.dataDir)).toEqual([]);
      expect(withoutReview(await to.history(importedB))).toEqual(
        withoutReview(await source.history(b)),
      );
      const reviews = await to.value<ReviewSummary[]>('reviews.list', {});
      const parts = await Promise.all(
        reviews
          .filter((r) => r.title === 'Follow-up of 2 postmortems on 2026-03-02')
          .map((r) => to.review(r.id)),
      );
      expect(
        parts.map((r) => [r.postmortems.map((p) => p.id), r.items.map((i) => i.actionId)]),
      ).toEqual(
        expect.arrayContaining([
          [[importedA], ['a1', 'a2', 'a3']],
          [[importedB], ['b1', 'b2']],
        ]),
      );
      expect(parts).toHaveLength(2);
      expect(reviews).toHaveLength(4);
    } finally {
      await to.backend.stop();
    }
  }, 60_000);

  it('import a file written before follow-up reviews travelled (no review tables)', async () => {
    const old = path.join(work, 'old.postmortem');
    fs.copyFileSync(fileA, old);
    const file = new Database(old);
    const tables = JSON.parse(
      file.prepare("SELECT value FROM bundle_meta WHERE key = 'tables'").pluck().get() as string,
    ) as string[];
    const reviewTables = tables.filter((t) => t.startsWith('review'));
    expect(reviewTables.sort()).toEqual([
      'review_attendees',
      'review_events',
      'review_items',
      'review_postmortems',
      'reviews',
    ]);
    for (const t of ['review_items', 'review_postmortems', 'review_attendees', 'review_events'])
      file.exec(`DROP TABLE ${t}`);
    file.exec('DROP TABLE reviews');
    const meta = file.prepare('UPDATE bundle_meta SET value = ? WHERE key = ?');
    meta.run(JSON.stringify(tables.filter((t) => !reviewTables.includes(t))), 'tables');
    // Data version 10: the last before follow-up reviews (migration 011).
    meta.run('10', 'schema_version');
    file.close();

    const to = await fresh();
    try {
      const imported = await to.importBundle(old);
      expect(orphans(to.dataDir)).toEqual([]);
      const pm = await to.value<{ actions: { id: string }[] }>('postmortems.get', {
        id: imported,
      });
      expect(pm.actions.map((x) => x.id)).toEqual(['a1', 'a2', 'a3']);
      expect(await to.history(imported)).toEqual({});
      expect(await to.value('reviews.list', {})).toEqual([]);
    } finally {
      await to.backend.stop();
    }
  }, 60_000);

  it('refuse review rows that name a postmortem the file does not hold', async () => {
    const forged = path.join(work, 'forged.postmortem');
    fs.copyFileSync(fileA, forged);
    const file = new Database(forged);
    file.pragma('foreign_keys = OFF');
    // B is in the source folder: trusted, this row would link the imported R2 to it.
    file.prepare('UPDATE review_postmortems SET postmortem_id = ? WHERE review_id = ?').run(b, r2);
    file.close();
    const count = async () => (await source.value<ReviewSummary[]>('reviews.list', {})).length;
    const before = await count();
    await expect(source.importBundle(forged)).rejects.toThrow(
      /forged\.postmortem is not consistent \(its review_postmortems name a postmortem it does not hold\); nothing was imported\./,
    );
    expect(await count()).toBe(before);
  });

  it('refuse review events that belong to a review the file does not hold', async () => {
    const forged = path.join(work, 'forged-events.postmortem');
    fs.copyFileSync(fileA, forged);
    const file = new Database(forged);
    file.pragma('foreign_keys = OFF');
    // R3 (B's alone) is in the source folder, not in A's file: the event would land in its log.
    file.prepare('UPDATE review_events SET review_id = ? WHERE rowid = 1').run(r3);
    file.close();
    const was = await source.review(r3);
    await expect(source.importBundle(forged)).rejects.toThrow(
      /forged-events\.postmortem holds rows of another postmortem in table review_events; it is damaged or was edited by hand, so nothing was imported: export it again from the app that made it\./,
    );
    expect(await source.review(r3)).toEqual(was);
    expect(orphans(source.dataDir)).toEqual([]);
  });

  it('import into the folder that wrote it, beside the reviews it copies', async () => {
    const was = await source.review(r1);
    const imported = await source.importBundle(fileA);
    expect(orphans(source.dataDir)).toEqual([]);
    expect(await source.review(r1)).toEqual(was);
    expect(withoutReview(await source.history(imported))).toEqual(
      withoutReview(await source.history(a)),
    );
    const reviews = await source.value<ReviewSummary[]>('reviews.list', {});
    expect(reviews.map((r) => r.id)).toEqual(expect.arrayContaining([r1, r2, r3]));
    expect(reviews).toHaveLength(5);
  }, 60_000);
});
