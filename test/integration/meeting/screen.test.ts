import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../shared/contract/meeting';
import { openBackend, setup } from './setup';

const layout = { pageCount: 3, itemPages: { c1: 0, c2: 1, c3: 2 } };

describe('meeting.screen: what the shared screen shows, per step', () => {
  it('pages and highlights, keeps the meeting revision, and tells every window', async () => {
    const { value, id, events, command } = await setup();
    await command({ type: 'start' });
    const started = await value<MeetingRecord>('meeting.get', { postmortemId: id });
    events.length = 0;
    const screen = (cmd: unknown) =>
      value<MeetingRecord>('meeting.screen', { postmortemId: id, command: cmd });

    await screen({ type: 'layout', stepId: 'root_causes', layout });
    const paged = await screen({ type: 'page', stepId: 'root_causes', page: 7 });
    expect(paged.screens).toEqual([
      { stepId: 'root_causes', page: 2, focus: null, layout, evidence: null, revision: 2 },
    ]);
    const focused = await screen({ type: 'focus', stepId: 'root_causes', key: 'c2' });
    expect(focused.screens[0]).toMatchObject({ page: 1, focus: 'c2', revision: 3 });
    await screen({ type: 'page', stepId: 'diagnosis', page: 1 });
    const both = await value<MeetingRecord>('meeting.get', { postmortemId: id });
    expect(both.screens.map((s) => [s.stepId, s.page, s.revision])).toEqual([
      ['diagnosis', 1, 4],
      ['root_causes', 1, 3],
    ]);
    // A page turn is not a meeting command: a window's "next" stays valid.
    expect(both.state.revision).toBe(started.state.revision);
    const changed = events.filter((e) => e.name === 'meeting.changed');
    expect(changed).toHaveLength(4);
    expect(changed.at(-1)!.payload).toMatchObject({ screens: both.screens });

    // The same page again changes nothing and tells nobody.
    await screen({ type: 'page', stepId: 'diagnosis', page: 1 });
    expect(events.filter((e) => e.name === 'meeting.changed')).toHaveLength(4);
  });

  it('refuses an unknown step, a negative page and a layout without pages, naming the field', async () => {
    const { call, id } = await setup();
    for (const [command, field] of [
      [{ type: 'page', stepId: 'epilogue', page: 0 }, 'command.stepId'],
      [{ type: 'page', stepId: 'summary', page: -1 }, 'command.page'],
      [
        { type: 'layout', stepId: 'summary', layout: { pageCount: 0, itemPages: {} } },
        'command.layout.pageCount',
      ],
    ] as const) {
      const outcome = await call('meeting.screen', { postmortemId: id, command });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('invalid_input');
        expect(outcome.error.message).toContain(field);
      }
    }
  });

  it('puts a copy of a pin on screen, which stays when the pin is removed, and takes it off', async () => {
    const { value, id } = await setup();
    const spec = {
      kind: 'histogram',
      query: {
        evidenceId: 'e1',
        column: 'amount',
        baseline: { kind: 'evidence', evidenceId: 'e0' },
        incident: { kind: 'evidence', evidenceId: 'e1' },
      },
    };
    const evidence = {
      pinId: 'pin-1',
      target: { kind: 'diagnosis', answerId: 'data_drift' },
      spec,
      caption: 'amount, before and during',
    };
    await value('meeting.screen', {
      postmortemId: id,
      command: { type: 'layout', stepId: 'diagnosis', layout },
    });
    const shown = await value<MeetingRecord>('meeting.screen', {
      postmortemId: id,
      command: { type: 'show', stepId: 'diagnosis', evidence },
    });
    expect(shown.screens[0]).toMatchObject({ evidence, page: 0, layout: null, focus: null });
    const off = await value<MeetingRecord>('meeting.screen', {
      postmortemId: id,
      command: { type: 'show', stepId: 'diagnosis', evidence: null },
    });
    expect(off.screens[0]).toMatchObject({ evidence: null });
  });

  it('is kept across a restart of the back end', async () => {
    const { value, id, backend, dataDir, clock } = await setup();
    await value('meeting.screen', {
      postmortemId: id,
      command: { type: 'layout', stepId: 'actions', layout },
    });
    await value('meeting.screen', {
      postmortemId: id,
      command: { type: 'focus', stepId: 'actions', key: 'c3' },
    });
    const histogram = {
      kind: 'time-series',
      query: { evidenceId: 'e1', timeColumn: 'timestamp', column: 'prediction', agg: 'rate' },
    };
    await value('meeting.screen', {
      postmortemId: id,
      command: {
        type: 'show',
        stepId: 'diagnosis',
        evidence: { pinId: null, target: null, spec: histogram, caption: '' },
      },
    });
    backend.close();
    const reopened = await openBackend(dataDir, clock);
    const meeting = await reopened.value<MeetingRecord>('meeting.get', { postmortemId: id });
    expect(meeting.screens).toEqual([
      { stepId: 'actions', page: 2, focus: 'c3', layout, evidence: null, revision: 2 },
      {
        stepId: 'diagnosis',
        page: 0,
        focus: null,
        layout: null,
        evidence: { pinId: null, target: null, spec: histogram, caption: '' },
        revision: 3,
      },
    ]);
    reopened.backend.close();
  });
});
