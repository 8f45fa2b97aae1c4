import { describe, expect, it } from 'vitest';
import { deriveMeetingClock, monotonicNow } from '../../../../shared/meeting/clock';
import { meetingLog } from '../../../../shared/meeting/log';
import { checkMeetingConsistency, parseMeetingState } from '../../../../shared/meeting/parse';
import { createMeeting } from '../../../../shared/meeting/create';
import { applyMeetingCommand } from '../../../../shared/meeting/reducer';
import { STEP_IDS, type MeetingCommand, type MeetingState } from '../../../../shared/meeting/types';
import { T0 } from './helpers';
import { mulberry32 } from '../../../support/seeded-random';

function randomCommand(r: () => number, state: MeetingState, n: number): MeetingCommand {
  const pick = Math.floor(r() * 12);
  const stale = r() < 0.15 ? { expectedRevision: Math.max(0, state.revision - 1) } : {};
  const step = Math.floor(r() * 10) - (r() < 0.05 ? 3 : 0);
  const commands: MeetingCommand[] = [
    { type: 'start' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'next', ...stale },
    { type: 'next' },
    { type: 'previous' },
    { type: 'jump', stepIndex: step },
    { type: 'addTime', seconds: [60, 300, -60, 0.5][Math.floor(r() * 4)]! },
    { type: 'skip', ...(r() < 0.5 ? {} : { stepIndex: step }) },
    { type: 'unskip', stepIndex: step },
    {
      type: 'setTimebox',
      stepIndex: step,
      seconds: [30, 600, 90000, Number.NaN][Math.floor(r() * 4)]!,
    },
    { type: 'setTotal', minutes: [45, 60, 90, 5][Math.floor(r() * 4)]! },
  ];
  // Ending is rare and late so that most of a run happens in a live meeting.
  return n > 200 && r() < 0.05 ? { type: 'end' } : commands[pick]!;
}

// Two ways of feeding the clock: the raw system time (which may go back), and the renderer's way,
// a high-water mark (monotonicNow). Durations are never negative and always add up either way;
// figures only never go back in the second, because a pure function cannot remember what it
// showed before the clock went back.
const runs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => [
  { seed, monotonic: false },
  { seed, monotonic: true },
]);

describe('random command sequences keep every invariant', () => {
  it.each(runs)('seed $seed, monotonic now: $monotonic', ({ seed, monotonic }) => {
    const r = mulberry32(seed);
    let state = createMeeting();
    let raw = T0;
    let now = T0;
    let previousActual = new Array<number>(STEP_IDS.length).fill(0);
    let previousElapsed = 0;
    let changes = 0;
    for (let n = 0; n < 300; n++) {
      // Mostly forward, sometimes a sleep, sometimes the clock set back.
      const dice = r();
      raw +=
        dice < 0.1
          ? -Math.floor(r() * 600_000)
          : dice < 0.15
            ? 7_200_000
            : Math.floor(r() * 120_000);
      now = monotonic ? monotonicNow(now, raw) : raw;
      const result = applyMeetingCommand(state, randomCommand(r, state, n), now);
      if (result.ok) {
        if (!result.changed) expect(result.state).toBe(state);
        else expect(result.state.revision).toBe(state.revision + 1);
        if (result.changed) changes += 1;
        state = result.state;
      }
      expect(checkMeetingConsistency(state)).toEqual([]);
      const clock = deriveMeetingClock(state, now);
      const actual = clock.steps.map((s) => s.actualSeconds);
      actual.forEach((a) => expect(a).toBeGreaterThanOrEqual(0));
      if (monotonic) {
        actual.forEach((a, i) => expect(a).toBeGreaterThanOrEqual(previousActual[i]!));
        expect(clock.elapsedSeconds).toBeGreaterThanOrEqual(previousElapsed);
      }
      expect(actual.reduce((a, b) => a + b, 0)).toBe(clock.elapsedSeconds);
      expect(clock.pausedSeconds).toBeGreaterThanOrEqual(0);
      expect(clock.wallSeconds).toBe(clock.elapsedSeconds + clock.pausedSeconds);
      expect(clock.current.remainingSeconds).toBe(
        clock.current.timeboxSeconds - clock.current.elapsedSeconds,
      );
      const log = meetingLog(state, now);
      expect(log.totalActualSeconds).toBe(clock.elapsedSeconds);
      expect(log.totalPlannedSeconds).toBe(clock.plannedSeconds);
      previousActual = actual;
      previousElapsed = clock.elapsedSeconds;
      if (state.status === 'ended') break;
    }
    expect(changes).toBeGreaterThan(50);
    const reloaded = parseMeetingState(JSON.parse(JSON.stringify(state)));
    if (!reloaded.ok) throw new Error(reloaded.message);
    expect(deriveMeetingClock(reloaded.state, now)).toEqual(deriveMeetingClock(state, now));
  });
});
