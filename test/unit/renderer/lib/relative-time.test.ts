import { describe, expect, it } from 'vitest';
import { absoluteTime, relativeTime } from '../../../../renderer/src/lib/relative-time';

const now = Date.parse('2024-03-12T12:00:00Z');

describe('relativeTime', () => {
  it('says "just now" for the last few seconds', () => {
    expect(relativeTime('2024-03-12T11:59:30Z', now)).toBe('just now');
  });

  it('picks the largest fitting unit', () => {
    expect(relativeTime('2024-03-12T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2024-03-12T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2024-03-11T12:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2024-02-20T12:00:00Z', now)).toBe('3 weeks ago');
    expect(relativeTime('2022-03-12T12:00:00Z', now)).toBe('2 years ago');
  });

  it('shows an absolute time with its zone', () => {
    expect(absoluteTime('2024-03-12T02:00:00Z', 'UTC')).toBe('Tue, 12 Mar 2024, 02:00 UTC');
  });
});
