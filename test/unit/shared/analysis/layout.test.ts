import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutCauseTree, type PlacedNode } from '../../../../shared/analysis/layout';
import { textWidth, wrapText } from '../../../../shared/analysis/layout/text-metrics';
import { TEXT_WIDTH, TREE_METRICS } from '../../../../shared/analysis/layout/metrics';
import { causeTree } from './arbitraries';

function overlap(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('the cause tree layout', () => {
  it('places 300 random nodes without any two boxes overlapping, inside the drawing', () => {
    fc.assert(
      fc.property(causeTree(300, 300), fc.constantFrom(16, 20), (nodes, fontSize) => {
        const layout = layoutCauseTree('Fraud model blocked good payments', nodes, fontSize);
        expect(layout.nodes).toHaveLength(301);
        const sorted = [...layout.nodes].sort((a, b) => a.x - b.x || a.y - b.y);
        for (let i = 0; i < sorted.length; i++) {
          const a = sorted[i]!;
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
          expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
          for (let j = i + 1; j < sorted.length; j++) {
            const b = sorted[j]!;
            if (b.x >= a.x + a.width) break;
            if (overlap(a, b)) throw new Error(`${a.id} overlaps ${b.id}`);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same output for the same input, and keeps every node under its parent', () => {
    fc.assert(
      fc.property(causeTree(0, 120), fc.string(), (nodes, title) => {
        const a = layoutCauseTree(title, nodes);
        const b = layoutCauseTree(title, structuredClone(nodes));
        expect(b).toEqual(a);
        const byId = new Map(a.nodes.map((n) => [n.id, n]));
        for (const n of a.nodes) {
          if (n.incident) continue;
          const parent = byId.get(n.parentId ?? '');
          expect(parent).toBeDefined();
          expect(parent!.depth).toBe(n.depth - 1);
          expect(parent!.x).toBeLessThan(n.x);
        }
        expect(a.edges).toHaveLength(nodes.length);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps siblings in their stored order, top to bottom', () => {
    const layout = layoutCauseTree('Incident', [
      { id: 'b', parentId: null, text: 'Second', layer: 'data', rootCause: false },
      { id: 'a', parentId: null, text: 'First', layer: 'process', rootCause: true },
    ]);
    const [b, a] = [layout.nodes[1]!, layout.nodes[2]!];
    expect([b.id, a.id]).toEqual(['b', 'a']);
    expect(b.y).toBeLessThan(a.y);
    expect(layout.nodes[0]).toMatchObject({ incident: true, text: 'Incident', depth: 0 });
  });

  it('draws a tree from any stored state: missing parents, repeated ids and cycles', () => {
    const layout = layoutCauseTree('I', [
      { id: 'a', parentId: 'c', text: 'A', layer: null, rootCause: false },
      { id: 'b', parentId: 'a', text: 'B', layer: null, rootCause: false },
      { id: 'c', parentId: 'b', text: 'C', layer: null, rootCause: false },
      { id: 'c', parentId: null, text: 'again', layer: null, rootCause: false },
      { id: 'd', parentId: 'gone', text: 'D', layer: null, rootCause: false },
      {
        id: 'incident',
        parentId: null,
        text: 'a cause named like the root',
        layer: null,
        rootCause: false,
      },
    ]);
    expect(layout.rootId).toBe('incident-');
    const parents = Object.fromEntries(layout.nodes.map((n) => [n.id, n.parentId]));
    expect(parents).toEqual({
      'incident-': null,
      a: 'incident-',
      b: 'a',
      c: 'b',
      d: 'incident-',
      incident: 'incident-',
    });
  });
});

describe('the width metric and wrapping', () => {
  it('wraps every line within the box and keeps every word of short text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const lines = wrapText(text, TEXT_WIDTH, TREE_METRICS.fontSize, TREE_METRICS.maxLines);
        expect(lines.length).toBeLessThanOrEqual(TREE_METRICS.maxLines);
        for (const line of lines)
          expect(textWidth(line, TREE_METRICS.fontSize)).toBeLessThanOrEqual(TEXT_WIDTH);
      }),
    );
    expect(wrapText('Vendor changed the device-risk scale', 180, 16)).toEqual([
      'Vendor changed the',
      'device-risk scale',
    ]);
  });

  it('ends a text that needs more lines with an ellipsis', () => {
    const lines = wrapText('word '.repeat(200), 100, 16, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
});
