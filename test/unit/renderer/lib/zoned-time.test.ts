import { describe, expect, it } from 'vitest';
import {
  formatOffset,
  localInputToUtc,
  utcToLocalInput,
  zoneOffsetMs,
} from '../../../../renderer/src/lib/zoned-time';

describe('localInputToUtc', () => {
  it('reads a wall-clock time in UTC as itself', () => {
    expect(localInputToUtc('2024-03-12T02:00', 'UTC')).toBe('2024-03-12T02:00:00.000Z');
  });

  it('subtracts a positive offset (Berlin in winter is UTC+1)', () => {
    expect(localInputToUtc('2024-01-15T09:30', 'Europe/Berlin')).toBe('2024-01-15T08:30:00.000Z');
  });

  it('adds a negative offset (New York in summer is UTC-4)', () => {
    expect(localInputToUtc('2024-07-04T20:00', 'America/New_York')).toBe(
      '2024-07-05T00:00:00.000Z',
    );
  });

  it('handles zones with a half-hour offset and the date line', () => {
    expect(localInputToUtc('2024-05-01T00:15', 'Asia/Kolkata')).toBe('2024-04-30T18:45:00.000Z');
    expect(localInputToUtc('2024-05-01T12:00', 'Pacific/Kiritimati')).toBe(
      '2024-04-30T22:00:00.000Z',
    );
  });

  it('moves a time skipped by clocks going forward past the gap (Berlin, 31 March 2024)', () => {
    // 02:30 never happened in Berlin that night; the clock read 03:30 CEST one hour after 01:30 CET.
    expect(localInputToUtc('2024-03-31T02:30', 'Europe/Berlin')).toBe('2024-03-31T01:30:00.000Z');
  });

  it('takes the earlier of a time that happened twice (Berlin, 27 October 2024)', () => {
    expect(localInputToUtc('2024-10-27T02:30', 'Europe/Berlin')).toBe('2024-10-27T00:30:00.000Z');
  });

  it('keeps seconds and milliseconds when given', () => {
    expect(localInputToUtc('2024-03-12T02:00:07.5', 'UTC')).toBe('2024-03-12T02:00:07.500Z');
  });

  it('returns null for empty, malformed and non-existent dates', () => {
    expect(localInputToUtc('', 'UTC')).toBeNull();
    expect(localInputToUtc('2024-03-12', 'UTC')).toBeNull();
    expect(localInputToUtc('2024-02-30T10:00', 'UTC')).toBeNull();
    expect(localInputToUtc('2024-13-01T10:00', 'UTC')).toBeNull();
    expect(localInputToUtc('2024-01-01T24:00', 'UTC')).toBeNull();
  });
});

describe('utcToLocalInput', () => {
  it('shows an instant on the clock of the zone', () => {
    expect(utcToLocalInput('2024-01-15T08:30:00.000Z', 'Europe/Berlin')).toBe('2024-01-15T09:30');
    expect(utcToLocalInput('2024-07-05T00:00:00Z', 'America/New_York')).toBe('2024-07-04T20:00');
    expect(utcToLocalInput('2024-03-31T01:30:00Z', 'Europe/Berlin')).toBe('2024-03-31T03:30');
  });

  it('accepts instants written with an offset', () => {
    expect(utcToLocalInput('2024-01-15T10:30:00+02:00', 'UTC')).toBe('2024-01-15T08:30');
  });

  it('returns an empty value for null', () => {
    expect(utcToLocalInput(null, 'UTC')).toBe('');
  });

  it('round-trips every quarter hour across a year in several zones', () => {
    for (const zone of ['Europe/Berlin', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'UTC']) {
      const start = Date.UTC(2024, 0, 1);
      for (let t = start; t < start + 366 * 86_400_000; t += 15 * 60_000 * 7) {
        const iso = new Date(t).toISOString();
        const local = utcToLocalInput(iso, zone);
        const back = localInputToUtc(local, zone);
        // A repeated hour maps back to its earlier instant; everything else is exact.
        if (back !== iso) {
          expect(utcToLocalInput(back, zone)).toBe(local);
          expect(Date.parse(back!)).toBeLessThan(t);
        }
      }
    }
  });
});

describe('offsets', () => {
  it('knows the offset of a zone at an instant', () => {
    expect(zoneOffsetMs(Date.UTC(2024, 0, 15), 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetMs(Date.UTC(2024, 6, 15), 'Europe/Berlin')).toBe(7_200_000);
    expect(zoneOffsetMs(Date.UTC(2024, 6, 15), 'UTC')).toBe(0);
  });

  it('labels offsets with sign, hours and minutes', () => {
    expect(formatOffset(Date.UTC(2024, 0, 15), 'Asia/Kolkata')).toBe('UTC+05:30');
    expect(formatOffset(Date.UTC(2024, 6, 15), 'America/New_York')).toBe('UTC−04:00');
    expect(formatOffset(Date.UTC(2024, 6, 15), 'UTC')).toBe('UTC+00:00');
  });
});
