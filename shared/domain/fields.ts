import { z } from 'zod';

// Limits are generous for a meeting but stop a runaway paste from bloating the database.
export const LIMITS = {
  title: 200,
  shortText: 200,
  longText: 20_000,
  listItems: 500,
  number: 1e15,
} as const;

/** A limit as a message words it: "20,000 characters", not "20000". */
export const limitWords = (limit: number): string => limit.toLocaleString('en-GB');

export const idSchema = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(64, 'An id is at most 64 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'An id may hold only letters, digits, "-" and "_".');

export const shortText = (what: string) =>
  z
    .string()
    .max(
      LIMITS.shortText,
      `${what} is at most ${limitWords(LIMITS.shortText)} characters; shorten it.`,
    );

export const longText = (what: string) =>
  z
    .string()
    .max(
      LIMITS.longText,
      `${what} is at most ${limitWords(LIMITS.longText)} characters; shorten it or split it.`,
    );

// An instant must carry its offset (Z or ±hh:mm) so it means one moment everywhere; it is stored in UTC.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isValidInstant(value: string): boolean {
  if (!ISO_INSTANT.test(value)) return false;
  const [datePart] = value.split('T');
  return isValidDate(datePart ?? '') && !Number.isNaN(Date.parse(value));
}

export const instantSchema = z
  .string()
  .refine(isValidInstant, {
    message:
      'Not a valid instant: use ISO 8601 with a time zone offset, e.g. 2024-03-12T02:00:00Z.',
  })
  .transform((value) => new Date(value).toISOString());

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date that exists (rejects 2024-02-30, which Date.parse would roll over). */
export function isValidDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const dateSchema = z
  .string()
  .refine(isValidDate, { message: 'Not a valid date: use YYYY-MM-DD, e.g. 2024-03-31.' });

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, {
  message: 'Unknown time zone: use an IANA name such as Europe/Berlin or UTC.',
});

export const optionalNumber = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .finite(`${what} must be a finite number.`)
    .min(-LIMITS.number, `${what} is out of range.`)
    .max(LIMITS.number, `${what} is out of range.`)
    .nullable();

export const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).max(LIMITS.listItems, `At most ${LIMITS.listItems} ${what}.`);
