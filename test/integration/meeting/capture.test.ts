import { describe, expect, it } from 'vitest';
import type { CaptureResult } from '../../../shared/contract/meeting';
import type { Postmortem } from '../../../shared/domain';
import { setup } from './setup';

describe('meeting.capture writes into the postmortem document', () => {
  it('puts a timeline event in time order and tells every window the document changed', async () => {
    const { value, id, events } = await setup();
    const result = await value<CaptureResult>('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'timeline',
      at: '2024-03-12T04:00:00+01:00',
      timelineKind: 'escalation',
      text: 'On-call paged the model owner.',
    });
    const doc = await value<Postmortem>('postmortems.get', { id });
    expect(doc.timeline.map((e) => e.at)).toEqual([
      '2024-03-12T02:00:00.000Z',
      '2024-03-12T03:00:00.000Z',
      '2024-03-12T05:15:00.000Z',
      '2024-03-12T09:30:00.000Z',
    ]);
    expect(doc.timeline[1]).toEqual({
      id: result.itemId,
      at: '2024-03-12T03:00:00.000Z',
      kind: 'escalation',
      text: 'On-call paged the model owner.',
    });
    expect(result.batch).toMatchObject({ revision: doc.revision, windowId: 'window-a' });
    // Other windows get the batch; the capturing window applies it from this reply.
    expect(events).toContainEqual({ name: 'postmortem.ops', payload: result.batch });
    expect(events.some((e) => e.name === 'postmortem.changed')).toBe(false);
  });

  it('stamps a timeline event without an instant with the back end clock', async () => {
    const { value, id, clock } = await setup();
    await value('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'timeline',
      text: 'Said in the room.',
    });
    const doc = await value<Postmortem>('postmortems.get', { id });
    expect(doc.timeline.at(-1)).toMatchObject({
      at: new Date(clock.ms()).toISOString(),
      kind: 'other',
      text: 'Said in the room.',
    });
  });

  it('adds an open corrective action with its owner and date at the end of the actions', async () => {
    const { value, id } = await setup();
    const before = await value<Postmortem>('postmortems.get', { id });
    await value('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'action',
      description: 'Alert on the decline rate per merchant segment.',
      owner: 'Ben',
      dueDate: '2026-04-01',
      area: 'detection',
    });
    const doc = await value<Postmortem>('postmortems.get', { id });
    expect(doc.actions).toHaveLength(before.actions.length + 1);
    expect(doc.actions.at(-1)).toMatchObject({
      area: 'detection',
      description: 'Alert on the decline rate per merchant segment.',
      owner: 'Ben',
      dueDate: '2026-04-01',
      status: 'open',
      reviewDate: null,
    });
  });

  it('adds a parking-lot item, and a note labelled with the step it was said in', async () => {
    const { value, id, command, clock } = await setup();
    await command({ type: 'start' });
    await command({ type: 'jump', stepIndex: 4 });
    await value('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'parkingLot',
      text: '  Who owns the merchant list?  ',
    });
    await value('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'note',
      text: 'PSI on amount is 0.31.',
    });
    const doc = await value<Postmortem>('postmortems.get', { id });
    expect(doc.parkingLot.at(-1)).toMatchObject({
      text: 'Who owns the merchant list?',
      createdAt: new Date(clock.ms()).toISOString(),
    });
    expect(doc.notes.map((n) => [n.text, n.step])).toEqual([
      ['Line one\nLine two with "quotes" and \'apostrophes\'.', 'Diagnosis'],
      ['PSI on amount is 0.31.', 'Diagnosis: what went wrong'],
    ]);
  });

  it('refuses empty text and a list that is full, naming what to do, and changes nothing', async () => {
    const { call, value, id } = await setup();
    const empty = await call('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'note',
      text: '   ',
    });
    expect(!empty.ok && empty.error.message).toMatch(/text: A note cannot be empty/);
    const badDate = await call('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'action',
      description: 'x',
      dueDate: '31/03/2026',
    });
    expect(!badDate.ok && badDate.error.message).toMatch(/dueDate: Not a valid date/);
    await value('postmortems.apply', {
      postmortemId: id,
      windowId: 'window-a',
      batchId: 'fill',
      ops: Array.from({ length: 199 }, (_, i) => ({
        op: 'insert',
        list: 'parkingLot',
        item: { id: `p${i}`, text: `item ${i}`, createdAt: '2026-01-01T00:00:00Z' },
        before: null,
      })),
    });
    for (let b = 0; b < 2; b++) {
      await value('postmortems.apply', {
        postmortemId: id,
        windowId: 'window-a',
        batchId: `fill-${b}`,
        ops: Array.from({ length: 150 }, (_, i) => ({
          op: 'insert',
          list: 'parkingLot',
          item: { id: `m${b}-${i}`, text: `item`, createdAt: '2026-01-01T00:00:00Z' },
          before: null,
        })),
      });
    }
    const saved = await value<Postmortem>('postmortems.get', { id });
    expect(saved.parkingLot).toHaveLength(500);
    const over = await call('meeting.capture', {
      postmortemId: id,
      windowId: 'window-a',
      kind: 'parkingLot',
      text: 'one more',
    });
    expect(!over.ok && over.error.message).toMatch(
      /Not saved: At most 500 parking-lot items in one postmortem: remove one to add another/,
    );
    const after = await value<Postmortem>('postmortems.get', { id });
    expect(after.revision).toBe(saved.revision);
  });
});
