import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../main/api/event-bus';
import { ReviewService } from '../../../main/reviews/review-service';
import { AppError } from '../../../shared/contract/errors';
import { boardInputSchema } from '../../../shared/actions/board';
import { trendsMarkdown } from '../../../shared/trends/summary';
import type { PostmortemContent } from '../../../shared/domain';
import { opsSetup } from '../postmortems/ops-setup';
import { fullDocument } from '../postmortems/full-document';

type Action = PostmortemContent['actions'][number];

const action = (id: string, changes: Partial<Action>): Action => ({
  id,
  area: 'detection',
  description: `Action ${id}`,
  owner: 'Ana',
  dueDate: null,
  status: 'open',
  reviewDate: null,
  hint: '',
  ...changes,
});

function setup() {
  const s = opsSetup();
  const events = new EventBus();
  const changed: string[] = [];
  events.subscribe((name, payload) => {
    if (name === 'review.changed') changed.push((payload as { id: string }).id);
  });
  let n = 0;
  const reviews = new ReviewService({
    db: () => s.db,
    operations: () => s.ops,
    events,
    now: () => s.clock.now().getTime(),
    newId: () => `r${++n}`,
  });
  const make = (title: string, actions: Action[]) =>
    s.create({ ...fullDocument(), title, actions, links: [] });
  const actionOf = (pm: string, id: string) => s.repo.get(pm).actions.find((a) => a.id === id)!;
  return { ...s, reviews, changed, make, actionOf };
}

const TODAY = '2026-03-16';

describe('follow-up reviews', () => {
  it('walks three overdue actions of two postmortems, records outcomes and carries them into the actions', () => {
    const s = setup();
    const a = s.make('Scores drifted', [
      action('a1', { dueDate: '2026-03-01' }),
      action('a2', { dueDate: '2026-03-10', area: 'prevention', status: 'in_progress' }),
      action('a3', { dueDate: '2026-04-01' }),
    ]);
    const b = s.make('Late features', [
      action('b1', { dueDate: '2026-02-20', area: 'mitigation' }),
      action('b2', { dueDate: '2026-01-01', status: 'done' }),
    ]);
    const review = s.reviews.create({ scope: 'overdue', postmortemIds: [], today: TODAY });
    expect(review.items.map((i) => [i.postmortemId, i.actionId])).toEqual([
      [b, 'b1'],
      [a, 'a1'],
      [a, 'a2'],
    ]);
    expect(review.postmortems.map((p) => p.title)).toEqual(['Late features', 'Scores drifted']);
    expect(review.state.agenda.map((st) => st.id)).toEqual([
      'review_opening',
      'review_actions',
      'review_dates',
      'review_close',
    ]);

    // The same facilitated flow: start, next; the clock is the back end's.
    const started = s.reviews.command(review.id, { type: 'start', expectedRevision: 0 });
    expect(started.review.state.status).toBe('running');
    s.reviews.command(review.id, { type: 'next', expectedRevision: 1 });
    s.reviews.setAttendees(review.id, ['Ana', 'Bo', 'Ana']);

    const first = s.reviews.record(review.id, {
      windowId: 'w1',
      postmortemId: a,
      actionId: 'a1',
      outcome: { done: true, worked: 'yes', note: 'Alert fired on the 12th', nextReviewDate: null },
      today: TODAY,
    });
    expect(first.batch?.ops).toHaveLength(1);
    expect(s.actionOf(a, 'a1').status).toBe('done');
    s.reviews.record(review.id, {
      windowId: 'w1',
      postmortemId: a,
      actionId: 'a2',
      outcome: { done: false, worked: 'unknown', note: '', nextReviewDate: '2026-04-01' },
      today: TODAY,
    });
    expect(s.actionOf(a, 'a2')).toMatchObject({ status: 'in_progress', reviewDate: '2026-04-01' });
    s.reviews.record(review.id, {
      windowId: 'w1',
      postmortemId: b,
      actionId: 'b1',
      outcome: {
        done: true,
        worked: 'no',
        note: 'Fallback too slow',
        nextReviewDate: '2026-03-30',
      },
      today: TODAY,
    });
    expect(() =>
      s.reviews.record(review.id, {
        windowId: 'w1',
        postmortemId: b,
        actionId: 'b1',
        outcome: { done: false, worked: 'yes', note: '', nextReviewDate: '2026-01-01' },
        today: TODAY,
      }),
    ).toThrow(/cannot have worked yet.*before today/);

    // What a reload reads: everything is stored.
    const again = s.reviews.get(review.id);
    expect(again.attendees).toEqual(['Ana', 'Bo']);
    expect(again.state.currentStepIndex).toBe(1);
    expect(
      again.items.map((i) => [i.actionId, i.status, i.statusBefore, i.outcome?.worked]),
    ).toEqual([
      ['b1', 'done', 'open', 'no'],
      ['a1', 'done', 'open', 'yes'],
      ['a2', 'in_progress', 'in_progress', 'unknown'],
    ]);
    expect(s.reviews.list()).toMatchObject([
      { id: review.id, status: 'running', itemCount: 3, recordedCount: 3 },
    ]);
    // The board and the postmortem show the last outcome.
    const board = s.repo.actions(boardInputSchema.parse({ postmortemIds: [a] }), TODAY).actions;
    expect(board.find((r) => r.id === 'a1')?.lastReview).toMatchObject({
      reviewId: review.id,
      done: true,
      worked: 'yes',
      note: 'Alert fired on the 12th',
    });
    expect(Object.keys(s.reviews.lastOutcomes(a)).sort()).toEqual(['a1', 'a2']);

    // Trends count each action's last outcome per area, and say so in the Markdown summary.
    const trends = s.repo.trends(TODAY);
    expect(trends.reviewOutcomes.filter((r) => r.yes + r.no + r.unknown > 0)).toEqual([
      { area: 'prevention', yes: 0, no: 0, unknown: 1 },
      { area: 'detection', yes: 1, no: 0, unknown: 0 },
      { area: 'mitigation', yes: 0, no: 1, unknown: 0 },
    ]);
    expect(trendsMarkdown(trends, TODAY)).toContain('| Detection | 1 | 0 | 0 |');

    // Undo works as for the board: this window's operation is reverted, the record stays.
    expect(s.ops.undo(b, 'w1').outcome).toBe('done');
    expect(s.actionOf(b, 'b1')).toMatchObject({ status: 'open', reviewDate: null });
    expect(s.reviews.get(review.id).items[0]!.outcome?.worked).toBe('no');
    expect(s.changed.length).toBeGreaterThan(4);
    expect(s.orphans()).toEqual([]);
  });

  it('walks at most 60 actions, most overdue first, and says how many wait for the next review', () => {
    const s = setup();
    // 63 overdue actions over two postmortems; due dates spread so "most overdue" is defined.
    const due = (n: number) => `2026-01-${String((n % 28) + 1).padStart(2, '0')}`;
    const a = s.make(
      'Many actions',
      Array.from({ length: 40 }, (_, n) => action(`a${n}`, { dueDate: due(n) })),
    );
    s.make(
      'More actions',
      Array.from({ length: 23 }, (_, n) => action(`b${n}`, { dueDate: '2026-03-01' })),
    );
    const review = s.reviews.create({ scope: 'overdue', postmortemIds: [], today: TODAY });
    expect(review.items).toHaveLength(60);
    expect(review.leftOut).toBe(3);
    // The ones left out are the least overdue: three of the 2026-03-01 ones.
    const walked = new Set(review.items.map((i) => i.actionId));
    expect(Array.from({ length: 40 }, (_, n) => `a${n}`).every((id) => walked.has(id))).toBe(true);
    expect(review.items.filter((i) => i.actionId.startsWith('b'))).toHaveLength(20);
    // A review of one postmortem that fits says nothing is left out.
    const one = s.reviews.create({ scope: 'postmortems', postmortemIds: [a], today: TODAY });
    expect([one.items.length, one.leftOut]).toEqual([40, 0]);
  });

  it('walks a postmortem’s open actions and those closed on the board but not yet seen to work', () => {
    const s = setup();
    const a = s.make('A', [
      action('open', {}),
      action('closed', {}),
      action('dropped', { status: 'wont_do' }),
      action('blank', { description: '', owner: '' }),
    ]);
    // Closed from the board: an operation like any edit.
    s.ops.apply(a, 'board', 'b1', [
      { op: 'set', list: 'actions', id: 'closed', field: 'status', value: 'done', base: 'open' },
    ]);
    const review = s.reviews.create({ scope: 'postmortems', postmortemIds: [a], today: TODAY });
    expect(review.items.map((i) => [i.actionId, i.status])).toEqual([
      ['open', 'open'],
      ['closed', 'done'],
    ]);
    s.reviews.record(review.id, {
      windowId: 'w',
      postmortemId: a,
      actionId: 'closed',
      outcome: { done: true, worked: 'yes', note: '', nextReviewDate: null },
      today: TODAY,
    });
    // Known to work: the next review walks only what is open.
    const next = s.reviews.create({ scope: 'postmortems', postmortemIds: [a], today: TODAY });
    expect(next.items.map((i) => i.actionId)).toEqual(['open']);
    expect(() =>
      s.reviews.create({ scope: 'postmortems', postmortemIds: ['nope'], today: TODAY }),
    ).toThrow(/no postmortem "nope"/);
  });

  it('keeps the shared screen per review and puts a deleted action’s outcome back on undo', () => {
    const s = setup();
    const a = s.make('A', [action('x', {}), action('y', { description: 'A'.repeat(500) })]);
    const review = s.reviews.create({ scope: 'postmortems', postmortemIds: [a], today: TODAY });
    s.reviews.screen(review.id, { type: 'item', item: 1 });
    s.reviews.screen(review.id, { type: 'layout', pageCount: 3 });
    expect(s.reviews.screen(review.id, { type: 'page', page: 9 }).screen).toEqual({
      item: 1,
      page: 2,
      pageCount: 3,
    });
    expect(() => s.reviews.screen(review.id, { type: 'item', item: 2 })).toThrow(AppError);
    s.reviews.record(review.id, {
      windowId: 'w',
      postmortemId: a,
      actionId: 'x',
      outcome: { done: false, worked: 'unknown', note: 'Blocked', nextReviewDate: '2026-04-02' },
      today: TODAY,
    });
    s.ops.apply(a, 'w', 'del', [{ op: 'delete', list: 'actions', id: 'x' }]);
    expect(s.reviews.get(review.id).items.map((i) => i.actionId)).toEqual(['y']);
    expect(s.orphans()).toEqual([]);
    expect(s.ops.undo(a, 'w').outcome).toBe('done');
    expect(s.reviews.get(review.id).items[0]!.outcome?.note).toBe('Blocked');
    expect(s.orphans()).toEqual([]);
    // A purged postmortem takes its review rows along.
    s.repo.delete(a);
    s.clock.advanceDays(400);
    expect(s.repo.purgeDeleted()).toBe(1);
    expect(s.db.prepare('SELECT count(*) FROM review_items').pluck().get()).toBe(0);
    expect(s.orphans()).toEqual([]);
  });
});
