import { describe, expect, it } from 'vitest';
import { buildReport, type Figure } from '../../../../shared/report';
import { svgText } from '../../../../shared/report/charts/svg';
import { reportMarkdown } from '../../../../shared/report/markdown';
import { OPTIONS, samplePostmortem, sampleSource } from './fixtures';

const rootCauseFigures = (source = sampleSource()) =>
  buildReport(source, OPTIONS)
    .sections.find((s) => s.id === 'root_causes')!
    .blocks.filter((b): b is Figure => b.kind === 'figure');

describe('the cause tree and fishbone in the report', () => {
  it('draws the root causes as a tree and a fishbone when no tree is stored yet', () => {
    const [tree, fishbone] = rootCauseFigures();
    expect(tree!.title).toBe('Cause tree');
    expect(svgText(tree!.chart!)).toEqual(
      expect.arrayContaining(['Data · Root cause', 'the cause']),
    );
    expect(fishbone!.title).toBe('Fishbone of the causes by layer');
    expect(svgText(fishbone!.chart!)).toEqual(expect.arrayContaining(['Data (1)', 'the cause']));
    expect(tree!.caption).toContain('1 cause, 1 root cause.');
  });

  it('draws the stored tree, with names replaced by roles in an anonymised report', () => {
    const node = (
      id: string,
      parentId: string | null,
      text: string,
      rootCauseId: string | null,
    ) => ({
      id,
      parentId,
      kind: 'cause' as const,
      text,
      layer: parentId ? null : ('model_logic' as const),
      depth: parentId ? 2 : 1,
      children: [],
      rootCauseId,
      answerId: null,
      citations: [],
    });
    const ordered = [
      node('n1', null, 'Scores rose', null),
      node('n2', 'n1', 'Priya Raman skipped the check', 'c1'),
    ];
    const source = {
      ...sampleSource(),
      analysis: {
        coverageGaps: [],
        tree: { incident: 'Good payments were blocked.', children: [], byId: new Map(), ordered },
      },
    };
    const [tree] = rootCauseFigures(source);
    const words = svgText(tree!.chart!).join(' ');
    expect(words).toContain('Priya Raman');
    // The root cause the tree stands for (c1) is drawn once, as the tree's node.
    expect(words.match(/the cause/g)).toBeNull();
    expect(words).toContain('Good payments were blocked.');
    const anonymised = buildReport(source, { ...OPTIONS, anonymise: true })
      .sections.find((s) => s.id === 'root_causes')!
      .blocks.filter((b): b is Figure => b.kind === 'figure');
    const redacted = anonymised.flatMap((f) => svgText(f.chart!)).join(' ');
    expect(redacted).not.toContain('Priya');
    expect(redacted).toContain('Scores rose');
  });

  it('writes both as SVG files beside the Markdown, linked relatively', () => {
    const model = buildReport(sampleSource(samplePostmortem()), OPTIONS);
    const { markdown, assets } = reportMarkdown(model, 'report-files');
    const [tree, fishbone] = rootCauseFigures();
    for (const f of [tree!, fishbone!]) {
      expect(markdown).toContain(
        `![Figure ${f.number}: ${f.title}](report-files/figure-${f.number}.svg)`,
      );
      expect(assets.find((a) => a.path === `report-files/figure-${f.number}.svg`)?.content).toMatch(
        /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><title>/,
      );
    }
  });
});
