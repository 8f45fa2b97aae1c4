import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract';
import { blankPostmortem } from '../../../shared/domain';
import { openWritable } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { contentOf } from '../../../main/postmortems/rows';
import { manualClock, tempDir } from '../db/temp';
import { fullDocument } from './full-document';

function setup() {
  const file = path.join(tempDir('pm-repo-'), 'documents.sqlite');
  const db = openWritable(file);
  migrate(db);
  const clock = manualClock('2026-01-10T09:00:00.000Z');
  return { file, db, clock, repo: new PostmortemRepository(db, clock.now) };
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('PostmortemRepository', () => {
  it('reads back exactly what was created, in order, after reopening the file', () => {
    const { file, db, repo } = setup();
    const full = fullDocument();
    const created = repo.create(full, 'fraud-false-positives');
    const expected = {
      ...full,
      id: created.id,
      templateId: 'fraud-false-positives',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
      revision: 0,
    };
    expect(created).toStrictEqual(expected);
    db.close();
    const reopened = new PostmortemRepository(openWritable(file));
    expect(reopened.get(created.id)).toStrictEqual(expected);
  });

  it('answers not_found for an unknown id', () => {
    const { repo } = setup();
    expect(caught(() => repo.get('missing')).code).toBe('not_found');
    expect(caught(() => repo.requireLive('missing')).code).toBe('not_found');
  });

  it('lists live postmortems newest first, searching title and model name case-insensitively', () => {
    const { clock, repo } = setup();
    const make = (title: string, modelName: string) => {
      clock.advanceDays(1);
      const doc = blankPostmortem(title);
      return repo.create({ ...doc, summary: { ...doc.summary, modelName } });
    };
    const a = make('Churn model drift', 'churn-xgb');
    const b = make('Fraud spike', 'FRAUD-scorer');
    const c = make('Müller pricing outage', 'pricer');
    const d = make('Another fraud review', 'other');
    repo.delete(d.id);
    expect(repo.list().map((p) => p.title)).toEqual([c.title, b.title, a.title]);
    expect(repo.list('fraud').map((p) => p.id)).toEqual([b.id]);
    expect(repo.list('  CHURN-XGB ').map((p) => p.id)).toEqual([a.id]);
    expect(repo.list('MÜLLER').map((p) => p.id)).toEqual([c.id]);
    expect(repo.list('%').map((p) => p.id)).toEqual([]);
    expect(repo.list('nothing like this')).toEqual([]);
    clock.advanceDays(1);
    repo.create({ ...blankPostmortem('Newest'), summary: { ...blankPostmortem().summary } });
    expect(repo.list()[0]).toMatchObject({ title: 'Newest' });
    expect(repo.list()[3]).toEqual({
      id: a.id,
      title: 'Churn model drift',
      modelName: 'churn-xgb',
      modelVersion: '',
      incidentStartedAt: null,
      timeZone: 'UTC',
      status: 'draft',
      updatedAt: a.updatedAt,
      deletedAt: null,
    });
  });

  it('moves to the bin and back: delete hides it, restore brings back the same document', () => {
    const { clock, repo } = setup();
    const original = repo.create(fullDocument());
    clock.set('2026-01-12T08:00:00.000Z');
    expect(repo.delete(original.id)).toEqual({
      id: original.id,
      deletedAt: '2026-01-12T08:00:00.000Z',
    });
    expect(repo.list()).toEqual([]);
    const hidden = caught(() => repo.get(original.id));
    expect(hidden.code).toBe('not_found');
    expect(hidden.message).toMatch(/is in the bin/);
    expect(caught(() => repo.requireLive(original.id)).code).toBe('not_found');
    expect(repo.restore(original.id)).toStrictEqual(original);
    expect(repo.list().map((p) => p.id)).toEqual([original.id]);
  });

  it('purges what has been in the bin for more than 30 days, with its sections', () => {
    const { db, clock, repo } = setup();
    const old = repo.create(fullDocument());
    const recent = repo.create(fullDocument());
    repo.delete(old.id);
    clock.advanceDays(2);
    repo.delete(recent.id);
    clock.advanceDays(29.5);
    expect(repo.purgeDeleted()).toBe(1);
    expect(caught(() => repo.restore(old.id)).code).toBe('not_found');
    expect(repo.restore(recent.id).title).toBe(recent.title);
    const orphans = db
      .prepare('SELECT count(*) AS n FROM actions WHERE postmortem_id = ?')
      .get(old.id);
    expect(orphans).toEqual({ n: 0 });
  });

  it('duplicates as "Copy of …" with the same content, links and template, leaving the original alone', () => {
    const { repo } = setup();
    const original = repo.create(fullDocument(), 'stale-logic');
    const copy = repo.duplicate(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe(`Copy of ${original.title}`);
    expect(copy.revision).toBe(0);
    expect(copy.templateId).toBe('stale-logic');
    expect(contentOf(copy)).toStrictEqual({ ...contentOf(original), title: copy.title });
    expect(repo.get(original.id)).toStrictEqual(original);
    const long = repo.create({ ...fullDocument(), title: 'x'.repeat(200) });
    expect(repo.duplicate(long.id).title).toHaveLength(200);
  });
});
