/**
 * A clock for end-to-end tests of the browser host (`--test-clock`, never in Electron): real time
 * plus an offset that the test moves forward in step with Playwright's page.clock, so the instants
 * the back end stamps agree with the time the page shows. It never goes back: the meeting core
 * would record a clock set back at its last instant anyway, and a test should not rely on that.
 * Paused (pauseAt), it stands still until advanced, so figures in a test are exact to the second.
 */
export interface TestClock {
  now: () => Date;
  /** Moves the clock forward; returns the new time in epoch ms. */
  advance: (ms: number) => number;
  /** Stops the clock at `ms` (not before the time it shows), like page.clock.pauseAt. */
  pauseAt: (ms: number) => number;
}

export const MAX_ADVANCE_MS = 7 * 24 * 60 * 60 * 1000;

export function createTestClock(real: () => number = () => Date.now()): TestClock {
  let offsetMs = 0;
  let pausedAt: number | null = null;
  const current = () => pausedAt ?? real() + offsetMs;
  return {
    now: () => new Date(current()),
    advance: (ms) => {
      if (pausedAt !== null) pausedAt += ms;
      else offsetMs += ms;
      return current();
    },
    pauseAt: (ms) => {
      pausedAt = Math.max(ms, current());
      return pausedAt;
    },
  };
}

export type ClockRequest = { advanceMs: number } | { pauseAtMs: number };

/**
 * Reads the body of POST /api/test/clock: `{ "advanceMs": n }` (whole, within a week) or
 * `{ "pauseAtMs": epochMs }`.
 */
export function parseClockRequest(body: unknown): ClockRequest | { error: string } {
  const pauseAtMs = (body as { pauseAtMs?: unknown } | null)?.pauseAtMs;
  if (pauseAtMs !== undefined) {
    return typeof pauseAtMs === 'number' && Number.isInteger(pauseAtMs) && pauseAtMs >= 0
      ? { pauseAtMs }
      : { error: 'pauseAtMs must be a whole number of epoch milliseconds.' };
  }
  const advanceMs = (body as { advanceMs?: unknown } | null)?.advanceMs;
  if (typeof advanceMs !== 'number' || !Number.isInteger(advanceMs)) {
    return { error: 'Send {"advanceMs": n} or {"pauseAtMs": epochMs}, whole milliseconds.' };
  }
  if (advanceMs < 0 || advanceMs > MAX_ADVANCE_MS) {
    return { error: `advanceMs must be from 0 to ${MAX_ADVANCE_MS} (a week); got ${advanceMs}.` };
  }
  return { advanceMs };
}

/** Applies a parsed request; returns the clock's new time (epoch ms) for the response. */
export function applyClockRequest(clock: TestClock, request: ClockRequest): number {
  return 'pauseAtMs' in request
    ? clock.pauseAt(request.pauseAtMs)
    : clock.advance(request.advanceMs);
}
