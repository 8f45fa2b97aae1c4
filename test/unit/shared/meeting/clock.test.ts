import { describe, expect, it } from 'vitest';
import { deriveMeetingClock, monotonicNow } from '../../../../shared/meeting/clock';
import { parseMeetingState } from '../../../../shared/meeting/parse';
import { createMeeting } from '../../../../shared/meeting/create';
import { apply, at, script, T0 } from './helpers';

// Default 60-minute agenda: 3, 5, 4, 18, 10, 4, 10, 4, 2 minutes.
const started = () => script(createMeeting(), [[{ type: 'start' }, 0]]);

describe('deriveMeetingClock: the current step', () => {
  it('counts down, warns in the last minute and overruns after the end, with words', () => {
    const s = started();
    const c = (sec: number) => deriveMeetingClock(s, at(sec)).current;
    expect(c(0)).toMatchObject({ elapsedSeconds: 0, remainingSeconds: 180, phase: 'ok' });
    expect(c(100.9)).toMatchObject({ elapsedSeconds: 100, remainingSeconds: 80, phase: 'ok' });
    expect(c(119.9)).toMatchObject({ remainingSeconds: 61, phase: 'ok', phaseLabel: 'On time' });
    expect(c(120)).toMatchObject({
      remainingSeconds: 60,
      phase: 'warning',
      phaseLabel: 'Last minute',
    });
    expect(c(180.5)).toMatchObject({ remainingSeconds: 0, phase: 'warning', overrunSeconds: 0 });
    expect(c(181)).toMatchObject({
      remainingSeconds: -1,
      overrunSeconds: 1,
      phase: 'overrun',
      phaseLabel: 'Over time',
    });
    expect(c(270)).toMatchObject({ remainingSeconds: -90, overrunSeconds: 90 });
  });

  it('excludes several pauses from the step and the meeting, and pushes the planned end', () => {
    const s = script(started(), [
      [{ type: 'pause' }, 60],
      [{ type: 'resume' }, 120],
      [{ type: 'pause' }, 150],
    ]);
    const during = deriveMeetingClock(s, at(200));
    expect(during).toMatchObject({ status: 'paused', statusLabel: 'Paused' });
    expect(during.current.elapsedSeconds).toBe(90);
    expect(during.pausedSeconds).toBe(110);
    expect(during.wallSeconds).toBe(200);
    expect(during.plannedEndMs).toBe(at(3600 + 110));
    // Frozen while paused: the step's figures do not move, the planned end does.
    const later = deriveMeetingClock(s, at(1000));
    expect(later.current.elapsedSeconds).toBe(90);
    expect(later.plannedEndMs).toBe(at(3600 + 910));

    const resumed = apply(s, { type: 'resume' }, at(300));
    const c = deriveMeetingClock(resumed, at(330));
    expect(c.current.elapsedSeconds).toBe(120);
    expect(c.elapsedSeconds).toBe(120);
    expect(c.pausedSeconds).toBe(210);
    expect(c.wallSeconds).toBe(330);
    expect(c.remainingSeconds).toBe(3600 - 120);
    expect(c.plannedEndMs).toBe(at(3600 + 210));
  });

  it('added time extends the step timebox and the meeting plan', () => {
    const s = apply(started(), { type: 'addTime', seconds: 60 }, at(170));
    const c = deriveMeetingClock(s, at(200));
    expect(c.current).toMatchObject({
      timeboxSeconds: 240,
      remainingSeconds: 40,
      phase: 'warning',
    });
    expect(c.plannedSeconds).toBe(3660);
    const five = apply(s, { type: 'addTime', seconds: 300 }, at(200));
    expect(deriveMeetingClock(five, at(200)).current).toMatchObject({
      remainingSeconds: 340,
      phase: 'ok',
    });
  });
});

describe('deriveMeetingClock: steps, skips and jumps', () => {
  it('accumulates time per step across visits, back and forth', () => {
    const s = script(started(), [
      [{ type: 'next' }, 100],
      [{ type: 'previous' }, 160],
      [{ type: 'jump', stepIndex: 1 }, 200],
      [{ type: 'jump', stepIndex: 3 }, 260],
    ]);
    const c = deriveMeetingClock(s, at(300));
    expect(c.steps[0]).toMatchObject({ actualSeconds: 140, visits: 2, progress: 'visited' });
    expect(c.steps[1]).toMatchObject({ actualSeconds: 120, visits: 2, progress: 'visited' });
    expect(c.steps[2]).toMatchObject({ actualSeconds: 0, visits: 0, progress: 'not_visited' });
    expect(c.steps[3]).toMatchObject({ actualSeconds: 40, visits: 1, progress: 'current' });
    expect(c.current.elapsedSeconds).toBe(40);
    expect(c.elapsedSeconds).toBe(300);
    expect(c.steps.reduce((a, x) => a + x.actualSeconds, 0)).toBe(c.elapsedSeconds);
  });

  it('moving while paused moves the step without counting time', () => {
    const s = script(started(), [
      [{ type: 'pause' }, 50],
      [{ type: 'next' }, 70],
      [{ type: 'next' }, 80],
      [{ type: 'resume' }, 100],
    ]);
    const c = deriveMeetingClock(s, at(130));
    expect(c.steps.map((x) => x.actualSeconds).slice(0, 3)).toEqual([50, 0, 30]);
    expect(c.steps[1]!.visits).toBe(1);
  });

  it('a skipped step leaves the plan but keeps the time already spent in it', () => {
    const s = script(started(), [
      [{ type: 'next' }, 100],
      [{ type: 'skip' }, 130],
      [{ type: 'skip', stepIndex: 8 }, 140],
    ]);
    const c = deriveMeetingClock(s, at(160));
    expect(c.current.index).toBe(2);
    expect(c.steps[1]).toMatchObject({ skipped: true, progress: 'skipped', actualSeconds: 30 });
    expect(c.plannedSeconds).toBe(3600 - 300 - 120);
    expect(c.elapsedSeconds).toBe(160);
  });

  it('projects the end from the remaining timeboxes, and the overrun pushes it', () => {
    const s = started();
    expect(deriveMeetingClock(s, at(60)).projectedEndMs).toBe(at(3600));
    expect(deriveMeetingClock(s, at(240)).projectedEndMs).toBe(at(3660));
    const before = createMeeting();
    const planned = deriveMeetingClock(before, at(10));
    expect(planned).toMatchObject({
      status: 'planned',
      statusLabel: 'Not started',
      elapsedSeconds: 0,
    });
    expect(planned.plannedEndMs).toBe(at(3610));
    expect(planned.startedAtMs).toBeNull();
    expect(planned.current.remainingSeconds).toBe(180);
  });

  it('freezes at the end: later instants change nothing', () => {
    const s = script(started(), [
      [{ type: 'next' }, 200],
      [{ type: 'pause' }, 250],
      [{ type: 'end' }, 300],
    ]);
    const a = deriveMeetingClock(s, at(300));
    const b = deriveMeetingClock(s, at(99_999));
    expect(b).toEqual(a);
    expect(a).toMatchObject({ elapsedSeconds: 250, pausedSeconds: 50, wallSeconds: 300 });
    expect(a.endedAtMs).toBe(at(300));
    expect(a.projectedEndMs).toBe(at(300));
    expect(a.steps.every((x) => x.progress !== 'current')).toBe(true);
  });
});

describe('deriveMeetingClock: clock jumps', () => {
  it('a clock set back never yields negative or shrinking durations below the log', () => {
    const s = script(started(), [[{ type: 'next' }, 600]]);
    const back = deriveMeetingClock(s, at(300));
    expect(back.atMs).toBe(at(600));
    expect(back.current.elapsedSeconds).toBe(0);
    expect(back.steps[0]!.actualSeconds).toBe(600);
    expect(back.elapsedSeconds).toBe(600);
    const wayBack = deriveMeetingClock(s, 0);
    expect(wayBack).toEqual(back);
    expect(deriveMeetingClock(s, Number.NaN)).toEqual(back);
  });

  it('monotonicNow keeps a screen from going back between events', () => {
    let shown = monotonicNow(undefined, at(700));
    shown = monotonicNow(shown, at(650));
    expect(shown).toBe(at(700));
    expect(monotonicNow(shown, at(710))).toBe(at(710));
  });

  it('a clock jumping forward (sleep) counts as meeting time unless paused', () => {
    const s = started();
    const slept = deriveMeetingClock(s, at(3 * 3600));
    expect(slept.current.elapsedSeconds).toBe(3 * 3600);
    expect(slept.current.phase).toBe('overrun');
    const paused = apply(s, { type: 'pause' }, at(100));
    const pausedSlept = deriveMeetingClock(paused, at(3 * 3600));
    expect(pausedSlept.current.elapsedSeconds).toBe(100);
    expect(pausedSlept.pausedSeconds).toBe(3 * 3600 - 100);
  });

  it('commands sent with a clock set back are recorded at the last instant, durations stay >= 0', () => {
    let s = script(started(), [[{ type: 'next' }, 600]]);
    s = apply(s, { type: 'pause' }, at(100));
    s = apply(s, { type: 'resume' }, at(50));
    s = apply(s, { type: 'next' }, at(700));
    const c = deriveMeetingClock(s, at(760));
    expect(c.steps.slice(0, 3).map((x) => x.actualSeconds)).toEqual([600, 100, 60]);
    expect(c.pausedSeconds).toBe(0);
  });
});

describe('deriveMeetingClock: reload equivalence', () => {
  it('the state read back from JSON gives the same figures at every instant', () => {
    const s = script(started(), [
      [{ type: 'addTime', seconds: 300 }, 30],
      [{ type: 'pause' }, 90],
      [{ type: 'resume' }, 400],
      [{ type: 'next' }, 500],
      [{ type: 'skip', stepIndex: 5 }, 510],
      [{ type: 'jump', stepIndex: 3 }, 600],
      [{ type: 'previous' }, 1200],
    ]);
    const parsed = parseMeetingState(JSON.parse(JSON.stringify(s)), 'test row 1');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.state).toEqual(s);
    for (const sec of [0, 90, 450, 1200, 1234.5, 5000, -10]) {
      expect(deriveMeetingClock(parsed.state, at(sec))).toEqual(deriveMeetingClock(s, at(sec)));
    }
    expect(T0 % 1000).toBe(0);
  });
});
