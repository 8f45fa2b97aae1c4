import { describe, expect, it } from 'vitest';
import {
  parseMeetingState,
  createMeeting,
  applyMeetingCommand,
  deriveMeetingClock,
} from '../../../../shared/meeting';
import {
  draftOutcome,
  nextDates,
  opsForOutcome,
  outcomeProblems,
  outcomeWords,
  reviewAgenda,
  reviewDay,
  reviewProgress,
  walksAction,
  walkSeconds,
  WORKED_QUESTIONS,
  type ReviewItem,
} from '../../../../shared/review';

const item = (actionId: string, changes: Partial<ReviewItem> = {}): ReviewItem => ({
  postmortemId: 'p',
  postmortemTitle: 'P',
  actionId,
  area: 'detection',
  description: 'Alert on drift',
  owner: 'Ana',
  dueDate: '2026-03-01',
  status: 'open',
  reviewDate: null,
  statusBefore: 'open',
  outcome: null,
  ...changes,
});

describe('the review agenda', () => {
  it('is four steps, a minute and a half per action in the walk (three minutes at least)', () => {
    const agenda = reviewAgenda(3);
    expect(agenda.map((s) => [s.id, s.plannedSeconds])).toEqual([
      ['review_opening', 120],
      ['review_actions', 300],
      ['review_dates', 120],
      ['review_close', 60],
    ]);
    expect(walkSeconds(1)).toBe(180);
    expect(walkSeconds(10)).toBe(900);
  });

  it('runs on the meeting reducer and clock, and is told apart from a postmortem agenda', () => {
    const planned = createMeeting({ agenda: reviewAgenda(2) });
    const started = applyMeetingCommand(planned, { type: 'start' }, 1_000_000);
    if (!started.ok) throw new Error(started.error.message);
    const next = applyMeetingCommand(started.state, { type: 'next' }, 1_060_000);
    if (!next.ok) throw new Error(next.error.message);
    expect(deriveMeetingClock(next.state, 1_090_000).current).toMatchObject({
      id: 'review_actions',
      elapsedSeconds: 30,
    });
    expect(parseMeetingState(next.state, 'r', 'review').ok).toBe(true);
    const wrong = parseMeetingState(next.state, 'The stored meeting', 'postmortem');
    expect(wrong.ok ? '' : wrong.message).toMatch(/a postmortem meeting has 10 steps, not 4/);
    const mixed = {
      ...planned,
      agenda: planned.agenda.map((s, i) => (i === 2 ? { ...s, id: 'summary' } : s)),
    };
    const parsed = parseMeetingState(mixed);
    expect(parsed.ok ? '' : parsed.message).toMatch(/agenda.2.id: expected "review_dates"/);
  });
});

describe('outcomes', () => {
  it('asks "did it work?" in the words of the area', () => {
    expect(WORKED_QUESTIONS.detection).toBe('Did the new alert fire when it should have?');
    expect(outcomeWords({ done: true, worked: 'yes' })).toBe('Done, worked');
    expect(outcomeWords({ done: false, worked: 'unknown' })).toBe(
      'Not done, not yet known if it works',
    );
  });

  it('walks what is unfinished and what is done but not yet seen to work', () => {
    expect(walksAction('open', null)).toBe(true);
    expect(walksAction('in_progress', { worked: 'yes' })).toBe(true);
    expect(walksAction('done', null)).toBe(true);
    expect(walksAction('done', { worked: 'unknown' })).toBe(true);
    expect(walksAction('done', { worked: 'no' })).toBe(false);
    expect(walksAction('wont_do', null)).toBe(false);
  });

  it('names each problem with the field and what to do', () => {
    const today = '2026-03-16';
    expect(
      outcomeProblems({ done: true, worked: 'yes', note: '', nextReviewDate: null }, today),
    ).toEqual([]);
    expect(
      outcomeProblems(
        { done: false, worked: 'yes', note: '', nextReviewDate: '2026-03-01' },
        today,
      ),
    ).toEqual([
      'Worked: an action that is not done cannot have worked yet; choose "Not yet known" or mark it done.',
      'Next review date: 2026-03-01 is before today (2026-03-16); choose a later day.',
    ]);
    expect(
      outcomeProblems({ done: false, worked: 'unknown', note: '', nextReviewDate: null }, today),
    ).toEqual(['Next review date: the action is not done; choose when to look again.']);
  });

  it('carries the outcome into the action as set operations with the values seen', () => {
    expect(
      opsForOutcome(item('a'), { done: true, worked: 'yes', note: '', nextReviewDate: null }),
    ).toEqual([
      { op: 'set', list: 'actions', id: 'a', field: 'status', value: 'done', base: 'open' },
    ]);
    expect(
      opsForOutcome(item('a', { status: 'done', reviewDate: '2026-03-20' }), {
        done: false,
        worked: 'unknown',
        note: '',
        nextReviewDate: '2026-04-01',
      }),
    ).toEqual([
      { op: 'set', list: 'actions', id: 'a', field: 'status', value: 'in_progress', base: 'done' },
      {
        op: 'set',
        list: 'actions',
        id: 'a',
        field: 'reviewDate',
        value: '2026-04-01',
        base: '2026-03-20',
      },
    ]);
    expect(
      opsForOutcome(item('a', { status: 'done' }), {
        done: true,
        worked: 'no',
        note: '',
        nextReviewDate: null,
      }),
    ).toEqual([]);
  });

  it('drafts from what is recorded or what the action says, and sums the walk', () => {
    const recorded = item('b', {
      outcome: {
        done: true,
        worked: 'no',
        note: 'Too slow',
        nextReviewDate: '2026-04-01',
        recordedAt: 'x',
      },
    });
    expect(draftOutcome(item('a', { status: 'done', reviewDate: '2026-05-01' }))).toEqual({
      done: true,
      worked: 'unknown',
      note: '',
      nextReviewDate: '2026-05-01',
    });
    expect(draftOutcome(recorded)).toEqual({
      done: true,
      worked: 'no',
      note: 'Too slow',
      nextReviewDate: '2026-04-01',
    });
    const items = [item('a', { reviewDate: '2026-06-01' }), recorded, item('c')];
    expect(reviewProgress(items)).toEqual({
      total: 3,
      recorded: 1,
      done: 1,
      worked: { yes: 0, no: 1, unknown: 0 },
    });
    expect(nextDates(items).map((d) => [d.item.actionId, d.date])).toEqual([
      ['a', '2026-06-01'],
      ['c', null],
    ]);
  });
});

describe('reviewDay', () => {
  it('is the calendar day in the zone asked for', () => {
    expect(reviewDay('2026-04-02T01:00:00.000Z', 'America/Los_Angeles')).toBe('2026-04-01');
    expect(reviewDay('2026-04-01T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-04-02');
    expect(reviewDay('2026-04-01T22:30:00.000Z', 'UTC')).toBe('2026-04-01');
  });

  it('keeps a value it cannot read as it was stored', () => {
    expect(reviewDay('2026-13-45T00:00:00Z')).toBe('2026-13-45');
  });
});
