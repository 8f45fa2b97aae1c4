import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../../../shared/domain';
import { isUtcZone, ZoneReader } from '../../../../shared/evidence/zone';

/** What the zone's clocks showed at an instant, as epoch ms read as UTC (the oracle: Intl). */
function wallClock(instant: number, zone: string): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  return (
    Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!) +
    (instant - Math.floor(instant / 1000) * 1000)
  );
}

const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('ZoneReader: wall-clock times read in a zone', () => {
  it('reads ordinary times with the offset of the day (winter and summer)', () => {
    const ams = new ZoneReader('Europe/Amsterdam');
    expect(new Date(ams.instantOf(wall('2024-01-15T12:00:00'))).toISOString()).toBe(
      '2024-01-15T11:00:00.000Z',
    );
    expect(new Date(ams.instantOf(wall('2024-07-15T12:00:00'))).toISOString()).toBe(
      '2024-07-15T10:00:00.000Z',
    );
    const kolkata = new ZoneReader('Asia/Kolkata');
    expect(new Date(kolkata.instantOf(wall('2024-03-12T02:00:00'))).toISOString()).toBe(
      '2024-03-11T20:30:00.000Z',
    );
  });

  it('reads a time in the skipped hour with the offset before the change', () => {
    // Clocks in Amsterdam went from 02:00 to 03:00 on 2024-03-31: 02:30 reads as 03:30 summer time.
    const ams = new ZoneReader('Europe/Amsterdam');
    expect(new Date(ams.instantOf(wall('2024-03-31T02:30:00'))).toISOString()).toBe(
      '2024-03-31T01:30:00.000Z',
    );
    const ny = new ZoneReader('America/New_York');
    expect(new Date(ny.instantOf(wall('2024-03-10T02:15:00'))).toISOString()).toBe(
      '2024-03-10T07:15:00.000Z',
    );
  });

  it('reads a time in the repeated hour as the first of the two', () => {
    // Clocks in Amsterdam went from 03:00 back to 02:00 on 2024-10-27.
    const ams = new ZoneReader('Europe/Amsterdam');
    expect(new Date(ams.instantOf(wall('2024-10-27T02:30:00'))).toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    );
    const howe = new ZoneReader('Australia/Lord_Howe'); // a half-hour change
    const t = howe.instantOf(wall('2024-04-07T01:45:00'));
    expect(wallClock(t, 'Australia/Lord_Howe')).toBe(wall('2024-04-07T01:45:00'));
    expect(wallClock(t + 1_800_000, 'Australia/Lord_Howe')).toBe(wall('2024-04-07T01:45:00'));
  });

  it('gives back the instant whose wall clock it was, for any instant and zone', () => {
    const zones = ['Europe/Amsterdam', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const reader = new ZoneReader(zone);
          const w = wallClock(instant, zone);
          const t = reader.instantOf(w);
          expect(wallClock(t, zone)).toBe(w);
          // The same wall clock may have been shown twice (clocks going back): the first is taken.
          expect(t).toBeLessThanOrEqual(instant);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('names the zones it knows and the ones that need no conversion', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isUtcZone('UTC')).toBe(true);
    expect(isUtcZone('Europe/London')).toBe(false);
  });
});
