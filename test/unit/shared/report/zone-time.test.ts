import { describe, expect, it } from 'vitest';
import {
  clockInZone,
  formatInZone,
  offsetChanges,
  utcOffsetAt,
  zonedRange,
  zoneLabel,
} from '../../../../shared/report/zone-time';

// Europe/Amsterdam in 2026: clocks go forward at 01:00 UTC on 29 March (02:00 CET becomes 03:00
// CEST) and back at 01:00 UTC on 25 October (03:00 CEST becomes 02:00 CET).
const AMS = 'Europe/Amsterdam';

describe('instants on the postmortem clock', () => {
  it('names the zone and its offset, on whole-hour and half-hour zones', () => {
    expect(formatInZone('2026-03-12T02:00:00.000Z', AMS)).toBe(
      '2026-03-12 03:00 Europe/Amsterdam (UTC+01:00)',
    );
    expect(formatInZone('2026-07-12T02:00:00.000Z', AMS)).toBe(
      '2026-07-12 04:00 Europe/Amsterdam (UTC+02:00)',
    );
    expect(formatInZone('2026-03-12T02:00:00.000Z', 'Asia/Kolkata')).toBe(
      '2026-03-12 07:30 Asia/Kolkata (UTC+05:30)',
    );
    expect(formatInZone('2026-03-12T02:00:00.000Z', 'America/New_York')).toBe(
      '2026-03-11 22:00 America/New_York (UTC-04:00)',
    );
    expect(formatInZone('2026-01-12T02:00:00.000Z', 'Europe/London')).toBe(
      '2026-01-12 02:00 Europe/London (UTC+00:00)',
    );
    expect(formatInZone('2026-03-12T02:00:00.000Z', 'UTC')).toBe('2026-03-12 02:00 UTC');
  });

  it('takes epoch milliseconds too, and shows seconds only when there are some', () => {
    expect(formatInZone(Date.UTC(2026, 2, 12, 2, 0, 30), AMS)).toBe(
      '2026-03-12 03:00:30 Europe/Amsterdam (UTC+01:00)',
    );
    expect(clockInZone(Date.UTC(2026, 2, 12, 18, 45), 'Asia/Kolkata')).toBe('2026-03-13 00:15');
    expect(formatInZone('not a date', AMS)).toBe('not a date');
  });

  it('tells the offset on either side of a clock change', () => {
    expect(utcOffsetAt('2026-03-29T00:59:59.000Z', AMS)).toBe('UTC+01:00');
    expect(utcOffsetAt('2026-03-29T01:00:00.000Z', AMS)).toBe('UTC+02:00');
    expect(utcOffsetAt('2026-10-25T00:59:59.000Z', AMS)).toBe('UTC+02:00');
    expect(utcOffsetAt('2026-10-25T01:00:00.000Z', AMS)).toBe('UTC+01:00');
    expect(zoneLabel('2026-03-29T01:00:00.000Z', AMS)).toBe('Europe/Amsterdam (UTC+02:00)');
    expect(zoneLabel('2026-03-29T01:00:00.000Z', 'UTC')).toBe('UTC');
  });
});

describe('spans on the postmortem clock', () => {
  it('names the zone once when both ends have one offset', () => {
    expect(zonedRange('2026-03-12T02:00:00.000Z', '2026-03-12T05:00:00.000Z', AMS)).toEqual({
      start: '2026-03-12 03:00',
      end: '2026-03-12 06:00',
      zone: 'Europe/Amsterdam (UTC+01:00)',
    });
    expect(
      zonedRange('2026-03-12T02:00:00.000Z', '2026-03-12T05:00:00.000Z', 'Asia/Kolkata'),
    ).toEqual({
      start: '2026-03-12 07:30',
      end: '2026-03-12 10:30',
      zone: 'Asia/Kolkata (UTC+05:30)',
    });
    expect(zonedRange('2026-03-12T02:00:00.000Z', '2026-03-12T05:00:00.000Z', 'UTC')).toEqual({
      start: '2026-03-12 02:00',
      end: '2026-03-12 05:00',
      zone: 'UTC',
    });
  });

  it('gives each end its own offset across the night clocks go forward', () => {
    // 01:30 CET to 04:30 CEST: two hours, though the clock shows three.
    expect(zonedRange('2026-03-29T00:30:00.000Z', '2026-03-29T02:30:00.000Z', AMS)).toEqual({
      start: '2026-03-29 01:30 (UTC+01:00)',
      end: '2026-03-29 04:30 (UTC+02:00)',
      zone: 'Europe/Amsterdam',
    });
  });

  it('tells apart the two 02:30s of the night clocks go back', () => {
    expect(zonedRange('2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', AMS)).toEqual({
      start: '2026-10-25 02:30 (UTC+02:00)',
      end: '2026-10-25 02:30 (UTC+01:00)',
      zone: 'Europe/Amsterdam',
    });
  });
});

describe('clock changes within a span', () => {
  it('finds the instant of each change, to the second', () => {
    const day = (iso: string) => Date.parse(iso);
    expect(offsetChanges(day('2026-03-28T12:00:00Z'), day('2026-03-29T12:00:00Z'), AMS)).toEqual([
      { at: day('2026-03-29T01:00:00Z'), from: 'UTC+01:00', to: 'UTC+02:00' },
    ]);
    expect(offsetChanges(day('2026-01-01T00:00:00Z'), day('2027-01-01T00:00:00Z'), AMS)).toEqual([
      { at: day('2026-03-29T01:00:00Z'), from: 'UTC+01:00', to: 'UTC+02:00' },
      { at: day('2026-10-25T01:00:00Z'), from: 'UTC+02:00', to: 'UTC+01:00' },
    ]);
  });

  it('finds none where the clocks keep one offset', () => {
    const year = [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)] as const;
    expect(offsetChanges(...year, 'Asia/Kolkata')).toEqual([]);
    expect(offsetChanges(...year, 'UTC')).toEqual([]);
    expect(offsetChanges(Date.UTC(2026, 2, 12, 2), Date.UTC(2026, 2, 12, 5), AMS)).toEqual([]);
  });
});
