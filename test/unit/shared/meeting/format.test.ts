import { describe, expect, it } from 'vitest';
import {
  formatDelta,
  formatDuration,
  formatDurationWords,
} from '../../../../shared/meeting/format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [725, '12:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [-90, '-1:30'],
    [-3723, '-1:02:03'],
    [59.9, '0:59'],
    [-0.5, '0:00'],
    [Number.NaN, '--:--'],
    [Infinity, '--:--'],
  ])('%s -> %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatDurationWords and formatDelta', () => {
  it('spells durations for screen readers and signs differences', () => {
    expect(formatDurationWords(3723)).toBe('1 h 2 min 3 s');
    expect(formatDurationWords(90)).toBe('1 min 30 s');
    expect(formatDurationWords(0)).toBe('0 s');
    expect(formatDurationWords(-60)).toBe('minus 1 min');
    expect(formatDelta(120)).toBe('+2:00');
    expect(formatDelta(-45)).toBe('-0:45');
    expect(formatDelta(0)).toBe('0:00');
  });
});
