import { describe, expect, it } from 'vitest';
import { hashOf, routeFromHash } from '../../../../renderer/src/stores/route-slice';

describe('routes in the location hash', () => {
  it('round-trips the library, a postmortem, its meeting and its presenter view', () => {
    for (const route of [
      { name: 'library' as const },
      { name: 'editor' as const, id: 'pm_1' },
      { name: 'meeting' as const, id: 'pm-2' },
      { name: 'present' as const, id: 'abc' },
    ]) {
      expect(routeFromHash(hashOf(route)!)).toEqual(route);
    }
  });

  it('falls back to the library for anything else', () => {
    expect(routeFromHash('')).toEqual({ name: 'library' });
    expect(routeFromHash('#/postmortem/has spaces')).toEqual({ name: 'library' });
    expect(routeFromHash('#/unknown/x')).toEqual({ name: 'library' });
  });
});
