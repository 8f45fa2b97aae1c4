import { describe, expect, it } from 'vitest';
import { wassersteinDistance, wassersteinNormed } from '../../../../shared/stats/wasserstein';
import { expectClose, lcgSample, oracles } from './oracles';

describe('wassersteinDistance', () => {
  it('gives the note oracle: [0,1,3] vs [5,6,8] = 5', () => {
    expect(wassersteinDistance([0, 1, 3], [5, 6, 8])).toBe(5);
  });

  it.each(oracles.wasserstein.map((c) => [`${c.u.length} vs ${c.v.length}`, c] as const))(
    'matches scipy (unequal sizes, ties): %s',
    (_, c) => {
      expectClose(wassersteinDistance(c.u, c.v), c.distance, 1e-14, 1e-300);
      expectClose(wassersteinNormed(c.u, c.v), c.normed, 1e-14, 1e-300);
    },
  );

  it.each(oracles.wasserstein_generated.map((c) => [c.name, c] as const))(
    'matches scipy on generated samples: %s',
    (_, c) => {
      const a = lcgSample(c.a);
      const b = lcgSample(c.b);
      expectClose(wassersteinDistance(a, b), c.distance, 1e-12);
      expectClose(wassersteinNormed(a, b), c.normed, 1e-12);
    },
  );

  it('equals the shift for a shifted copy and the mean gap for single points', () => {
    const u = [0.5, 1, 4, 7.25];
    expectClose(
      wassersteinDistance(
        u,
        u.map((x) => x + 2),
      ),
      2,
      1e-15,
    );
    expect(wassersteinDistance([3], [10])).toBe(7);
    expect(wassersteinDistance([1, 2], [2, 1])).toBe(0);
  });

  it('floors the norm at 0.001 for a constant baseline', () => {
    expectClose(wassersteinNormed([2, 2, 2], [2, 2, 3]), 1 / 3 / 0.001, 1e-14);
    expect(() => wassersteinDistance([], [1])).toThrow(/non-empty/);
  });
});
