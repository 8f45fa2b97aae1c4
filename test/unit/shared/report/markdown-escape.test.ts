import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../shared/report';
import { markdownOf, reportMarkdown, textBlocks } from '../../../../shared/report/markdown';
import { OPTIONS, samplePostmortem, sampleSource } from './fixtures';
import { htmlParser, inlineText, markdownish, parser } from './markdown-text';

/** What the report promises to keep of a typed text: every line, blank lines as paragraph breaks. */
function canonical(text: string): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of [...text.split(/\r\n|\r|\n/), '']) {
    if (line.trim() === '' && !/[^ \t]/.test(line)) {
      if (lines.length) paragraphs.push(lines.join('\n'));
      lines = [];
    } else lines.push(line);
  }
  return paragraphs.join('\n\n');
}

function readParagraphs(markdown: string): string {
  const tokens = parser.parse(markdown, {});
  const out: string[] = [];
  for (const t of tokens) {
    if (t.type === 'inline') out.push(inlineText(t));
    else if (!['paragraph_open', 'paragraph_close'].includes(t.type)) out.push(`<<${t.type}>>`);
  }
  return out.join('\n\n');
}

function roundTrip(text: string): string {
  const root: Root = { type: 'root', children: textBlocks(text) };
  return readParagraphs(markdownOf(root));
}

describe('user text in Markdown', () => {
  it('reads back exactly as typed, whatever Markdown syntax it holds', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(roundTrip(text)).toBe(canonical(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps e-mail autolink look-alikes as text', () => {
    // fast-check's counterexample, then e-mail autolinks starting with what is not a letter.
    for (const text of ['<---@0>', '<-@0>', 'see <0@x> and <.a@b.c>', "<#$%&'*+/=?^_`{|}~-@x>"]) {
      expect(roundTrip(text)).toBe(text);
    }
  });

  it('keeps every field of a whole report as text: no HTML, no link or image of the user', () => {
    fc.assert(
      fc.property(
        markdownish.filter((s) => s.trim().length > 0),
        (hostile) => {
          const pm = samplePostmortem(() => hostile);
          const model = buildReport(sampleSource(pm), OPTIONS);
          const { markdown } = reportMarkdown(model, 'report-files');
          for (const p of [parser, htmlParser]) {
            const tokens = p.parse(markdown, {});
            const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
            expect(all.filter((t) => t.type.startsWith('html'))).toEqual([]);
            for (const t of all.filter((x) => x.type === 'link_open')) {
              expect(t.attrGet('href')).toMatch(/^#[\p{L}\p{N}_-]*$/u);
            }
            // The only images are the report's own figures (the cause tree and the fishbone).
            const images = all.filter((t) => t.type === 'image');
            expect(images.map((t) => t.attrGet('src'))).toEqual(
              images.map((_, i) => `report-files/figure-${i + 1}.svg`),
            );
          }
          const texts = parser
            .parse(markdown, {})
            .filter((t) => t.type === 'inline')
            .map(inlineText);
          const flat = texts.join('\n');
          // The findings paragraph and the parking-lot item (a list item: one line) read back whole.
          for (const part of canonical(hostile).split('\n\n')) expect(flat).toContain(part);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a table cell back as typed, lines joined by spaces', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const pm = samplePostmortem((f) => (f === 'action' ? text : 'x'));
        const { markdown } = reportMarkdown(buildReport(sampleSource(pm), OPTIONS), 'f');
        const tokens = parser.parse(markdown, {});
        const headerIndex = tokens.findIndex(
          (t) => t.type === 'inline' && t.content === 'Causes answered',
        );
        expect(headerIndex).toBeGreaterThan(0);
        const cells = tokens
          .slice(headerIndex)
          .filter((t) => t.type === 'inline')
          .map(inlineText);
        const expected = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
        // The Action column is the second cell of the first body row.
        expect(cells[2]).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
