import { describe, expect, it } from 'vitest';
import {
  applyScreenCommand,
  screenCommandFor,
  screenOf,
  screenRevisionOf,
  type ScreenLayout,
  type ScreenView,
} from '../../../../shared/meeting/screen';
import { matchMeetingShortcut } from '../../../../shared/meeting/shortcuts';

// Root causes laid out on three pages: c1, c2 on the first, c3 on the second, c4 on the third.
const layout: ScreenLayout = { pageCount: 3, itemPages: { c1: 0, c2: 0, c3: 1, c4: 2 } };
const keys = ['c1', 'c2', 'c3', 'c4'];
const view = (patch: Partial<ScreenView> = {}): ScreenView => ({
  stepId: 'root_causes',
  page: 0,
  focus: null,
  layout,
  evidence: null,
  ...patch,
});

describe('screenOf', () => {
  it('starts a step never shown at its first page, and finds a stored one', () => {
    expect(screenOf([], 'diagnosis')).toEqual({
      stepId: 'diagnosis',
      page: 0,
      focus: null,
      layout: null,
      evidence: null,
    });
    const stored = { ...view({ page: 2 }), revision: 7 };
    expect(screenOf([stored], 'root_causes').page).toBe(2);
    expect(screenRevisionOf([stored, { ...stored, stepId: 'actions', revision: 9 }])).toBe(9);
    expect(screenRevisionOf([])).toBe(0);
  });
});

describe('applyScreenCommand', () => {
  it('pages within the layout and says when nothing changes', () => {
    const page = (n: number, from = view()) =>
      applyScreenCommand(from, { type: 'page', stepId: 'root_causes', page: n });
    expect(page(2)?.page).toBe(2);
    expect(page(9)?.page).toBe(2);
    expect(page(0)).toBeNull();
    // Without a presenter's layout yet, any page up to the limit is kept for when it comes.
    expect(page(4, view({ layout: null }))?.page).toBe(4);
  });

  it('highlighting an item shows its page; paging away drops the highlight', () => {
    const focused = applyScreenCommand(view(), {
      type: 'focus',
      stepId: 'root_causes',
      key: 'c3',
    });
    expect(focused).toMatchObject({ focus: 'c3', page: 1 });
    const away = applyScreenCommand(focused!, { type: 'page', stepId: 'root_causes', page: 2 });
    expect(away).toMatchObject({ focus: null, page: 2 });
    const none = applyScreenCommand(focused!, { type: 'focus', stepId: 'root_causes', key: null });
    expect(none).toMatchObject({ focus: null, page: 1 });
  });

  it('a new layout keeps the highlighted item on screen, and forgets one that is gone', () => {
    const at = view({ focus: 'c2', page: 0 });
    const grown: ScreenLayout = { pageCount: 4, itemPages: { c1: 0, c2: 1, c3: 2, c4: 3 } };
    expect(
      applyScreenCommand(at, { type: 'layout', stepId: 'root_causes', layout: grown }),
    ).toMatchObject({ page: 1, focus: 'c2' });
    const shrunk: ScreenLayout = { pageCount: 1, itemPages: { c1: 0 } };
    expect(
      applyScreenCommand(view({ page: 2, focus: 'c4' }), {
        type: 'layout',
        stepId: 'root_causes',
        layout: shrunk,
      }),
    ).toMatchObject({ page: 0, focus: null, layout: shrunk });
    expect(applyScreenCommand(view(), { type: 'layout', stepId: 'root_causes', layout })).toBe(
      null,
    );
  });
});

describe('evidence on the shared screen', () => {
  const evidence = {
    pinId: 'pin1',
    target: { kind: 'diagnosis' as const, answerId: 'data_drift' },
    spec: {
      kind: 'histogram' as const,
      query: {
        evidenceId: 'e1',
        column: 'amount',
        baseline: { kind: 'evidence' as const, evidenceId: 'e0' },
        incident: { kind: 'evidence' as const, evidenceId: 'e1' },
      },
    },
    caption: 'amount, before and during',
  };

  it('shows it from its first page with nothing highlighted, and takes it off', () => {
    const shown = applyScreenCommand(view({ page: 2, focus: 'c4' }), {
      type: 'show',
      stepId: 'root_causes',
      evidence,
    });
    expect(shown).toMatchObject({ evidence, page: 0, focus: null, layout: null });
    expect(applyScreenCommand(shown!, { type: 'show', stepId: 'root_causes', evidence })).toBe(
      null,
    );
    const off = applyScreenCommand(shown!, { type: 'show', stepId: 'root_causes', evidence: null });
    expect(off).toMatchObject({ evidence: null, page: 0, layout: null });
  });
});

describe('screenCommandFor (the screen keys)', () => {
  it('pages forward and back within the layout', () => {
    expect(screenCommandFor('screenNextPage', view(), keys)).toEqual({
      type: 'page',
      stepId: 'root_causes',
      page: 1,
    });
    expect(screenCommandFor('screenNextPage', view({ page: 2 }), keys)).toBeNull();
    expect(screenCommandFor('screenPreviousPage', view(), keys)).toBeNull();
    expect(screenCommandFor('screenPreviousPage', view({ page: 2 }), keys)?.type).toBe('page');
  });

  it('J starts at the first item of the page on screen, K from the first item clears', () => {
    const next = (v: ScreenView) => screenCommandFor('screenNextItem', v, keys);
    const previous = (v: ScreenView) => screenCommandFor('screenPreviousItem', v, keys);
    expect(next(view({ page: 1 }))).toMatchObject({ type: 'focus', key: 'c3' });
    expect(next(view({ focus: 'c3', page: 1 }))).toMatchObject({ key: 'c4' });
    expect(next(view({ focus: 'c4', page: 2 }))).toBeNull();
    expect(previous(view({ focus: 'c2' }))).toMatchObject({ key: 'c1' });
    expect(previous(view({ focus: 'c1' }))).toMatchObject({ type: 'focus', key: null });
    expect(previous(view())).toBeNull();
    expect(screenCommandFor('screenNextItem', view(), [])).toBeNull();
  });

  it('are matched from Page Down / Page Up, the period and comma, J and K', () => {
    const action = (key: string) => matchMeetingShortcut({ key })?.action ?? null;
    expect(action('PageDown')).toBe('screenNextPage');
    expect(action('.')).toBe('screenNextPage');
    expect(action('PageUp')).toBe('screenPreviousPage');
    expect(action(',')).toBe('screenPreviousPage');
    expect(action('j')).toBe('screenNextItem');
    expect(action('k')).toBe('screenPreviousItem');
    expect(matchMeetingShortcut({ key: 'j' }, { tagName: 'TEXTAREA' })).toBeNull();
  });
});
