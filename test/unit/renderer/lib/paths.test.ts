import { describe, expect, it } from 'vitest';
import { getIn, setIn } from '../../../../renderer/src/lib/paths';

describe('paths', () => {
  const doc = { summary: { title: 'a' }, kpis: [{ name: 'recall' }, { name: 'precision' }] };

  it('reads nested objects and array items', () => {
    expect(getIn(doc, 'summary.title')).toBe('a');
    expect(getIn(doc, 'kpis.1.name')).toBe('precision');
    expect(getIn(doc, 'kpis.5.name')).toBeUndefined();
  });

  it('writes a copy, sharing every untouched branch', () => {
    const next = setIn(doc, 'kpis.1.name', 'F1');
    expect(next.kpis[1]?.name).toBe('F1');
    expect(doc.kpis[1]?.name).toBe('precision');
    expect(Array.isArray(next.kpis)).toBe(true);
    expect(next.kpis[0]).toBe(doc.kpis[0]);
    expect(next.summary).toBe(doc.summary);
  });

  it('returns the same object when the value is unchanged', () => {
    expect(setIn(doc, 'summary.title', 'a')).toBe(doc);
  });

  it('refuses to write through a missing branch', () => {
    expect(() => setIn(doc, 'missing.deep', 1)).toThrow(/missing/);
  });
});
