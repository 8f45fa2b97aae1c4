import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../../shared/analysis/coverage';
import { causeTreeOf, chainsOf, postmortemContentSchema } from '../../../../shared/domain';
import { demoPostmortem } from '../../../../shared/template';

describe('the demo postmortem’s causal analysis', () => {
  const demo = postmortemContentSchema.parse(demoPostmortem());
  const tree = causeTreeOf(demo);

  it('has a tree of at least 12 nodes over at least four layers', () => {
    expect(tree.ordered.length).toBeGreaterThanOrEqual(12);
    const layers = new Set(tree.ordered.map((n) => n.layer).filter((l) => l !== null));
    expect(layers.size).toBeGreaterThanOrEqual(4);
  });

  it('has two five-whys chains, one from the drifted amount finding', () => {
    const chains = chainsOf(tree);
    expect(chains).toHaveLength(2);
    const amount = chains.find((c) =>
      c.citations.some((x) => x.kind === 'finding' && x.columnName === 'amount'),
    );
    expect(amount?.answerId).toBe('data_drift');
    // Five whys deep at most, at least three, with a branch.
    const depth = (n: (typeof chains)[number]): number =>
      n.children.reduce((m, c) => Math.max(m, 1 + depth(c)), 0);
    expect(depth(amount!)).toBeGreaterThanOrEqual(3);
    expect(tree.ordered.some((n) => n.children.length > 1)).toBe(true);
  });

  it('makes every root cause a node of the tree, answered by an action of its expected area', () => {
    for (const cause of demo.rootCauses) {
      const node = tree.ordered.find((n) => n.rootCauseId === cause.id);
      expect(node?.text).toBe(cause.description);
      expect(node?.layer).toBe(cause.layer);
    }
    expect(coverageOf(demo).gaps).toEqual([]);
  });
});
