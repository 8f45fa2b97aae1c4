import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../main/postmortems/rows';
import { diffDocs } from '../../../shared/doc/diff';
import type { Postmortem } from '../../../shared/domain';
import { templates } from '../../../shared/template';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';
import { tempDir } from '../db/temp';
import { fullDocument } from '../postmortems/full-document';

const quiet = () => {};

async function setup() {
  const backend = await createBackend({ dataDir: tempDir('pm-calls-') });
  const events: { name: string; payload: unknown }[] = [];
  backend.events.subscribe((name, payload) => events.push({ name, payload }));
  const call = (channel: string, input: unknown = {}) =>
    dispatch(backend.handlers, channel, input, quiet);
  const value = async <T = Postmortem>(channel: string, input: unknown = {}): Promise<T> => {
    const outcome = await call(channel, input);
    if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
    return outcome.value as T;
  };
  const created = await value('postmortems.create', { title: 'Stored' });
  let batch = 0;
  const apply = (ops: unknown[], windowId = 'window-a') =>
    call('postmortems.apply', { postmortemId: created.id, windowId, batchId: `b${++batch}`, ops });
  await apply(diffDocs(contentOf(created), { ...fullDocument(), title: 'Stored' }));
  const stored = await value('postmortems.get', { id: created.id });
  events.length = 0;
  return { backend, events, call, value, apply, stored };
}

describe('postmortem calls through dispatch', () => {
  const bad: [string, unknown, string, RegExp][] = [
    [
      'over-long text',
      { op: 'set', list: 'doc', field: 'summary.modelName', value: 'm'.repeat(201) },
      'ops.0.value',
      /at most 200 characters/,
    ],
    [
      'an invalid date',
      { op: 'set', list: 'actions', id: 'a1', field: 'dueDate', value: '2024-02-30' },
      'ops.0.value',
      /Not a valid date/,
    ],
    [
      'an unknown enum value',
      { op: 'set', list: 'doc', field: 'summary.severity', value: 'SEV9' },
      'ops.0.value',
      /SEV1/,
    ],
    [
      'an instant without offset',
      { op: 'set', list: 'timeline', id: 't2', field: 'at', value: '2024-03-12 05:15' },
      'ops.0.value',
      /time zone offset/,
    ],
    [
      'an empty title',
      { op: 'set', list: 'doc', field: 'title', value: '   ' },
      'ops.0.value',
      /cannot be empty/,
    ],
    [
      'an unknown field',
      { op: 'set', list: 'doc', field: 'summary.mood', value: 'x' },
      'ops.0.field',
      /no field "summary.mood"/,
    ],
    [
      'a field given only at insert',
      { op: 'set', list: 'diagnosis', id: 'data_drift', field: 'question', value: 'labeling' },
      'ops.0.field',
      /no field "question" to change/,
    ],
    [
      'an item with a field it does not have',
      {
        op: 'insert',
        list: 'workedWell',
        item: { id: 'w9', text: 'x', colour: 'red' },
        before: null,
      },
      'ops.0.item',
      /colour/,
    ],
    [
      'an unknown list',
      { op: 'delete', list: 'secrets', id: 'x' },
      'ops.0.list',
      /no list "secrets"/,
    ],
  ];

  it.each(bad)(
    'rejects %s naming the field, and the stored document is unchanged',
    async (_what, op, field, message) => {
      const { backend, apply, value, stored, events } = await setup();
      const outcome = await apply([op]);
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

  it('refuses an item whose id is taken with a sentence, storing nothing', async () => {
    const { backend, apply, value, stored } = await setup();
    const outcome = await apply([
      {
        op: 'insert',
        list: 'kpis',
        item: { id: 'k1', name: 'again', target: null, unit: '', note: '' },
        before: null,
      },
    ]);
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'refused', message: 'Not saved: A KPI with this id exists already.' },
    });
    expect(await value('postmortems.get', { id: stored.id })).toStrictEqual(stored);
    backend.close();
  });

  it('stores a batch and tells every window, then renames and restores', async () => {
    const { backend, apply, value, stored, events } = await setup();
    const applied = await apply([
      { op: 'set', list: 'doc', field: 'summary.modelVersion', value: 'v14' },
    ]);
    expect(applied).toMatchObject({
      ok: true,
      value: { batch: { revision: stored.revision + 1 }, skipped: [] },
    });
    const renamed = await value('postmortems.rename', { id: stored.id, title: '  Renamed  ' });
    expect(renamed).toMatchObject({ title: 'Renamed', revision: stored.revision + 2 });
    expect(await value('postmortems.listDeleted')).toEqual([]);
    const { deletedAt } = await value<{ deletedAt: string }>('postmortems.delete', {
      id: stored.id,
    });
    // The bin shows what was deleted, so it can be restored long after the toast's Undo is gone.
    expect(await value('postmortems.listDeleted')).toEqual([
      expect.objectContaining({ id: stored.id, title: 'Renamed', deletedAt }),
    ]);
    expect(await value('postmortems.restore', { id: stored.id })).toStrictEqual(renamed);
    expect(await value('postmortems.listDeleted')).toEqual([]);
    expect(events.map((e) => e.name)).toEqual([
      'postmortem.ops',
      'library.changed',
      'postmortem.ops',
      'library.changed',
      'library.changed',
      'postmortem.changed',
      'library.changed',
    ]);
    expect(events[0]!.payload).toMatchObject({
      postmortemId: stored.id,
      windowId: 'window-a',
      revision: stored.revision + 1,
      ops: [{ op: 'set', list: 'doc', field: 'summary.modelVersion', value: 'v14' }],
    });
    backend.close();
  });

  it('typing in "what happened" does not refresh the library; the model version does', async () => {
    const { backend, apply, events } = await setup();
    await apply([{ op: 'set', list: 'doc', field: 'summary.whatHappened', value: 'typed' }]);
    expect(events.map((e) => e.name)).toEqual(['postmortem.ops']);
    backend.close();
  });

  it('undoes and redoes this window’s batches through the calls', async () => {
    const { backend, apply, value, stored } = await setup();
    await apply([{ op: 'delete', list: 'timeline', id: 't2' }], 'window-b');
    expect(
      await value('postmortems.undo', { postmortemId: stored.id, windowId: 'window-b' }),
    ).toMatchObject({
      outcome: 'done',
      batch: { kind: 'undo' },
    });
    expect((await value('postmortems.get', { id: stored.id })).timeline).toEqual(stored.timeline);
    expect(
      await value('postmortems.redo', { postmortemId: stored.id, windowId: 'window-b' }),
    ).toMatchObject({
      outcome: 'done',
    });
    expect(
      await value('postmortems.undo', { postmortemId: stored.id, windowId: 'window-c' }),
    ).toEqual({
      outcome: 'nothing',
      message: 'Nothing to undo in this window.',
      history: { undo: false, redo: false },
    });
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
