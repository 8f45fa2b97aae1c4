import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causeTreeSvg, fishboneSvg, fishboneTextWidth } from '../../../../shared/analysis/drawing';
import { layoutCauseTree, type CauseNodeInput } from '../../../../shared/analysis/layout';
import { rootCauseLayer } from '../../../../shared/domain';
import { svgText, svgToString, type SvgElement } from '../../../../shared/report/charts/svg';
import { causeTree } from './arbitraries';

const nodes: CauseNodeInput[] = [
  {
    id: 'a',
    parentId: null,
    text: 'Scores for new merchants rose',
    layer: 'model_logic',
    rootCause: false,
  },
  {
    id: 'b',
    parentId: 'a',
    text: 'The vendor rescaled device risk',
    layer: 'data',
    rootCause: true,
  },
  {
    id: 'c',
    parentId: 'a',
    text: 'No alert on the score distribution',
    layer: 'monitoring',
    rootCause: true,
  },
  {
    id: 'd',
    parentId: 'b',
    text: 'Nobody owned the vendor contract <script>',
    layer: null,
    rootCause: false,
  },
];

function find(node: SvgElement, test: (n: SvgElement) => boolean): SvgElement[] {
  return [
    ...(test(node) ? [node] : []),
    ...node.children.flatMap((c) => (typeof c === 'string' ? [] : find(c, test))),
  ];
}

describe('the drawn cause tree', () => {
  it('names every box by its layer in words, marks root causes and says what it shows', () => {
    const svg = causeTreeSvg(layoutCauseTree('Good payments blocked', nodes));
    const [title, desc] = svg.children as SvgElement[];
    expect(title).toMatchObject({
      tag: 'title',
      children: ['Cause tree of Good payments blocked'],
    });
    expect(desc!.tag).toBe('desc');
    expect(svgText(desc!).join('')).toContain('4 causes, 2 root causes.');
    expect(svgText(desc!).join('')).toContain('Data: 1 (1 root cause)');
    const texts = svgText(svg);
    expect(texts).toContain('Model logic');
    expect(texts).toContain('Data · Root cause');
    expect(texts).toContain('Monitoring · Root cause');
    expect(texts).toContain('No layer yet');
    expect(texts).toContain('Incident');
    const boxes = find(svg, (n) => n.attrs['data-node-id'] !== undefined);
    expect(boxes.map((b) => b.attrs['data-node-id'])).toEqual(['incident', 'a', 'b', 'd', 'c']);
    expect(svgToString(svg)).toContain('&lt;script&gt;');
  });

  it('outlines the selected node only', () => {
    const svg = causeTreeSvg(layoutCauseTree('I', nodes), { selectedId: 'c' });
    const outlined = find(svg, (n) => find(n, (r) => r.attrs.class === 'selected').length > 0);
    expect(
      outlined.filter((g) => g.attrs.class === 'node').map((g) => g.attrs['data-node-id']),
    ).toEqual(['c']);
  });

  it('serialises any tree, the same every time', () => {
    fc.assert(
      fc.property(causeTree(0, 80), fc.string(), (tree, title) => {
        const once = svgToString(causeTreeSvg(layoutCauseTree(title, tree)), true);
        expect(svgToString(causeTreeSvg(layoutCauseTree(title, tree)), true)).toBe(once);
        expect(svgToString(fishboneSvg(title, tree), true)).toBe(
          svgToString(fishboneSvg(title, structuredClone(tree)), true),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('the fishbone', () => {
  it("has a named bone for each of the seven layers listing that layer's causes", () => {
    const svg = fishboneSvg('Good payments blocked', nodes);
    const bones = find(svg, (n) => n.attrs.class === 'bone');
    expect(bones.map((b) => b.attrs['data-layer'])).toEqual([...rootCauseLayer.values]);
    const data = bones.find((b) => b.attrs['data-layer'] === 'data')!;
    expect(svgText(data)).toContain('Data (1)');
    expect(svgText(data).join(' ')).toContain('The vendor rescaled device risk');
    expect(find(data, (n) => n.attrs.class === 'cause root-cause')).toHaveLength(1);
    const texts = svgText(svg);
    expect(texts).toContain('Root cause');
    expect(texts).toContain('Contributing factor');
    expect(texts.join(' ')).toContain('1 cause has no layer yet');
    expect(svgText(svg.children[0] as SvgElement)).toEqual([
      'Fishbone of Good payments blocked: causes by layer',
    ]);
  });

  it('draws at a size asked for: wider, larger text, every length in proportion', () => {
    const small = fishboneSvg('Good payments blocked', nodes);
    const large = fishboneSvg('Good payments blocked', nodes, { width: 1860, fontSize: 20 });
    expect([small.attrs.width, small.attrs['font-size']]).toEqual([1240, 16]);
    expect([large.attrs.width, large.attrs['font-size']]).toEqual([1860, 20]);
    expect(large.attrs.viewBox).toBe(`0 0 1860 ${large.attrs.height}`);
    // The bones' name tags grow with the text (30 px tall at 16 px).
    const tag = (svg: SvgElement) =>
      find(svg, (n) => n.attrs.class === 'bone')[0]!.children.find(
        (c): c is SvgElement => typeof c !== 'string' && c.tag === 'rect',
      )!.attrs.height;
    expect([tag(small), tag(large)]).toEqual([30, 37.5]);
  });

  it('cuts long causes to the lines asked for, with an ellipsis', () => {
    const long = [{ ...nodes[0]!, text: 'word '.repeat(80).trim() }];
    const lines = (maxLines: number) =>
      find(fishboneSvg('X', long, { maxLines }), (n) => n.attrs.class === 'cause')[0]!
        .children.filter((c): c is SvgElement => typeof c !== 'string' && c.tag === 'text')
        .map((t) => svgText(t).join(''));
    expect(lines(4)).toHaveLength(4);
    expect(lines(2)).toHaveLength(2);
    expect(lines(2).at(-1)).toMatch(/…$/);
  });

  it('stays finite when too narrow for its bones, and says how narrow its text is', () => {
    expect(fishboneTextWidth({ width: 1860, fontSize: 20 })).toBeGreaterThan(160);
    expect(fishboneTextWidth({ width: 700, fontSize: 20 })).toBeLessThan(0);
    const svg = fishboneSvg('Good payments blocked', nodes, { width: 700, fontSize: 20 });
    expect(Number(svg.attrs.height)).toBeGreaterThan(0);
    expect(svgText(svg).join(' ')).toContain('The vendor rescaled');
  });
});
