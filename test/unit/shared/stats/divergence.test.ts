import { describe, expect, it } from 'vitest';
import { jensenShannonDistance, psi } from '../../../../shared/stats/divergence';
import { expectClose, oracles } from './oracles';

describe('psi', () => {
  it('gives the note oracle: [.1,.2,.3,.4] vs [.2,.2,.3,.3] = 0.09808292530117263', () => {
    expectClose(psi([0.1, 0.2, 0.3, 0.4], [0.2, 0.2, 0.3, 0.3]), 0.09808292530117263, 1e-14);
  });

  it.each(oracles.psi.map((c) => [JSON.stringify(c.baseline), c] as const))(
    'matches the definition with empty bins floored at 1e-4: %s',
    (_, c) => {
      expectClose(psi(c.baseline, c.incident), c.psi, 1e-14);
    },
  );

  it('is zero for identical shares, symmetric, and uses the given floor', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(psi([0.3, 0.7], [0.6, 0.4])).toBe(psi([0.6, 0.4], [0.3, 0.7]));
    expectClose(psi([1, 0], [0.5, 0.5], 0.01), -0.5 * Math.log(0.5) + 0.49 * Math.log(50), 1e-14);
  });

  it('rejects mismatched or negative shares', () => {
    expect(() => psi([0.5, 0.5], [1])).toThrow(/2 and 1 bins/);
    expect(() => psi([1.5, -0.5], [0.5, 0.5])).toThrow(/>= 0/);
  });
});

describe('jensenShannonDistance', () => {
  it('gives the note oracles (natural log and base 2)', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    const q = [0.2, 0.2, 0.3, 0.3];
    expectClose(jensenShannonDistance(p, q), 0.10990281338794596, 1e-14);
    expectClose(jensenShannonDistance(p, q, 2), 0.13200673194893733, 1e-14);
  });

  it.each(oracles.jensenshannon.map((c) => [JSON.stringify(c.p), c] as const))(
    'matches scipy for %s (counts are normalized)',
    (_, c) => {
      expectClose(jensenShannonDistance(c.p, c.q), c.natural, 1e-14);
      expectClose(jensenShannonDistance(c.p, c.q, 2), c.base2, 1e-14);
    },
  );

  it('reaches 1 in base 2 for disjoint distributions and 0 for equal ones', () => {
    expectClose(jensenShannonDistance([1, 0], [0, 1], 2), 1, 1e-15);
    expect(jensenShannonDistance([3, 1], [6, 2])).toBe(0);
    expect(() => jensenShannonDistance([0, 0], [1, 1])).toThrow(/sums to zero/);
    expect(() => jensenShannonDistance([1], [1], 1)).toThrow(/log base/);
  });
});
