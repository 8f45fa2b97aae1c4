import { describe, expect, it } from 'vitest';
import { buildReport, type Block, type ReportModel } from '../../../../shared/report';
import { reportHtml } from '../../../../shared/report/html';
import { reportMarkdown } from '../../../../shared/report/markdown';
import type { RecordedReview } from '../../../../shared/review';
import { htmlParser, inlineText } from './markdown-text';
import { OPTIONS, samplePostmortem, sampleSource } from './fixtures';

const review = (changes: Partial<RecordedReview>): RecordedReview => ({
  reviewId: 'r1',
  done: false,
  worked: 'unknown',
  note: '',
  nextReviewDate: null,
  recordedAt: '2026-03-02T09:00:00.000Z',
  ...changes,
});

/** The sample with a second action, never reviewed. */
function twoActions() {
  const pm = samplePostmortem();
  return {
    ...pm,
    actions: [
      ...pm.actions,
      {
        ...pm.actions[0]!,
        id: 'a2',
        description: 'Retrain weekly',
        owner: '',
        status: 'done' as const,
      },
    ],
  };
}

// Given newest first: the report puts them oldest first.
const HISTORY: Record<string, RecordedReview[]> = {
  a1: [
    review({
      reviewId: 'r2',
      done: true,
      worked: 'yes',
      note: '*x* <y> Priya Raman checked it',
      nextReviewDate: '2026-05-01',
      recordedAt: '2026-04-01T08:00:00.000Z',
    }),
    review({ note: 'Waiting for the data team.', nextReviewDate: '2026-04-01' }),
  ],
};

const actionsSection = (model: ReportModel) => model.sections.find((s) => s.id === 'actions')!;

describe('follow-up reviews in the report', () => {
  it('lists each reviewed action with its outcomes, oldest first, under the actions table', () => {
    const model = buildReport(sampleSource(twoActions(), HISTORY), OPTIONS);
    const blocks = actionsSection(model).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'subsection']);
    const follow = blocks[1] as Extract<Block, { kind: 'subsection' }>;
    expect(follow.title).toBe('Follow-up reviews');
    expect(follow.blocks).toEqual([
      { kind: 'text', text: '1 of 2 actions reviewed in follow-up meetings; 1 worked.' },
      {
        kind: 'subsection',
        anchor: 'follow-up-a1',
        title: 'the action',
        tag: 'Detection; Priya Raman; open now',
        blocks: [
          {
            kind: 'list',
            items: [
              'Reviewed 2026-03-02: not done; whether it works is not known yet. Note: Waiting for the data team. Next review 2026-04-01.',
              'Reviewed 2026-04-01: done; it worked. Note: *x* <y> Priya Raman checked it. Next review 2026-05-01.',
            ],
          },
        ],
      },
    ]);
    expect(model.titlePage.fields).toContainEqual({
      label: 'Follow-up reviews',
      value: '1 of 2 actions reviewed in follow-up meetings; 1 worked.',
    });
  });

  it('says nothing extra when no action was reviewed', () => {
    const model = buildReport(sampleSource(twoActions()), OPTIONS);
    expect(actionsSection(model).blocks.map((b) => b.kind)).toEqual(['table']);
    expect(model.titlePage.fields.map((f) => f.label)).not.toContain('Follow-up reviews');
  });

  it('counts as worked only the actions whose last review says so', () => {
    const model = buildReport(
      sampleSource(twoActions(), {
        a1: [review({ done: true, worked: 'yes', recordedAt: '2026-03-01T00:00:00.000Z' })],
        a2: [
          review({ done: true, worked: 'yes', recordedAt: '2026-03-01T00:00:00.000Z' }),
          review({ done: true, worked: 'no', recordedAt: '2026-04-01T00:00:00.000Z' }),
        ],
      }),
      OPTIONS,
    );
    const follow = actionsSection(model).blocks[1] as Extract<Block, { kind: 'subsection' }>;
    expect(follow.blocks[0]).toEqual({
      kind: 'text',
      text: '2 of 2 actions reviewed in follow-up meetings; 1 worked.',
    });
    const a2 = follow.blocks[2] as Extract<Block, { kind: 'subsection' }>;
    expect(a2.tag).toBe('Detection; no owner yet; done now');
    expect(a2.blocks).toEqual([
      {
        kind: 'list',
        items: [
          'Reviewed 2026-03-01: done; it worked.',
          'Reviewed 2026-04-01: done; it did not work.',
        ],
      },
    ]);
  });

  it("dates each review on the postmortem's own calendar, not UTC's", () => {
    const lateInBerlin = review({ recordedAt: '2026-04-01T22:30:00.000Z' });
    const berlin = buildReport(sampleSource(twoActions(), { a1: [lateInBerlin] }), OPTIONS);
    const inBerlin = actionsSection(berlin).blocks[1] as Extract<Block, { kind: 'subsection' }>;
    expect(JSON.stringify(inBerlin.blocks[1])).toContain('Reviewed 2026-04-02: not done');

    const pm = {
      ...twoActions(),
      summary: { ...twoActions().summary, timeZone: 'America/Los_Angeles' },
    };
    const eveningInCalifornia = review({ recordedAt: '2026-04-02T01:00:00.000Z' });
    const la = buildReport(sampleSource(pm, { a1: [eveningInCalifornia] }), OPTIONS);
    const inLa = actionsSection(la).blocks[1] as Extract<Block, { kind: 'subsection' }>;
    expect(JSON.stringify(inLa.blocks[1])).toContain('Reviewed 2026-04-01: not done');
  });

  it('replaces names in a note by roles when anonymised', () => {
    const model = buildReport(sampleSource(twoActions(), HISTORY), { ...OPTIONS, anonymise: true });
    const text = JSON.stringify(actionsSection(model).blocks[1]);
    expect(text).not.toContain('Priya');
    expect(text).toContain('Note: *x* <y> Participant 1 checked it.');
  });

  it('escapes the note in Markdown and in the print page, so it reads back as typed', () => {
    const model = buildReport(sampleSource(twoActions(), HISTORY), OPTIONS);
    const { markdown } = reportMarkdown(model, 'f');
    const lines = markdown.split('\n');
    const at = lines.indexOf('### 6.1 Follow-up reviews');
    expect(lines.slice(at, at + 12)).toEqual([
      '### 6.1 Follow-up reviews',
      '',
      '1 of 2 actions reviewed in follow-up meetings; 1 worked.',
      '',
      '#### 6.1.1 the action',
      '',
      '**Detection; Priya Raman; open now**',
      '',
      '- Reviewed 2026-03-02: not done; whether it works is not known yet. Note: Waiting for the data team. Next review 2026-04-01.',
      '- Reviewed 2026-04-01: done; it worked. Note: \\*x\\* \\<y> Priya Raman checked it. Next review 2026-05-01.',
      '',
      '## 7. Lessons learned',
    ]);
    // Read back by the reference parser (raw HTML allowed): the note is text, as typed.
    const items = htmlParser
      .parse(markdown, {})
      .filter((t) => t.type === 'inline' && inlineText(t).startsWith('Reviewed 2026-04-01'))
      .map(inlineText);
    expect(items).toEqual([
      'Reviewed 2026-04-01: done; it worked. Note: *x* <y> Priya Raman checked it. Next review 2026-05-01.',
    ]);
    const html = reportHtml(model, { fonts: [], tocPages: null });
    expect(html).toContain(
      '<li>Reviewed 2026-04-01: done; it worked. Note: *x* &lt;y&gt; Priya Raman checked it. Next review 2026-05-01.</li>',
    );
  });
});
