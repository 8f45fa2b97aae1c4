import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ENV, findChromium, openChromiumPrinter } from '../../../main/export/pdf/chromium';
import { reportFonts } from '../../../main/export/pdf/fonts';
import { printReport } from '../../../main/export/pdf/print-report';
import { repoResourcesDir } from '../../../main/resources-dir';
import { buildReport } from '../../../shared/report';
import { OPTIONS, samplePostmortem, sampleSource } from '../../unit/shared/report/fixtures';
import { openDemo } from './demo-backend';
import { pdfFonts, pdfImages, pdfInfo, pdfPages } from './pdf-text';
import { cli } from '../../support/run-cli';

let dataDir: string;
let demoId: string;
let outDir: string;

beforeAll(async () => {
  const demo = await openDemo();
  dataDir = demo.dataDir;
  demoId = demo.demoId;
  demo.backend.close();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-pdf-'));
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

async function printSample(
  edit: (pm: ReturnType<typeof samplePostmortem>) => ReturnType<typeof samplePostmortem>,
  options = OPTIONS,
) {
  const model = buildReport(sampleSource(edit(samplePostmortem())), options);
  const printed = await printReport(model, reportFonts(repoResourcesDir() ?? null), () =>
    openChromiumPrinter(),
  );
  const file = path.join(outDir, `sample-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, printed.pdf);
  return { file, printed, pages: pdfPages(file) };
}

describe('export --format pdf', () => {
  it('prints the demo report: pages numbered, a running header, "Draft", contents with true page numbers', async () => {
    const out = path.join(outDir, 'demo.pdf');
    const result = await cli(
      'export',
      '--data-dir',
      dataDir,
      '--postmortem',
      demoId,
      '--format',
      'pdf',
      '--out',
      out,
      '--json',
    );
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { path: string; bytes: number; pages: number };
    const info = pdfInfo(out);
    expect(json).toEqual({ path: out, bytes: fs.statSync(out).size, pages: Number(info.Pages) });
    expect(info['Page size']).toMatch(/^594\.96 x 841\.92 pts \(A4\)/);
    const pages = pdfPages(out);
    expect(pages).toHaveLength(json.pages);
    pages.forEach((text, i) => {
      expect(text).toContain('Draft');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      if (i > 0)
        expect(text).toContain(
          'Fraud model v13 flagged legitimate transactions · In review postmortem report',
        );
    });
    // The contents name the page each section starts on, and it does.
    const toc = pages[1] ?? '';
    const entries = [
      ...toc.matchAll(/^\s*((?:\d\.|Appendix [A-D]\.) [^.\n]+?)\s+\.*\s*(\d+)\s*$/gm),
    ];
    expect(entries.length).toBe(11);
    for (const [, title, page] of entries) {
      expect(pages[Number(page) - 1]).toContain(title!.trim());
    }
    // Bundled fonts, embedded; charts are vectors with selectable text, not pictures.
    expect(pdfFonts(out)).toMatch(/SourceSans3\S*\s+CID TrueType\s+Identity-H\s+yes yes/);
    expect(pdfImages(out)).toEqual([]);
    const all = pages.join('\n');
    expect(all).toContain('Share of the window’s values (%)');
    // Captions and the series' axes on the incident's clock, as page 1 prints it: no UTC times.
    const flat = all.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'incident: timestamp in [2026-03-12 03:00, 2026-03-12 06:00) Europe/Amsterdam (UTC+01:00)',
    );
    expect(flat).toContain('Time in Europe/Amsterdam (UTC+01:00), timestamp, buckets of 15 min');
    expect(flat).not.toMatch(/\d\d:\d\d UTC\b/);
    // A chart never splits: its axis title and its caption are on one page.
    for (const [n, axis] of [
      [2, 'amount (bins fitted on the baseline)'],
      [3, 'merchant_category (categories)'],
      [4, 'device_type (categories)'],
    ] as const) {
      const page = pages.find((p) => p.includes(`Figure ${n}. Histogram of`));
      expect(page).toContain(axis);
    }
  });

  it('says "Draft" on no page once the status is final, and prints Letter on request', async () => {
    const { file, pages } = await printSample((pm) => ({ ...pm, status: 'final' }), {
      ...OPTIONS,
      paper: 'Letter',
    });
    expect(pdfInfo(file)['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    for (const text of pages) expect(text).not.toMatch(/draft/i);
  });

  it('never splits a table row or a chart across pages', async () => {
    const { pages } = await printSample((pm) => ({
      ...pm,
      timeline: Array.from({ length: 70 }, (_, i) => ({
        id: `e${i}`,
        at: new Date(Date.UTC(2026, 2, 12, 2, i)).toISOString(),
        kind: 'other' as const,
        text:
          `Event ${i} begins here and it is long enough to wrap over several lines of the table cell, ` +
          `so that a row is tall; it goes on with more words about what happened at that minute, ending ${i}.`,
      })),
    }));
    for (let i = 0; i < 70; i++) {
      const holding = pages.filter((p) => p.includes(`Event ${i} begins`));
      expect(holding).toHaveLength(1);
      expect(holding[0]).toMatch(new RegExp(`ending\\s+${i}\\.`));
    }
  });

  it('says in one line when there is no Chromium to print with', async () => {
    const saved = process.env[CHROMIUM_ENV];
    process.env[CHROMIUM_ENV] = path.join(outDir, 'no-such-chromium');
    try {
      const out = path.join(outDir, 'none.pdf');
      const result = await cli(
        'export',
        '--data-dir',
        dataDir,
        '--postmortem',
        demoId,
        '--format',
        'pdf',
        '--out',
        out,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^error: POSTMORTEM_STUDIO_CHROMIUM names .*no-such-chromium, which does not exist: fix the path or unset it\.\n$/,
      );
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env[CHROMIUM_ENV];
      else process.env[CHROMIUM_ENV] = saved;
    }
    expect(() => findChromium({}, ['/nowhere/chromium'])).toThrow(
      /^No Chromium or Chrome found on this machine to print the PDF: install one \(Debian: apt-get install chromium\) or name it in POSTMORTEM_STUDIO_CHROMIUM; the Markdown export needs no browser\.$/,
    );
  });
});
