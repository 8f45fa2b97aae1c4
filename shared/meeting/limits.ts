// Bounds on every duration the facilitator can type. Anything outside them is a typo or a unit
// mix-up (minutes typed as seconds), so it is refused with a message rather than clamped.
export const MIN_STEP_SECONDS = 60;
export const MAX_STEP_SECONDS = 8 * 60 * 60;
export const MAX_ADD_SECONDS = 60 * 60;
export const MAX_TOTAL_MINUTES = 8 * 60;
/** Warning phase starts this many seconds before a step's timebox ends. */
export const WARNING_SECONDS = 60;

/** Returns null when `value` is a valid step timebox in seconds, else a message naming `what`. */
export function checkStepSeconds(value: unknown, what: string): string | null {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return `${what}: the timebox must be a number of seconds; got ${String(value)}.`;
  }
  if (!Number.isFinite(value)) return `${what}: the timebox must be finite; got ${value}.`;
  if (!Number.isInteger(value)) {
    return `${what}: the timebox must be a whole number of seconds; got ${value}.`;
  }
  if (value < 0) return `${what}: the timebox cannot be negative; got ${value} s.`;
  if (value < MIN_STEP_SECONDS) {
    return `${what}: the timebox must be at least ${MIN_STEP_SECONDS} s (1 minute); got ${value} s. To leave the step out, skip it.`;
  }
  if (value > MAX_STEP_SECONDS) {
    return `${what}: the timebox must be at most ${MAX_STEP_SECONDS} s (8 hours); got ${value} s.`;
  }
  return null;
}

/** Returns null when `value` is a valid whole number of minutes for the whole meeting. */
export function checkTotalMinutes(value: unknown, minMinutes: number): string | null {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return `Meeting length must be a number of minutes; got ${String(value)}.`;
  }
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    return `Meeting length must be a whole number of minutes; got ${value}.`;
  }
  if (value < minMinutes) {
    return `Meeting length must be at least ${minMinutes} minutes (1 minute per step that is not skipped); got ${value}.`;
  }
  if (value > MAX_TOTAL_MINUTES) {
    return `Meeting length must be at most ${MAX_TOTAL_MINUTES} minutes (8 hours); got ${value}.`;
  }
  return null;
}

/** Returns null when `value` is a valid amount of time to add to (or, negative, take back from) a step. */
export function checkAddSeconds(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    return `Added time must be a whole number of seconds; got ${String(value)}.`;
  }
  if (value === 0) return 'Added time must not be zero.';
  if (Math.abs(value) > MAX_ADD_SECONDS) {
    return `Added time must be between -${MAX_ADD_SECONDS} and ${MAX_ADD_SECONDS} s (1 hour) per command; got ${value} s.`;
  }
  return null;
}
