import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketBounds,
  bucketStart,
  bucketWidthNote,
  BUCKET_SIZES,
} from '../../../../shared/evidence/bucket';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

/** The zone's wall clock at an instant, "2026-03-29 03:00" (the oracle: Intl, not our code). */
function clock(ms: number, zone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const starts = (from: string, to: string, size: number, zone: string) =>
  bucketBounds(at(from), at(to), size, zone).map((ms) => clock(ms, zone));

describe('bucketStart: buckets on the postmortem clock', () => {
  it('in UTC, is exactly the epoch alignment it always was (every size but the week)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('1990-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') }),
        (t) => {
          for (const { ms } of BUCKET_SIZES) {
            if (ms === 7 * DAY) continue;
            expect(bucketStart(t, ms, 'UTC')).toBe(Math.floor(t / ms) * ms);
          }
          for (const ms of [10 * MIN, 2 * HOUR, 7 * HOUR, 3 * DAY])
            expect(bucketStart(t, ms, 'UTC')).toBe(Math.floor(t / ms) * ms);
        },
      ),
    );
  });

  it('in Kolkata (+05:30), an hour bucket starts on the hour of the clock, not at :30', () => {
    const t = at('2026-03-12T04:10:00Z'); // 09:40 in Kolkata
    expect(clock(bucketStart(t, HOUR, 'Asia/Kolkata'), 'Asia/Kolkata')).toBe('2026-03-12 09:00');
    expect(iso(bucketStart(t, HOUR, 'Asia/Kolkata'))).toBe('2026-03-12T03:30:00.000Z');
    expect(starts('2026-03-12T03:29:00Z', '2026-03-12T05:00:00Z', HOUR, 'Asia/Kolkata')).toEqual([
      '2026-03-12 08:00',
      '2026-03-12 09:00',
      '2026-03-12 10:00',
      '2026-03-12 11:00',
    ]);
    // Days are Kolkata's calendar days, 6 h from its midnight, 15 min unchanged (:30 is on it).
    expect(iso(bucketStart(t, DAY, 'Asia/Kolkata'))).toBe('2026-03-11T18:30:00.000Z');
    expect(clock(bucketStart(t, 6 * HOUR, 'Asia/Kolkata'), 'Asia/Kolkata')).toBe(
      '2026-03-12 06:00',
    );
    expect(bucketStart(t, 15 * MIN, 'Asia/Kolkata')).toBe(bucketStart(t, 15 * MIN, 'UTC'));
  });

  it('in Amsterdam, days are calendar days: 23 h on 29 March 2026, 25 h on 25 October', () => {
    const ams = 'Europe/Amsterdam';
    const spring = bucketBounds(at('2026-03-28T12:00:00Z'), at('2026-03-30T12:00:00Z'), DAY, ams);
    expect(spring.map(iso)).toEqual([
      '2026-03-27T23:00:00.000Z', // 28 March 00:00 CET
      '2026-03-28T23:00:00.000Z', // 29 March 00:00 CET
      '2026-03-29T22:00:00.000Z', // 30 March 00:00 CEST
      '2026-03-30T22:00:00.000Z',
    ]);
    expect(spring.slice(1).map((s, i) => (s - spring[i]!) / HOUR)).toEqual([24, 23, 24]);
    const autumn = bucketBounds(at('2026-10-24T12:00:00Z'), at('2026-10-26T12:00:00Z'), DAY, ams);
    expect(autumn.map((ms) => clock(ms, ams))).toEqual([
      '2026-10-24 00:00',
      '2026-10-25 00:00',
      '2026-10-26 00:00',
      '2026-10-27 00:00',
    ]);
    expect(autumn.slice(1).map((s, i) => (s - autumn[i]!) / HOUR)).toEqual([24, 25, 24]);
    // An instant in the repeated hour (02:30 CET, the second one) is in 25 October's bucket.
    expect(iso(bucketStart(at('2026-10-25T01:30:00Z'), DAY, ams))).toBe('2026-10-24T22:00:00.000Z');
  });

  it('in Amsterdam, 6 h buckets keep 00/06/12/18 on the clock: 5 h and 7 h across the changes', () => {
    const ams = 'Europe/Amsterdam';
    const spring = bucketBounds(
      at('2026-03-28T20:00:00Z'),
      at('2026-03-29T12:00:00Z'),
      6 * HOUR,
      ams,
    );
    expect(spring.map((ms) => clock(ms, ams))).toEqual([
      '2026-03-28 18:00',
      '2026-03-29 00:00',
      '2026-03-29 06:00',
      '2026-03-29 12:00',
      '2026-03-29 18:00',
    ]);
    expect(spring.slice(1).map((s, i) => (s - spring[i]!) / HOUR)).toEqual([6, 5, 6, 6]);
    const autumn = bucketBounds(
      at('2026-10-24T20:00:00Z'),
      at('2026-10-25T12:00:00Z'),
      6 * HOUR,
      ams,
    );
    expect(autumn.slice(1).map((s, i) => (s - autumn[i]!) / HOUR)).toEqual([6, 7, 6, 6]);
  });

  it('keeps hours whole across the changes; the repeated hour is two buckets', () => {
    const ams = 'Europe/Amsterdam';
    const autumn = bucketBounds(at('2026-10-24T23:00:00Z'), at('2026-10-25T02:30:00Z'), HOUR, ams);
    expect(autumn.map(iso)).toEqual([
      '2026-10-24T23:00:00.000Z', // 01:00 CEST
      '2026-10-25T00:00:00.000Z', // 02:00 CEST
      '2026-10-25T01:00:00.000Z', // 02:00 CET
      '2026-10-25T02:00:00.000Z', // 03:00 CET
      '2026-10-25T03:00:00.000Z',
    ]);
    const spring = starts('2026-03-28T23:30:00Z', '2026-03-29T02:10:00Z', HOUR, ams);
    expect(spring).toEqual([
      '2026-03-29 00:00',
      '2026-03-29 01:00',
      '2026-03-29 03:00', // 02:00 never shows on the clock
      '2026-03-29 04:00',
      '2026-03-29 05:00',
    ]);
    for (const size of [MIN, 5 * MIN, 15 * MIN, HOUR]) {
      const b = bucketBounds(at('2026-03-28T22:00:00Z'), at('2026-03-29T03:00:00Z'), size, ams);
      expect(new Set(b.slice(1).map((s, i) => s - b[i]!))).toEqual(new Set([size]));
    }
  });

  it('starts weeks on Monday at local midnight', () => {
    for (const zone of ['UTC', 'Europe/Amsterdam', 'Asia/Kolkata', 'America/New_York']) {
      const s = bucketStart(at('2026-03-12T12:00:00Z'), 7 * DAY, zone); // a Thursday
      expect(clock(s, zone)).toBe('2026-03-09 00:00');
      expect(new Date(s + 12 * HOUR).getUTCDay()).toBe(1); // a Monday
    }
    // The week holding the spring change lasts 7 days less an hour.
    const b = bucketBounds(
      at('2026-03-25T00:00:00Z'),
      at('2026-03-31T00:00:00Z'),
      7 * DAY,
      'Europe/Amsterdam',
    );
    expect(b.map((ms) => clock(ms, 'Europe/Amsterdam'))).toEqual([
      '2026-03-23 00:00',
      '2026-03-30 00:00',
      '2026-04-06 00:00',
    ]);
    expect(b[1]! - b[0]!).toBe(7 * DAY - HOUR);
  });

  it('holds every instant in its own bucket and on the clock, whatever the zone', () => {
    const zones = ['Europe/Amsterdam', 'Asia/Kolkata', 'America/New_York', 'Australia/Lord_Howe'];
    const sizes = [5 * MIN, 15 * MIN, HOUR, 6 * HOUR, DAY, 7 * DAY];
    fc.assert(
      fc.property(
        fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') }),
        fc.constantFrom(...zones),
        fc.constantFrom(...sizes),
        (t, zone, size) => {
          const s = bucketStart(t, size, zone);
          expect(s).toBeLessThanOrEqual(t);
          expect(bucketStart(s, size, zone)).toBe(s);
          const [first, end] = bucketBounds(t, t, size, zone);
          expect(first).toBe(s);
          expect(end!).toBeGreaterThan(t);
          // Never more than the largest clock change (Lord Howe's is 30 min) off the size.
          expect(Math.abs(end! - s - size)).toBeLessThanOrEqual(HOUR);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the buckets a clock change made shorter or longer, and only those', () => {
    const bucket = (start: number, end: number) => ({ start: iso(start), end: iso(end) });
    const b = bucketBounds(
      at('2026-03-28T20:00:00Z'),
      at('2026-03-29T12:00:00Z'),
      6 * HOUR,
      'Europe/Amsterdam',
    );
    const series = { bucketMs: 6 * HOUR, buckets: b.slice(1).map((e, i) => bucket(b[i]!, e)) };
    expect(bucketWidthNote(series, 'Europe/Amsterdam')).toBe(
      'Buckets follow the clock of Europe/Amsterdam: a bucket holding a clock change lasts 5 h.',
    );
    const even = bucketBounds(
      at('2026-03-12T00:00:00Z'),
      at('2026-03-13T00:00:00Z'),
      HOUR,
      'Asia/Kolkata',
    );
    const plain = { bucketMs: HOUR, buckets: even.slice(1).map((e, i) => bucket(even[i]!, e)) };
    expect(bucketWidthNote(plain, 'Asia/Kolkata')).toBeNull();
  });
});
