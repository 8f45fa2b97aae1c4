import { describe, expect, it } from 'vitest';
import type { PostmortemContent } from '../../../shared/domain';
import { trendsMarkdown } from '../../../shared/trends/summary';
import { opsSetup } from '../postmortems/ops-setup';
import { fullDocument } from '../postmortems/full-document';

type Action = PostmortemContent['actions'][number];
const action = (id: string, dueDate: string | null, status: Action['status'] = 'open'): Action => ({
  id,
  area: 'detection',
  description: `Action ${id}`,
  owner: 'Ana',
  dueDate,
  status,
  reviewDate: null,
  hint: '',
});

function incident(
  startedAt: string | null,
  detectedAt: string | null,
  layers: PostmortemContent['rootCauses'][number]['layer'][],
  actions: Action[] = [],
): PostmortemContent {
  const base = fullDocument();
  return {
    ...base,
    summary: { ...base.summary, startedAt, detectedAt, endedAt: null },
    rootCauses: layers.map((layer, i) => ({
      id: `c${i}`,
      layer,
      description: `Cause ${i}`,
      hint: '',
    })),
    actions,
    // The full document's cause tree and cited findings would make every incident alike.
    causeNodes: [],
    findings: [],
    links: [],
  };
}

describe('trends', () => {
  it('counts incidents per month, causes per layer and the time to detect', () => {
    const s = opsSetup();
    s.create(incident('2026-01-10T00:00:00Z', '2026-01-10T02:00:00Z', ['data', 'monitoring']));
    s.create(incident('2026-01-20T00:00:00Z', '2026-01-20T00:30:00Z', ['data']));
    s.create(incident('2026-03-05T00:00:00Z', null, ['process']));
    const t = s.repo.trends('2026-03-16');
    expect(t.postmortems).toBe(3);
    expect(t.incidents).toEqual([
      { month: '2026-01', count: 2 },
      { month: '2026-02', count: 0 },
      { month: '2026-03', count: 1 },
    ]);
    expect(t.causesByLayer.find((l) => l.layer === 'data')!.count).toBe(2);
    expect(t.causesByLayer.find((l) => l.layer === 'infrastructure')!.count).toBe(0);
    expect(t.timeToDetect).toEqual([{ month: '2026-01', medianMinutes: 30, count: 2 }]);
    expect(t.detect.count).toBe(2);
    expect(t.detect.p90Minutes).toBeCloseTo(120, 6);
    const md = trendsMarkdown(t, '2026-03-16');
    expect(md).toContain('| 2026-02 | 0 |');
    expect(md).toContain('| Data | 2 |');
  });

  it('tells actions done by their due date from late ones, by the day the log says they were done', () => {
    const s = opsSetup();
    const id = s.create(
      incident(
        null,
        null,
        ['data'],
        [
          action('on-time', '2026-01-20'),
          action('late', '2026-01-05'),
          action('overdue', '2026-01-01'),
          action('later', '2026-12-31'),
          action('born-done', '2026-01-01', 'done'),
        ],
      ),
    );
    s.clock.set('2026-01-10T12:00:00.000Z');
    s.ops.apply(id, 'w', 'b1', [
      { op: 'set', list: 'actions', id: 'on-time', field: 'status', value: 'done' },
      { op: 'set', list: 'actions', id: 'late', field: 'status', value: 'done' },
    ]);
    expect(s.repo.trends('2026-03-16').actions).toEqual({
      onTime: 1,
      late: 1,
      doneUndated: 1,
      overdue: 1,
      pending: 1,
      onTimeShare: 1 / 3,
    });
    // Undone, the action is not done: its log entry no longer counts.
    s.ops.undo(id, 'w');
    expect(s.repo.trends('2026-03-16').actions).toMatchObject({ onTime: 0, late: 0, overdue: 3 });
  });
});

describe('similar past incidents', () => {
  it('ranks earlier postmortems by model, pinned columns and layers, with what was done', () => {
    const s = opsSetup();
    const base = incident(null, null, ['data', 'monitoring'], [action('x', null, 'done')]);
    const me = s.create(base);
    const sameModel = s.create({ ...base, title: 'Same model' });
    const other = s.create({
      ...incident(null, null, ['monitoring']),
      title: 'Other model',
      summary: { ...base.summary, modelName: 'ranker' },
    });
    s.create({
      ...incident(null, null, ['process']),
      title: 'Unrelated',
      summary: { ...base.summary, modelName: 'pricing' },
    });
    const found = s.repo.similar(me, 5);
    expect(found.map((f) => [f.id, f.score])).toEqual([
      [sameModel, 5],
      [other, 1],
    ]);
    // The same drifted column, cited as a finding in both, counts 2.
    const finding = (id: string) => ({
      op: 'insert' as const,
      list: 'findings' as const,
      before: null,
      item: { id, evidenceId: 'e1', columnName: 'merchant_country', label: 'PSI 0.4' },
    });
    s.ops.apply(me, 'w', 'f1', [finding('f1')]);
    s.ops.apply(other, 'w', 'f2', [finding('f2')]);
    const again = s.repo.similar(me, 5);
    expect(again.find((f) => f.id === other)).toMatchObject({
      score: 3,
      sharedColumns: ['merchant_country'],
    });
    expect(found[0]).toMatchObject({ sameModel: true, sharedLayers: ['data', 'monitoring'] });
    expect(found[0]!.actions).toEqual([
      { id: 'x', area: 'detection', description: 'Action x', status: 'done' },
    ]);
  });
});
