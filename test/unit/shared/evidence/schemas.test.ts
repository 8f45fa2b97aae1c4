import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  chooseBucket,
  evidenceIdsOf,
  pageInputSchema,
  pinSpecSchema,
  splitInterval,
  windowSchema,
} from '../../../../shared/evidence';

describe('bucket choice', () => {
  it('picks the smallest bucket giving at most 200 buckets', () => {
    expect(chooseBucket(60 * 60_000).label).toBe('1 min');
    expect(chooseBucket(200 * 60_000).label).toBe('1 min');
    expect(chooseBucket(201 * 60_000).label).toBe('5 min');
    expect(chooseBucket(3 * 3_600_000).label).toBe('1 min');
    expect(chooseBucket(24 * 3_600_000).label).toBe('15 min');
    expect(chooseBucket(7 * 86_400_000).label).toBe('1 h');
    expect(chooseBucket(90 * 86_400_000).label).toBe('1 day');
    expect(chooseBucket(100 * 365 * 86_400_000).label).toBe('30 days');
    expect(chooseBucket(0).label).toBe('1 min');
  });

  it('aligns buckets on whole UTC units', () => {
    expect(new Date(bucketStart(Date.parse('2026-03-12T02:17:44Z'), 900_000)).toISOString()).toBe(
      '2026-03-12T02:15:00.000Z',
    );
  });
});

describe('windows', () => {
  it('are half-open ISO intervals with an offset, ending after they start', () => {
    const ok = windowSchema.parse({
      kind: 'time',
      column: 't',
      start: '2026-03-12T02:00:00+01:00',
      end: '2026-03-12T05:00:00Z',
    });
    expect(ok).toMatchObject({
      start: '2026-03-12T01:00:00.000Z',
      end: '2026-03-12T05:00:00.000Z',
    });
    expect(
      windowSchema.safeParse({
        kind: 'time',
        column: 't',
        start: '2026-03-12T02:00:00',
        end: '2026-03-12T05:00:00Z',
      }).success,
    ).toBe(false);
    const backwards = windowSchema.safeParse({
      kind: 'time',
      column: 't',
      start: '2026-03-12T05:00:00Z',
      end: '2026-03-12T05:00:00Z',
    });
    expect(backwards.success).toBe(false);
    expect(windowSchema.safeParse({ kind: 'values', column: 'v', values: [] }).success).toBe(false);
  });

  it('split START/END', () => {
    expect(splitInterval('2026-03-11T00:00:00Z/2026-03-12T00:00:00Z')).toEqual({
      start: '2026-03-11T00:00:00Z',
      end: '2026-03-12T00:00:00Z',
    });
    expect(splitInterval('2026-03-11T00:00:00Z')).toBeNull();
    expect(splitInterval('a/b/c')).toBeNull();
  });
});

describe('pages and pins', () => {
  it('cap a page at 500 rows and take only known filter operators', () => {
    expect(pageInputSchema.safeParse({ evidenceId: 'e', offset: 0, limit: 501 }).success).toBe(
      false,
    );
    expect(pageInputSchema.parse({ evidenceId: 'e', offset: 0, limit: 5 }).filters).toEqual([]);
    const bad = pageInputSchema.safeParse({
      evidenceId: 'e',
      offset: 0,
      limit: 5,
      filters: [{ column: 'a', op: 'like', value: 'x' }],
    });
    expect(bad.success).toBe(false);
    const noBound = pageInputSchema.safeParse({
      evidenceId: 'e',
      offset: 0,
      limit: 5,
      filters: [{ column: 'a', op: 'range' }],
    });
    expect(noBound.success).toBe(false);
  });

  it('store the query, with defaults filled, and name every evidence file they read', () => {
    const spec = pinSpecSchema.parse({
      kind: 'drift-table',
      query: {
        evidenceId: 'cur',
        baseline: { kind: 'evidence', evidenceId: 'last-month' },
        incident: { kind: 'values', column: 'v', values: ['v13'] },
      },
    });
    expect(spec.kind === 'drift-table' && spec.query.correction).toBe('benjamini-hochberg');
    expect(evidenceIdsOf(spec)).toEqual(['cur', 'last-month']);
    expect(pinSpecSchema.safeParse({ kind: 'picture', query: {} }).success).toBe(false);
    expect(
      pinSpecSchema.safeParse({ kind: 'time-series', query: { evidenceId: 'e', agg: 'mean' } })
        .success,
    ).toBe(false);
  });
});
