import { describe, expect, it } from 'vitest';
import { blankPostmortem } from '../../../../shared/domain';
import { rezone } from '../../../../renderer/src/lib/rezone';

describe('rezone', () => {
  it('keeps the clock times and moves the instants into the new zone', () => {
    const doc = blankPostmortem('Fraud model', 'UTC');
    doc.summary.startedAt = '2024-03-12T02:00:00.000Z';
    doc.summary.endedAt = '2024-03-12T05:00:30.250Z';
    doc.timeline = [{ id: 'e1', at: '2024-03-12T02:10:00.000Z', kind: 'detection', text: 'Alert' }];
    const moved = rezone(doc, 'Europe/Berlin');
    expect(moved.summary.timeZone).toBe('Europe/Berlin');
    expect(moved.summary.startedAt).toBe('2024-03-12T01:00:00.000Z');
    expect(moved.summary.endedAt).toBe('2024-03-12T04:00:30.250Z');
    expect(moved.summary.detectedAt).toBeNull();
    expect(moved.timeline[0]?.at).toBe('2024-03-12T01:10:00.000Z');
    expect(doc.summary.startedAt).toBe('2024-03-12T02:00:00.000Z');
  });

  it('returns the same document when the zone does not change', () => {
    const doc = blankPostmortem('x', 'Asia/Tokyo');
    expect(rezone(doc, 'Asia/Tokyo')).toBe(doc);
  });
});
