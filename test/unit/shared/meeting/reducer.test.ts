import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../../../shared/meeting/create';
import { applyMeetingCommand } from '../../../../shared/meeting/reducer';
import { checkMeetingConsistency } from '../../../../shared/meeting/parse';
import type { MeetingCommand, MeetingState } from '../../../../shared/meeting/types';
import { apply, at, script } from './helpers';

const refuse = (state: MeetingState, command: MeetingCommand, sec = 0) => {
  const r = applyMeetingCommand(state, command, at(sec));
  if (r.ok) throw new Error(`${command.type} was accepted`);
  return r.error;
};
const noop = (state: MeetingState, command: MeetingCommand, sec = 0) => {
  const r = applyMeetingCommand(state, command, at(sec));
  if (!r.ok) throw new Error(r.error.message);
  expect(r.changed).toBe(false);
  expect(r.state).toBe(state);
  return r.note!;
};

describe('applyMeetingCommand: lifecycle', () => {
  it('starts at the first step not skipped and records instants in whole seconds', () => {
    let s = createMeeting({ id: 'm1' });
    s = apply(s, { type: 'skip', stepIndex: 0 }, at(0));
    expect(s.currentStepIndex).toBe(1);
    expect(s.events).toEqual([]);
    s = apply(s, { type: 'start' }, at(10) + 750);
    expect(s).toMatchObject({ id: 'm1', status: 'running', currentStepIndex: 1, revision: 2 });
    expect(s.events).toEqual([{ type: 'started', at: at(10), stepIndex: 1 }]);
    expect(checkMeetingConsistency(s)).toEqual([]);
  });

  it('pauses, resumes, moves and ends; every state stays consistent; revision counts changes', () => {
    const s = script(createMeeting(), [
      [{ type: 'start' }, 0],
      [{ type: 'pause' }, 60],
      [{ type: 'resume' }, 90],
      [{ type: 'next' }, 120],
      [{ type: 'previous' }, 130],
      [{ type: 'jump', stepIndex: 3 }, 140],
      [{ type: 'addTime', seconds: 300 }, 150],
      [{ type: 'end' }, 200],
    ]);
    expect(s.status).toBe('ended');
    expect(s.revision).toBe(8);
    expect(s.events.map((e) => e.type)).toEqual([
      'started',
      'paused',
      'resumed',
      'stepEntered',
      'stepEntered',
      'stepEntered',
      'timeAdded',
      'ended',
    ]);
    expect(s.agenda[3]!.addedSeconds).toBe(300);
    expect(checkMeetingConsistency(s)).toEqual([]);
  });

  it('never mutates the state it is given', () => {
    const s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    const frozen = JSON.stringify(s);
    apply(s, { type: 'next' }, at(5));
    apply(s, { type: 'addTime', seconds: 60 }, at(5));
    apply(s, { type: 'skip' }, at(5));
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it('ending twice is an idempotent no-op, even with a stale revision', () => {
    const ended = script(createMeeting(), [
      [{ type: 'start' }, 0],
      [{ type: 'end' }, 100],
    ]);
    expect(noop(ended, { type: 'end' }, 200).code).toBe('already_ended');
    expect(noop(ended, { type: 'end', expectedRevision: 1 }, 200).code).toBe('already_ended');
    expect(ended.events.filter((e) => e.type === 'ended')).toHaveLength(1);
  });

  it('refuses to start an ended meeting, and any other change to it, with clear messages', () => {
    const ended = script(createMeeting(), [
      [{ type: 'start' }, 0],
      [{ type: 'end' }, 100],
    ]);
    const e = refuse(ended, { type: 'start' });
    expect(e.code).toBe('meeting_ended');
    expect(e.message).toMatch(/already ended and cannot be started again/);
    for (const cmd of [
      { type: 'next' },
      { type: 'resume' },
      { type: 'addTime', seconds: 60 },
      { type: 'setTimebox', stepIndex: 1, seconds: 120 },
    ] as MeetingCommand[]) {
      expect(refuse(ended, cmd).message).toMatch(/has ended; its timings are final/);
    }
  });

  it('refuses moves before the start and ending a meeting that never started', () => {
    const s = createMeeting();
    for (const type of ['pause', 'resume', 'next', 'previous', 'end'] as const) {
      expect(refuse(s, { type }).code).toBe('not_started');
    }
    expect(refuse(s, { type: 'addTime', seconds: 60 }).message).toMatch(
      /change the step's timebox/,
    );
  });

  it('repeated start/pause/resume are no-ops with a note', () => {
    const running = script(createMeeting(), [[{ type: 'start' }, 0]]);
    expect(noop(running, { type: 'start' }).code).toBe('already_running');
    expect(noop(running, { type: 'resume' }).code).toBe('already_running');
    const paused = apply(running, { type: 'pause' }, at(10));
    expect(noop(paused, { type: 'pause' }).code).toBe('already_paused');
    expect(noop(paused, { type: 'start' }).message).toMatch(/paused; resume it/);
  });
});

describe('applyMeetingCommand: two windows at once', () => {
  it('two "next" with the same expected revision advance once; the second is a no-op', () => {
    const s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    const windowA = { type: 'next', expectedRevision: s.revision } as const;
    const windowB = { type: 'next', expectedRevision: s.revision } as const;
    const afterA = apply(s, windowA, at(30));
    const r = applyMeetingCommand(afterA, windowB, at(30));
    expect(r.ok && !r.changed && r.state === afterA).toBe(true);
    if (r.ok) expect(r.note?.code).toBe('stale_revision');
    expect(afterA.currentStepIndex).toBe(1);
    expect(afterA.events.filter((e) => e.type === 'stepEntered')).toHaveLength(1);
  });

  it('expectedStepIndex guards the same way', () => {
    const s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    const once = apply(s, { type: 'next', expectedStepIndex: 0 }, at(30));
    expect(noop(once, { type: 'next', expectedStepIndex: 0 }, 30).code).toBe('stale_step');
    expect(once.currentStepIndex).toBe(1);
  });

  it('a revision from the future is an error, not silently applied', () => {
    const s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    expect(refuse(s, { type: 'next', expectedRevision: 7 }).code).toBe('invalid_revision');
  });
});

describe('applyMeetingCommand: navigation and skips', () => {
  it('next and previous step over skipped steps; the ends of the agenda are refused', () => {
    let s = createMeeting();
    s = apply(s, { type: 'skip', stepIndex: 2 }, at(0));
    s = script(s, [
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 10],
      [{ type: 'next' }, 20],
    ]);
    expect(s.currentStepIndex).toBe(3);
    s = apply(s, { type: 'previous' }, at(30));
    expect(s.currentStepIndex).toBe(1);
    s = apply(s, { type: 'previous' }, at(40));
    expect(refuse(s, { type: 'previous' }).code).toBe('no_previous_step');
    s = apply(s, { type: 'jump', stepIndex: 9 }, at(50));
    const e = refuse(s, { type: 'next' });
    expect(e.code).toBe('no_next_step');
    expect(e.message).toMatch(/end the meeting \(E\)/);
    expect(refuse(s, { type: 'skip' }).message).toMatch(/last step to run; end the meeting/);
  });

  it('skipping the current step moves on; skipping another step does not', () => {
    let s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    s = apply(s, { type: 'skip' }, at(20));
    expect(s.currentStepIndex).toBe(1);
    expect(s.agenda[0]!.skipped).toBe(true);
    s = apply(s, { type: 'skip', stepIndex: 5 }, at(25));
    expect(s.currentStepIndex).toBe(1);
    expect(noop(s, { type: 'skip', stepIndex: 5 }).code).toBe('already_skipped');
    expect(s.events.slice(1).map((e) => e.type)).toEqual(['skipped', 'stepEntered', 'skipped']);
  });

  it('jumping to a skipped step brings it back; unskip does too', () => {
    let s = script(createMeeting(), [
      [{ type: 'start' }, 0],
      [{ type: 'skip', stepIndex: 4 }, 5],
      [{ type: 'skip', stepIndex: 6 }, 6],
    ]);
    s = apply(s, { type: 'jump', stepIndex: 4 }, at(10));
    expect(s.agenda[4]!.skipped).toBe(false);
    s = apply(s, { type: 'unskip', stepIndex: 6 }, at(11));
    expect(s.agenda[6]!.skipped).toBe(false);
    expect(noop(s, { type: 'unskip', stepIndex: 6 }).code).toBe('not_skipped');
    expect(noop(s, { type: 'jump', stepIndex: 4 }).code).toBe('already_there');
    expect(checkMeetingConsistency(s)).toEqual([]);
  });

  it('refuses to skip the only step left and to start with everything skipped', () => {
    let s = createMeeting();
    for (let i = 0; i < 9; i++) s = apply(s, { type: 'skip', stepIndex: i }, at(0));
    expect(refuse(s, { type: 'skip', stepIndex: 9 }).code).toBe('nothing_to_run');
    expect(s.currentStepIndex).toBe(9);
  });

  it('refuses unknown steps with the valid range', () => {
    const s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    for (const stepIndex of [10, -1, 1.5, Number.NaN]) {
      const e = refuse(s, { type: 'jump', stepIndex });
      expect(e.code).toBe('invalid_step');
      expect(e.message).toMatch(/steps are 0 to 9/);
    }
  });
});

describe('applyMeetingCommand: timeboxes and added time', () => {
  it('adds and takes back time; cannot take back more than was added', () => {
    let s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    s = apply(s, { type: 'addTime', seconds: 300 }, at(5));
    s = apply(s, { type: 'addTime', seconds: -60 }, at(6));
    expect(s.agenda[0]!.addedSeconds).toBe(240);
    const e = refuse(s, { type: 'addTime', seconds: -300 });
    expect(e.message).toMatch(/Only 240 s were added .* 300 s cannot be taken back/);
    for (const seconds of [0, 30.5, Number.NaN, 3601, Infinity]) {
      expect(refuse(s, { type: 'addTime', seconds }).code).toBe('invalid_added_time');
    }
  });

  it('refuses absurd timeboxes with clear messages and leaves the state untouched', () => {
    const s = createMeeting();
    const cases: [number, RegExp][] = [
      [-300, /cannot be negative/],
      [Number.NaN, /number of seconds; got NaN/],
      [12.5, /whole number of seconds/],
      [9 * 3600, /at most 28800 s \(8 hours\)/],
    ];
    for (const [seconds, pattern] of cases) {
      const e = refuse(s, { type: 'setTimebox', stepIndex: 3, seconds });
      expect(e.code).toBe('invalid_timebox');
      expect(e.message).toMatch(pattern);
    }
    expect(refuse(s, { type: 'setTimebox', stepIndex: 12, seconds: 600 }).code).toBe(
      'invalid_step',
    );
    expect(noop(s, { type: 'setTimebox', stepIndex: 3, seconds: 3 * 60 }).code).toBe('unchanged');
  });

  it('refuses a timebox that with added time exceeds 8 hours', () => {
    let s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    s = apply(s, { type: 'addTime', seconds: 3600 }, at(1));
    expect(refuse(s, { type: 'setTimebox', stepIndex: 0, seconds: 28800 }).message).toMatch(
      /exceed 8 hours/,
    );
  });

  it('setTotal rescales everything before the start, only the rest during the meeting', () => {
    let s = apply(createMeeting(), { type: 'setTotal', minutes: 90 }, at(0));
    expect(s.agenda.reduce((a, x) => a + x.plannedSeconds, 0)).toBe(5400);
    s = script(s, [
      [{ type: 'start' }, 0],
      [{ type: 'jump', stepIndex: 4 }, 600],
    ]);
    const before = s.agenda.slice(0, 4).map((x) => x.plannedSeconds);
    s = apply(s, { type: 'setTotal', minutes: 60 }, at(700));
    expect(s.agenda.slice(0, 4).map((x) => x.plannedSeconds)).toEqual(before);
    expect(s.agenda.reduce((a, x) => a + x.plannedSeconds, 0)).toBe(3600);
    expect(refuse(s, { type: 'setTotal', minutes: 20 }).message).toMatch(/too short/);
    expect(noop(s, { type: 'setTotal', minutes: 60 }).code).toBe('unchanged');
  });
});

describe('applyMeetingCommand: malformed input', () => {
  it('refuses an unknown command and a non-finite now without throwing', () => {
    const s = createMeeting();
    const r = applyMeetingCommand(s, { type: 'explode' } as unknown as MeetingCommand, at(0));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_command');
    const r2 = applyMeetingCommand(s, { type: 'start' }, Number.NaN);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.message).toMatch(/finite epoch-ms/);
  });

  it('records an event at the last instant when the clock went back, with a note', () => {
    const s = script(createMeeting(), [
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 600],
    ]);
    const r = applyMeetingCommand(s, { type: 'next' }, at(300));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.changed).toBe(true);
    expect(r.note?.code).toBe('clock_went_back');
    expect(r.state.events.at(-1)!.at).toBe(at(600));
    expect(checkMeetingConsistency(r.state)).toEqual([]);
  });
});
