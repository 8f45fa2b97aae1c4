import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  undo,
} from '../../../../renderer/src/lib/history';

function typeInto(text: string, startAt: number, gapMs: number) {
  let h = createHistory('');
  let at = startAt;
  for (let i = 1; i <= text.length; i++) {
    h = record(h, text.slice(0, i), { key: 'title', at, windowMs: 1000 });
    at += gapMs;
  }
  return h;
}

describe('history', () => {
  it('makes one step of a burst of typing in one field', () => {
    const h = typeInto('hello', 0, 100);
    expect(h.present).toBe('hello');
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('starts a new step after a pause longer than the window', () => {
    let h = typeInto('ab', 0, 100);
    h = record(h, 'abc', { key: 'title', at: 5000, windowMs: 1000 });
    expect(h.past).toEqual(['', 'ab']);
    expect(undo(h).present).toBe('ab');
  });

  it('starts a new step when the field changes', () => {
    let h = createHistory({ a: '', b: '' });
    h = record(h, { a: 'x', b: '' }, { key: 'a', at: 0 });
    h = record(h, { a: 'x', b: 'y' }, { key: 'b', at: 10 });
    expect(h.past).toHaveLength(2);
    expect(undo(h).present).toEqual({ a: 'x', b: '' });
  });

  it('never coalesces edits without a key', () => {
    let h = createHistory(0);
    h = record(h, 1, { at: 0 });
    h = record(h, 2, { at: 1 });
    expect(h.past).toEqual([0, 1]);
  });

  it('redoes what was undone, and a new edit discards the redo branch', () => {
    let h = createHistory(0);
    h = record(h, 1, { at: 0 });
    h = record(h, 2, { at: 5000 });
    h = undo(undo(h));
    expect(h.present).toBe(0);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe(1);
    h = record(h, 7, { at: 9000 });
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual([0, 1]);
  });

  it('does not coalesce into the step restored by undo', () => {
    let h = typeInto('ab', 0, 100);
    h = undo(h);
    h = record(h, 'z', { key: 'title', at: 250, windowMs: 1000 });
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('ignores a no-op edit and undo/redo at the ends', () => {
    const h = createHistory('same');
    expect(record(h, 'same', { at: 0 })).toBe(h);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('drops the oldest steps beyond the limit', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, { at: i * 10_000, limit: 3 });
    expect(h.past).toEqual([7, 8, 9]);
  });
});
