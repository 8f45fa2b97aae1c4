import { describe, expect, it } from 'vitest';
import {
  brushSteps,
  edgeForKey,
  moveEdge,
  shiftRange,
  snapToBucket,
} from '../../../../renderer/src/features/evidence/charts/brush-steps';

const MIN = 60_000;
const H = 60 * MIN;
const T0 = Date.parse('2026-03-11T00:00:00Z');
const domain = { min: T0, max: T0 + 48 * H, bucketMs: 15 * MIN };

describe('the time brush', () => {
  it('steps a bucket by arrow and a calendar unit by page', () => {
    expect(brushSteps(15 * MIN)).toEqual({ small: 15 * MIN, large: H });
    expect(brushSteps(MIN)).toEqual({ small: MIN, large: H });
    expect(brushSteps(H)).toEqual({ small: H, large: 24 * H });
    expect(brushSteps(24 * H)).toEqual({ small: 24 * H, large: 7 * 24 * H });
    expect(brushSteps(30 * 24 * H)).toEqual({ small: 30 * 24 * H, large: 30 * 24 * H });
    const range = { from: T0 + 26 * H, to: T0 + 29 * H };
    expect(edgeForKey('ArrowLeft', range, 'from', domain)).toBe(T0 + 26 * H - 15 * MIN);
    expect(edgeForKey('PageUp', range, 'to', domain)).toBe(T0 + 30 * H);
    expect(edgeForKey('Home', range, 'from', domain)).toBe(T0);
    expect(edgeForKey('End', range, 'to', domain)).toBe(T0 + 48 * H);
    expect(edgeForKey('a', range, 'to', domain)).toBeNull();
  });

  it('snaps to bucket edges inside the domain and keeps a bucket between the handles', () => {
    expect(snapToBucket(T0 + 7 * MIN, domain)).toBe(T0);
    expect(snapToBucket(T0 + 8 * MIN, domain)).toBe(T0 + 15 * MIN);
    expect(snapToBucket(T0 - H, domain)).toBe(T0);
    expect(snapToBucket(T0 + 99 * H, domain)).toBe(T0 + 48 * H);
    const range = { from: T0 + 2 * H, to: T0 + 5 * H };
    expect(moveEdge(range, 'from', T0 + 9 * H, domain)).toEqual({
      from: T0 + 5 * H - 15 * MIN,
      to: T0 + 5 * H,
    });
    expect(moveEdge(range, 'to', T0, domain)).toEqual({
      from: T0 + 2 * H,
      to: T0 + 2 * H + 15 * MIN,
    });
  });

  it('moves the whole range without changing its width or leaving the domain', () => {
    const range = { from: T0 + 2 * H, to: T0 + 5 * H };
    expect(shiftRange(range, H, domain)).toEqual({ from: T0 + 3 * H, to: T0 + 6 * H });
    expect(shiftRange(range, -10 * H, domain)).toEqual({ from: T0, to: T0 + 3 * H });
    expect(shiftRange(range, 100 * H, domain)).toEqual({ from: T0 + 45 * H, to: T0 + 48 * H });
  });
});
