import { describe, expect, it } from 'vitest';
import {
  booleanWordValue,
  epochUnitFor,
  numericTextValue,
  parseIsoInstant,
  slashDateToMs,
  splitSlashDate,
} from '../../../../../main/evidence/import/values';

const iso = (s: string): number => parseIsoInstant(s, 0, s.length);

describe('parseIsoInstant', () => {
  it('reads dates, times, fractions and zones, without a zone as UTC', () => {
    expect(iso('2024-03-12')).toBe(Date.UTC(2024, 2, 12));
    expect(iso('2024-03-12 02:00:00')).toBe(Date.UTC(2024, 2, 12, 2));
    expect(iso('2024-03-12T02:00')).toBe(Date.UTC(2024, 2, 12, 2));
    expect(iso('2024-03-12T02:00:00.5Z')).toBe(Date.UTC(2024, 2, 12, 2, 0, 0, 500));
    expect(iso('2024-03-12T02:00:00.123456789Z')).toBe(Date.UTC(2024, 2, 12, 2, 0, 0, 123));
    expect(iso('2024-03-12T02:00:00+05:30')).toBe(Date.UTC(2024, 2, 11, 20, 30));
    expect(iso('2024-03-12T02:00:00-0100')).toBe(Date.UTC(2024, 2, 12, 3));
    expect(iso('2024-03-12T02:00:00+02')).toBe(Date.UTC(2024, 2, 12, 0));
    expect(iso('2024/03/12 02:00')).toBe(Date.UTC(2024, 2, 12, 2));
  });

  it('rejects impossible or partial values', () => {
    for (const s of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-03-12T24:00',
      '2024-03-12T02:60',
      '2024-03-12T',
      '2024-03-12X',
      '2024-3-12',
      '2024-03-12T02:00:00+5',
      'abcd-ef-gh',
    ]) {
      expect(iso(s), s).toBeNaN();
    }
    expect(iso('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('slash dates', () => {
  it('splits NN/NN/YYYY and reads it day-first or month-first', () => {
    expect(splitSlashDate('12/03/2024')).toEqual([12, 3, 2024, 0]);
    expect(splitSlashDate('32/03/2024')).toBeNull();
    expect(splitSlashDate('13/13/2024')).toBeNull();
    expect(slashDateToMs('12/03/2024', true)).toBe(Date.UTC(2024, 2, 12));
    expect(slashDateToMs('12/03/2024', false)).toBe(Date.UTC(2024, 11, 3));
    expect(slashDateToMs('12/03/2024 10:30', true)).toBe(Date.UTC(2024, 2, 12, 10, 30));
    expect(slashDateToMs('31/02/2024', true)).toBeNaN();
  });
});

describe('numbers, booleans, epochs', () => {
  it('reads the numeric spellings SQLite and JavaScript agree on', () => {
    expect(numericTextValue('1.50')).toBe(1.5);
    expect(numericTextValue(' +4 ')).toBe(4);
    expect(numericTextValue('1e3')).toBe(1000);
    expect(numericTextValue('.5')).toBe(0.5);
    for (const s of ['0x10', '1,5', '', ' ', 'Infinity', '1.2.3'])
      expect(numericTextValue(s), s).toBeNaN();
  });

  it('reads boolean words in any case', () => {
    expect(['true', 'YES', 't', 'Y'].map(booleanWordValue)).toEqual([1, 1, 1, 1]);
    expect(['false', 'No', 'f', 'n'].map(booleanWordValue)).toEqual([0, 0, 0, 0]);
    expect(['1', 'maybe', ''].map(booleanWordValue)).toEqual([-1, -1, -1]);
  });

  it('treats integers as epochs only under a time-like name and in 2001..2096', () => {
    expect(epochUnitFor('created_at', 1_710_000_000, 1_720_000_000)).toBe('epoch-s');
    expect(epochUnitFor('ts', 1_710_000_000_000, 1_720_000_000_000)).toBe('epoch-ms');
    expect(epochUnitFor('user_id', 1_710_000_000, 1_720_000_000)).toBeNull();
    expect(epochUnitFor('time', 5, 10)).toBeNull();
  });
});
