/**
 * A clock for end-to-end tests of the browser host (`--test-clock`, never in Electron): real time
 * plus an offset that the test moves forward in step with Playwright's page.clock, so the instants
 * the back end stamps agree with the time the page shows. It never goes back: the meeting core
 * would record a clock set back at its last instant anyway, and a test should not rely on that.
 */
export interface TestClock {
  now: () => Date;
  /** Moves the clock forward; returns the new time in epoch ms. */
  advance: (ms: number) => number;
  readonly offsetMs: number;
}

export const MAX_ADVANCE_MS = 7 * 24 * 60 * 60 * 1000;

export function createTestClock(real: () => number = () => Date.now()): TestClock {
  let offsetMs = 0;
  return {
    now: () => new Date(real() + offsetMs),
    advance: (ms) => {
      offsetMs += ms;
      return real() + offsetMs;
    },
    get offsetMs() {
      return offsetMs;
    },
  };
}

/** Reads the body of POST /api/test/clock: `{ "advanceMs": n }`, n whole and within a week. */
export function parseClockRequest(body: unknown): { advanceMs: number } | { error: string } {
  const advanceMs = (body as { advanceMs?: unknown } | null)?.advanceMs;
  if (typeof advanceMs !== 'number' || !Number.isInteger(advanceMs)) {
    return { error: 'Send {"advanceMs": n} with n a whole number of milliseconds.' };
  }
  if (advanceMs < 0 || advanceMs > MAX_ADVANCE_MS) {
    return { error: `advanceMs must be from 0 to ${MAX_ADVANCE_MS} (a week); got ${advanceMs}.` };
  }
  return { advanceMs };
}
