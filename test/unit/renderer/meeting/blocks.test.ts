import { describe, expect, it } from 'vitest';
import { createMeeting, STEP_GUIDANCE, STEP_IDS } from '../../../../shared/meeting';
import { blankPostmortem, type Postmortem } from '../../../../shared/domain';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import {
  screenItems,
  stepBlocks,
} from '../../../../renderer/src/features/meeting/presenter/blocks';
import type { CauseTreeView } from '../../../../renderer/src/features/meeting/presenter/cause-tree';

const doc: Postmortem = {
  ...blankPostmortem('Blocks'),
  id: 'p1',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  revision: 1,
  templateId: null,
  rootCauses: [{ id: 'c1', layer: 'data', description: 'A join dropped rows.', hint: '' }],
};
const record: MeetingRecord = {
  postmortemId: 'p1',
  state: createMeeting(),
  attendance: [],
  followUpDate: null,
  screens: [],
};
const context = { doc, record, agenda: null, causeTree: null };

describe('the shared screen content of a step', () => {
  it('asks each question of every step once (the diagnosis and lessons with their answers)', () => {
    for (const stepId of STEP_IDS) {
      const labels = screenItems(stepBlocks(stepId, context)).map((i) => i.label);
      for (const question of STEP_GUIDANCE[stepId].questions) {
        const asked = labels.filter((l) => l.includes(question.slice(0, 40)));
        expect(asked, `${stepId}: ${question}`).toHaveLength(1);
      }
    }
  });

  it('keys every block uniquely within its step', () => {
    for (const stepId of STEP_IDS) {
      const keys = stepBlocks(stepId, { ...context, agenda: [] }).map((b) => b.key);
      expect(new Set(keys).size, stepId).toBe(keys.length);
    }
  });

  const drawings = (hasTree: boolean, hasFishbone = hasTree): CauseTreeView => ({
    hasTree: () => hasTree,
    View: () => null,
    items: () => [{ key: 'node-c1', label: 'c1' }],
    hasFishbone: () => hasFishbone,
    Fishbone: () => null,
  });

  it('shows the drawn cause tree before the list when one is given and the postmortem has it', () => {
    const withTree = (has: boolean) =>
      stepBlocks('root_causes', { ...context, causeTree: drawings(has) }).map((b) => b.key);
    const keys = withTree(true);
    expect(keys.indexOf('cause-tree')).toBeGreaterThan(keys.indexOf('question-7'));
    expect(keys.indexOf('cause-tree')).toBeLessThan(keys.indexOf('cause-c1'));
    expect(withTree(false)).not.toContain('cause-tree');
    expect(stepBlocks('root_causes', context).map((b) => b.key)).not.toContain('cause-tree');
  });

  it('shows the fishbone right after the tree once a cause has a layer', () => {
    const keys = (tree: boolean, fishbone: boolean) =>
      stepBlocks('root_causes', { ...context, causeTree: drawings(tree, fishbone) }).map(
        (b) => b.key,
      );
    const both = keys(true, true);
    expect(both.indexOf('cause-fishbone')).toBe(both.indexOf('cause-tree') + 1);
    expect(keys(true, false)).not.toContain('cause-fishbone');
    expect(keys(false, false)).not.toContain('cause-fishbone');
  });

  it("offers the drawn tree's nodes as items to highlight, after the tree itself", () => {
    const items = screenItems(
      stepBlocks('root_causes', { ...context, causeTree: drawings(true) }),
    ).map((i) => i.key);
    expect(items.indexOf('node-c1')).toBe(items.indexOf('cause-tree') + 1);
    expect(items).toContain('cause-c1');
  });
});
