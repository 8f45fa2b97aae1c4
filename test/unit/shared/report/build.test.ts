import { describe, expect, it } from 'vitest';
import { buildReport, type Block, type ReportModel } from '../../../../shared/report';
import { reportMarkdown } from '../../../../shared/report/markdown';
import { OPTIONS, samplePostmortem, sampleSource } from './fixtures';

function allText(model: ReportModel): string {
  const fromBlocks = (blocks: Block[]): string[] =>
    blocks.flatMap((b) => {
      switch (b.kind) {
        case 'text':
        case 'note':
          return [b.text];
        case 'fields':
          return b.items.flatMap((i) => [i.label, i.value]);
        case 'table':
          return [...b.rows.flat(), b.caption ?? ''];
        case 'list':
          return b.items;
        case 'outline': {
          const flat = (items: typeof b.items): string[] =>
            items.flatMap((i) => [i.text, ...flat(i.children)]);
          return flat(b.items);
        }
        case 'tasks':
          return b.items.map((i) => i.text);
        case 'figure':
          return [b.title, b.caption, ...b.notes, ...(b.table?.rows.flat() ?? [])];
        case 'subsection':
          return [b.title, b.tag ?? '', ...fromBlocks(b.blocks)];
      }
    });
  return (
    JSON.stringify(model.titlePage) + model.sections.flatMap((s) => fromBlocks(s.blocks)).join('\n')
  );
}

describe('the report model', () => {
  it('has the seven sections in method order, then the appendix', () => {
    const model = buildReport(sampleSource(), OPTIONS);
    expect(model.sections.map((s) => `${s.number} ${s.id}`)).toEqual([
      '1 summary',
      '2 purpose',
      '3 diagnosis',
      '4 root_causes',
      '5 worked_well',
      '6 actions',
      '7 lessons',
      'A parking_lot',
      'B notes',
      'C meeting_log',
      'D principles',
    ]);
    expect(model.draft).toBe(true);
    expect(model.titlePage.fields.find((f) => f.label === 'Incident')?.value).toBe(
      '2026-03-12 03:00 Europe/Berlin (UTC+01:00) – 2026-03-12 06:00 Europe/Berlin (UTC+01:00)',
    );
  });

  it('is final (no "Draft") only when the status is final', () => {
    const pm = { ...samplePostmortem(), status: 'final' as const };
    const model = buildReport(sampleSource(pm), OPTIONS);
    expect(model.draft).toBe(false);
    expect(model.runningHeader).not.toMatch(/draft/i);
  });

  it('leaves out the sections asked for, and renumbers the appendix', () => {
    const model = buildReport(sampleSource(), {
      ...OPTIONS,
      omit: ['purpose', 'notes', 'principles'],
    });
    expect(model.sections.map((s) => s.id)).not.toContain('purpose');
    expect(model.sections.find((s) => s.id === 'meeting_log')?.number).toBe('B');
    const { markdown } = reportMarkdown(model, 'f');
    expect(markdown).not.toContain('What the model was supposed to do');
    expect(markdown).not.toContain('the objective');
  });

  it('replaces every name by a role on request, in free text and owners too', () => {
    const pm = samplePostmortem((f) =>
      f === 'findings' ? 'Priya saw it first; lukas brandt confirmed.' : `the ${f}`,
    );
    const named = allText(buildReport(sampleSource(pm), OPTIONS));
    expect(named).toContain('Priya Raman');
    const model = buildReport(sampleSource(pm), { ...OPTIONS, anonymise: true });
    const text = allText(model) + reportMarkdown(model, 'f').markdown;
    for (const name of ['Marit', 'Vries', 'Priya', 'Raman', 'Lukas', 'Brandt']) {
      expect(text.toLowerCase()).not.toContain(name.toLowerCase());
    }
    expect(text).toContain('Participant 1 saw it first; Participant 2 confirmed.');
    expect(model.titlePage.participants.map((p) => p.name)).toEqual([
      'Facilitator',
      'Participant 1',
      'Participant 2',
    ]);
    expect(text).toContain('Facilitator');
  });

  it('prints what was typed, and nothing for empty prompts', () => {
    const model = buildReport(sampleSource(), OPTIONS);
    const lessons = model.sections.find((s) => s.id === 'lessons');
    expect(lessons?.blocks).toHaveLength(1);
    expect(allText(model)).toContain('the lesson');
  });
});
