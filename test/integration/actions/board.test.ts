import { describe, expect, it } from 'vitest';
import { boardInputSchema, type BoardInput } from '../../../shared/actions/board';
import type { PostmortemContent } from '../../../shared/domain';
import { opsSetup } from '../postmortems/ops-setup';
import { fullDocument } from '../postmortems/full-document';

type Action = PostmortemContent['actions'][number];

const action = (id: string, changes: Partial<Action>): Action => ({
  id,
  area: 'prevention',
  description: `Action ${id}`,
  owner: 'Ana',
  dueDate: null,
  status: 'open',
  reviewDate: null,
  hint: '',
  ...changes,
});

function setup() {
  const s = opsSetup();
  const board = (input: BoardInput = {}) =>
    s.repo.actions(boardInputSchema.parse(input), '2026-03-16').actions;
  const make = (title: string, actions: Action[], links: PostmortemContent['links'] = []) =>
    s.create({ ...fullDocument(), title, actions, links });
  return { ...s, board, make };
}

describe('the actions board', () => {
  it('lists every live postmortem’s actions, overdue first, then by due date, undated last', () => {
    const s = setup();
    const a = s.make('A', [
      action('late', { dueDate: '2026-03-01' }),
      action('soon', { dueDate: '2026-04-01' }),
      action('blank', { description: '', owner: '' }),
    ]);
    const b = s.make('B', [
      action('undated', {}),
      action('later-late', { dueDate: '2026-03-10', status: 'in_progress' }),
      action('done-late', { dueDate: '2026-01-01', status: 'done' }),
    ]);
    const rows = s.board();
    expect(rows.map((r) => [r.postmortemId, r.id, r.overdue])).toEqual([
      [a, 'late', true],
      [b, 'later-late', true],
      [b, 'done-late', false],
      [a, 'soon', false],
      [b, 'undated', false],
    ]);
    expect(s.board({ overdue: true }).map((r) => r.id)).toEqual(['late', 'later-late']);
    const first = s.repo.actions(boardInputSchema.parse({ limit: 2 }), '2026-03-16');
    expect([first.total, first.actions.map((r) => r.id)]).toEqual([5, ['late', 'later-late']]);
    expect(s.board({ status: 'unfinished' }).map((r) => r.id)).not.toContain('done-late');
    expect(s.board({ postmortemIds: [b] }).map((r) => r.id)).toEqual([
      'later-late',
      'done-late',
      'undated',
    ]);
    s.repo.delete(b);
    expect(s.board().map((r) => r.id)).toEqual(['late', 'soon']);
  });

  it('filters by owner (part of the name, case aside) and area, and names the causes answered', () => {
    const s = setup();
    const doc = fullDocument();
    const cause = doc.rootCauses[0]!;
    const id = s.make(
      'A',
      [
        action('x', { owner: 'Zoë Müller', area: 'detection' }),
        action('y', { owner: 'Sam', area: 'mitigation' }),
      ],
      [{ kind: 'action_cause', from: 'x', to: cause.id }],
    );
    expect(s.board({ owner: 'MÜLLER' }).map((r) => r.id)).toEqual(['x']);
    expect(s.board({ area: 'mitigation' }).map((r) => r.id)).toEqual(['y']);
    const [x] = s.board({ owner: 'zoë' });
    expect(x!.causes).toEqual([
      { id: cause.id, layer: cause.layer, description: cause.description },
    ]);
    expect(x!.postmortemTitle).toBe('A');
    // A change made on the board is an operation like any other: in the log, undoable there.
    s.ops.apply(id, 'board', 'b1', [
      { op: 'set', list: 'actions', id: 'x', field: 'status', value: 'done', base: 'open' },
    ]);
    expect(s.board({ owner: 'zoë' })[0]!.status).toBe('done');
    s.ops.undo(id, 'board');
    expect(s.board({ owner: 'zoë' })[0]!.status).toBe('open');
  });
});
