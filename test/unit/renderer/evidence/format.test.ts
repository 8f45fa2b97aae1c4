import { describe, expect, it } from 'vitest';
import { formatInstant, isoInZone } from '../../../../renderer/src/features/evidence/format';

describe('instants on the postmortem’s clock', () => {
  it('name the zone, and show seconds only when they are not zero', () => {
    expect(formatInstant('2026-03-12T02:00:00Z')).toBe('2026-03-12 02:00 UTC');
    expect(formatInstant('2026-03-12T02:00:13Z', 'Europe/Amsterdam')).toBe(
      '2026-03-12 03:00:13 CET',
    );
    expect(formatInstant('2026-07-12T02:00:00Z', 'Europe/Amsterdam')).toBe('2026-07-12 04:00 CEST');
    expect(formatInstant('2026-07-12T02:00:00Z', 'Asia/Kolkata')).toBe('2026-07-12 07:30 UTC+5:30');
    expect(formatInstant('not a time')).toBe('not a time');
  });

  it('write ISO 8601 with the zone’s offset, which reads back as the same instant', () => {
    for (const [iso, zone, local] of [
      ['2026-03-12T02:00:00.000Z', 'UTC', '2026-03-12T02:00:00Z'],
      ['2026-03-12T02:00:13.500Z', 'Europe/Amsterdam', '2026-03-12T03:00:13.500+01:00'],
      ['2026-07-12T02:00:00.000Z', 'America/St_Johns', '2026-07-11T23:30:00-02:30'],
      ['2026-03-29T01:00:00.000Z', 'Europe/Amsterdam', '2026-03-29T03:00:00+02:00'],
    ] as const) {
      expect(isoInZone(iso, zone)).toBe(local);
      expect(new Date(local).toISOString()).toBe(iso);
    }
  });
});
