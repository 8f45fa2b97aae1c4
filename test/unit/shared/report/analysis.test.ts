import { describe, expect, it } from 'vitest';
import type { Postmortem } from '../../../../shared/domain';
import { buildReport } from '../../../../shared/report';
import { reportHtml } from '../../../../shared/report/html';
import { reportMarkdown } from '../../../../shared/report/markdown';
import { demoPostmortem } from '../../../../shared/template';
import { OPTIONS, samplePostmortem, sampleSource } from './fixtures';

const demo = (): Postmortem => ({
  ...demoPostmortem(),
  id: 'demo',
  templateId: null,
  createdAt: '2026-03-16T14:00:00.000Z',
  updatedAt: '2026-03-16T15:00:00.000Z',
  revision: 1,
});

describe('the causal analysis in the report', () => {
  it('prints each five-whys chain as a nested list, a branch as two whys of one level', () => {
    const { markdown } = reportMarkdown(buildReport(sampleSource(demo()), OPTIONS), 'f');
    expect(markdown).toMatch(/### 4\.\d+ Five whys 1: The amount feature drifted/);
    // Why 2 under why 1, its two branches (2a is why 3's parent) one level deeper.
    expect(markdown).toMatch(/\n- Why 1: Feature pipeline 2\.4[^\n]*\n {2}- Why 2a: Training/);
    expect(markdown).toMatch(
      /\n {4}- Why 3: The amount feature is defined twice[^\n]*\(root cause C1\)/,
    );
    expect(markdown).toMatch(
      /\n {2}- Why 2b: Feature pipeline 2\.4 was reviewed[^\n]*\[Process\] \(root cause C4\)/,
    );
  });

  it('prints the tree in words under the incident, and says when coverage is complete', () => {
    const model = buildReport(sampleSource(demo()), OPTIONS);
    const { markdown } = reportMarkdown(model, 'f');
    expect(markdown).toMatch(/Cause tree\n\n- The incident: A retrained fraud model/);
    expect(markdown).toMatch(/\n {2}- Nobody was alerted for 74 minutes[^\n]*\[Monitoring\]/);
    expect(markdown).toContain('Every root cause has a corrective action');
    const html = reportHtml(model, { fonts: [], tocPages: null });
    expect(html).toMatch(/<li>Why 1: Feature pipeline 2\.4[^<]*<ul><li>Why 2a:/);
  });

  it('names the gaps in words when a cause has no action of its expected area', () => {
    const p = samplePostmortem();
    const source = sampleSource({
      ...p,
      rootCauses: [{ id: 'm1', layer: 'monitoring', description: 'No alert.', hint: '' }],
      actions: p.actions.map((a) => ({ ...a, area: 'prevention' as const })),
      links: p.actions.map((a) => ({ kind: 'action_cause' as const, from: a.id, to: 'm1' })),
    });
    const { markdown } = reportMarkdown(buildReport(source, OPTIONS), 'f');
    expect(markdown).toContain('Monitoring cause with no Detection action');
  });
});
