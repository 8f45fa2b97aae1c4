import { describe, expect, it } from 'vitest';
import { createTestClock, parseClockRequest } from '../../../../main/meeting/test-clock';

describe('the browser host test clock', () => {
  it('follows real time plus what the test advanced', () => {
    let real = 1_000_000;
    const clock = createTestClock(() => real);
    expect(clock.now().getTime()).toBe(1_000_000);
    expect(clock.advance(61_000)).toBe(1_061_000);
    real += 500;
    expect(clock.now().getTime()).toBe(1_061_500);
  });

  it('stands still once paused, moves only when advanced, and never goes back', () => {
    let real = 1_000_000;
    const clock = createTestClock(() => real);
    expect(clock.pauseAt(2_000_000)).toBe(2_000_000);
    real += 5_000;
    expect(clock.now().getTime()).toBe(2_000_000);
    expect(clock.advance(30_000)).toBe(2_030_000);
    expect(clock.pauseAt(1_500_000)).toBe(2_030_000);
  });

  it.each([
    [{ advanceMs: 1500 }, { advanceMs: 1500 }],
    [{ pauseAtMs: 1500 }, { pauseAtMs: 1500 }],
    [{ pauseAtMs: -5 }, { error: expect.stringMatching(/pauseAtMs/) as unknown }],
    [{ advanceMs: -1 }, { error: expect.stringMatching(/from 0 to/) as unknown }],
    [{ advanceMs: 1.5 }, { error: expect.stringMatching(/whole milliseconds/) as unknown }],
    [{ advanceMs: '60' }, { error: expect.stringMatching(/whole milliseconds/) as unknown }],
    [null, { error: expect.stringMatching(/advanceMs/) as unknown }],
    [{ advanceMs: 8 * 24 * 3600 * 1000 }, { error: expect.stringMatching(/a week/) as unknown }],
  ])('reads %j', (body, expected) => {
    expect(parseClockRequest(body)).toEqual(expected);
  });
});
