import { describe, expect, it } from 'vitest';
import type { Postmortem, PostmortemContent } from '../../../shared/domain';
import { templates } from '../../../shared/template';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';
import { tempDir } from '../db/temp';
import { fullDocument } from '../postmortems/full-document';

const quiet = () => {};

async function setup() {
  const backend = await createBackend({ dataDir: tempDir('pm-calls-') });
  const events: unknown[] = [];
  backend.events.subscribe((name, payload) => events.push({ name, payload }));
  const call = (channel: string, input: unknown = {}) =>
    dispatch(backend.handlers, channel, input, quiet);
  const value = async <T = Postmortem>(channel: string, input: unknown = {}): Promise<T> => {
    const outcome = await call(channel, input);
    if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
    return outcome.value as T;
  };
  const saved = await value('postmortems.create', { title: 'Stored' });
  const stored = await value('postmortems.save', {
    id: saved.id,
    baseRevision: 0,
    content: { ...fullDocument(), title: 'Stored' },
  });
  events.length = 0;
  return { backend, events, call, value, stored };
}

function withContent(stored: Postmortem, change: (content: PostmortemContent) => void) {
  const content = JSON.parse(
    JSON.stringify({ ...fullDocument(), title: stored.title }),
  ) as PostmortemContent;
  change(content);
  return { id: stored.id, baseRevision: stored.revision, content };
}

describe('postmortem calls through dispatch', () => {
  const bad: [string, (c: PostmortemContent) => void, string, RegExp][] = [
    [
      'over-long text',
      (c) => (c.summary.modelName = 'm'.repeat(201)),
      'content.summary.modelName',
      /at most 200 characters/,
    ],
    [
      'an invalid date',
      (c) => (c.actions[0]!.dueDate = '2024-02-30'),
      'content.actions.0.dueDate',
      /Not a valid date/,
    ],
    [
      'an end before the start',
      (c) => (c.summary.endedAt = '2024-03-11T00:00:00Z'),
      'content.summary.endedAt',
      /cannot end before it started/,
    ],
    [
      'a duplicate KPI id (its table is keyed by it)',
      (c) => (c.purpose.kpis[1]!.id = c.purpose.kpis[0]!.id),
      'content.purpose.kpis.1.id',
      /Duplicate id/,
    ],
    [
      'an unknown enum value',
      (c) => (c.summary.severity = 'SEV9' as never),
      'content.summary.severity',
      /SEV1/,
    ],
    [
      'an instant without offset',
      (c) => (c.timeline[1]!.at = '2024-03-12 05:15'),
      'content.timeline.1.at',
      /time zone offset/,
    ],
    ['an empty title', (c) => (c.title = '   '), 'content.title', /cannot be empty/],
  ];

  it.each(bad)(
    'rejects %s naming the field, and the stored document is unchanged',
    async (_what, change, field, message) => {
      const { backend, call, value, stored, events } = await setup();
      const outcome = await call('postmortems.save', withContent(stored, change));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('invalid_input');
      expect(outcome.error.message.startsWith(`${field}: `)).toBe(true);
      expect(outcome.error.message).toMatch(message);
      expect(outcome.error.issues?.[0]?.path).toBe(field);
      expect(await value('postmortems.get', { id: stored.id })).toStrictEqual(stored);
      expect(events).toEqual([]);
      backend.close();
    },
  );

  it('saves, renames and restores with a postmortem.changed event carrying the new revision', async () => {
    const { backend, call, value, stored, events } = await setup();
    const next = await value(
      'postmortems.save',
      withContent(stored, (c) => (c.notes = 'more')),
    );
    expect(next.revision).toBe(stored.revision + 1);
    const renamed = await value('postmortems.rename', { id: stored.id, title: '  Renamed  ' });
    expect(renamed.title).toBe('Renamed');
    const { deletedAt } = await value<{ deletedAt: string }>('postmortems.delete', {
      id: stored.id,
    });
    expect(deletedAt).toMatch(/^\d{4}-/);
    expect(await value('postmortems.restore', { id: stored.id })).toStrictEqual(renamed);
    const changed = { name: 'library.changed', payload: { id: stored.id } };
    expect(events).toEqual([
      { name: 'postmortem.changed', payload: { id: stored.id, revision: 2 } },
      changed,
      { name: 'postmortem.changed', payload: { id: stored.id, revision: 3 } },
      changed,
      changed,
      { name: 'postmortem.changed', payload: { id: stored.id, revision: 3 } },
      changed,
    ]);
    const stale = await call(
      'postmortems.save',
      withContent(stored, (c) => (c.notes = 'late')),
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(events).toHaveLength(7);
    expect(await value('postmortems.get', { id: stored.id })).toStrictEqual(renamed);
    backend.close();
  });

  it('creates from every template, with a title and time-zone override', async () => {
    const { backend, call, value } = await setup();
    const listed = await value<{ id: string }[]>('templates.list');
    expect(listed).toEqual(
      templates.map(({ id, title, description }) => ({ id, title, description })),
    );
    for (const { id } of listed) {
      const created = await value('postmortems.create', {
        templateId: id,
        title: 'From template',
        timeZone: 'Asia/Tokyo',
      });
      expect(created).toMatchObject({
        title: 'From template',
        revision: 0,
        summary: { timeZone: 'Asia/Tokyo' },
      });
      expect(await value('postmortems.get', { id: created.id })).toStrictEqual(created);
    }
    expect(await call('postmortems.create', { templateId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/There is no template "nope"/) },
    });
    expect(await call('postmortems.create', { timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'timeZone' }] },
    });
    const blank = await value('postmortems.create', {});
    expect(blank.title).toBe('Untitled postmortem');
    backend.close();
  });

  it('duplicates and lists through the same calls', async () => {
    const { backend, value, stored } = await setup();
    const copy = await value('postmortems.duplicate', { id: stored.id });
    expect(copy.title).toBe('Copy of Stored');
    const found = await value<{ id: string }[]>('postmortems.list', { query: 'copy of' });
    expect(found.map((p) => p.id)).toEqual([copy.id]);
    backend.close();
  });
});
