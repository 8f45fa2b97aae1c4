import { describe, expect, it } from 'vitest';
import { layoutCauseTree, type CauseNodeInput } from '../../../../shared/analysis/layout';
import {
  presenterView,
  visibleNodes,
} from '../../../../renderer/src/features/analysis/drawn/presenter-view';

const chain = (n: number): CauseNodeInput[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    parentId: i === 0 ? null : `n${Math.floor((i - 1) / 2)}`,
    text: `Cause ${i}: a condition of the system that let the failure through`,
    layer: 'process',
    rootCause: i % 3 === 0,
  }));

const screen = { width: 1200, height: 520 };

describe('the shared screen view of the tree', () => {
  it('shows a small tree whole, never shrunk', () => {
    const layout = layoutCauseTree('Incident', chain(3), 20);
    const view = presenterView(layout, screen, null);
    expect(view.whole).toBe(true);
    expect(view.scale).toBeGreaterThanOrEqual(1);
    expect(layout.nodes.every(visibleNodes(view, screen))).toBe(true);
  });

  it('shows a large tree at zoom 1 around the selected node, whole', () => {
    const layout = layoutCauseTree('Incident', chain(60), 20);
    for (const id of ['n0', 'n17', 'n59']) {
      const view = presenterView(layout, screen, id);
      expect(view).toMatchObject({ whole: false, scale: 1 });
      const node = layout.nodes.find((n) => n.id === id)!;
      expect(visibleNodes(view, screen)(node)).toBe(true);
    }
    const start = presenterView(layout, screen, null);
    expect(visibleNodes(start, screen)(layout.nodes[0]!)).toBe(true);
  });
});
