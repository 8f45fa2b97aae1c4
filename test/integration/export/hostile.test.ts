import { chromium, type Browser } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, openChromiumPrinter } from '../../../main/export/pdf/chromium';
import { reportFonts } from '../../../main/export/pdf/fonts';
import { printReport } from '../../../main/export/pdf/print-report';
import { gatherReportSource } from '../../../main/export/gather';
import { repoResourcesDir } from '../../../main/resources-dir';
import { buildReport, type ReportModel } from '../../../shared/report';
import { reportHtml } from '../../../shared/report/html';
import { reportMarkdown } from '../../../shared/report/markdown';
import { SVG_TAGS } from '../../../shared/report/charts/svg';
import { HOSTILE } from '../../fixtures/hostile/corpus';
import { htmlParser, inlineText } from '../../unit/shared/report/markdown-text';
import { OPTIONS, samplePostmortem, sampleSource } from '../../unit/shared/report/fixtures';
import { openDemo, type DemoBackend } from './demo-backend';
import { pdfPages } from './pdf-text';

let demo: DemoBackend;
let model: ReportModel;
let browser: Browser;
const HOSTILE_COLUMN = '<img src=x onerror="window.pwned=9">';

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;

beforeAll(async () => {
  demo = await openDemo();
  // Evidence whose column name and cells are hostile too: they reach chart labels and tables.
  const rows = ['timestamp,' + csvCell(HOSTILE_COLUMN) + ',amount'];
  for (let i = 0; i < 240; i++) {
    const at = new Date(Date.UTC(2026, 2, 11, 0, i * 6)).toISOString();
    rows.push(`${at},${csvCell(HOSTILE[i % HOSTILE.length]!)},${(i % 17) * 3.5}`);
  }
  const file = path.join(demo.dataDir, 'hostile.csv');
  fs.writeFileSync(file, rows.join('\n'));
  const staged = await demo.call('evidence.stage', { postmortemId: demo.demoId, filePath: file });
  const time = staged.columns.find((c) => c.name === 'timestamp')!;
  const evidence = await demo.call('evidence.commit', {
    stagingId: staged.stagingId,
    overrides: { timeColumn: time.index },
  });
  const window = (start: string, end: string) => ({
    kind: 'time' as const,
    column: 'timestamp',
    start,
    end,
  });
  const baseline = window('2026-03-11T00:00:00Z', '2026-03-11T12:00:00Z');
  const incident = window('2026-03-11T12:00:00Z', '2026-03-12T00:00:00Z');
  for (const spec of [
    {
      kind: 'histogram' as const,
      query: { evidenceId: evidence.id, column: HOSTILE_COLUMN, baseline, incident },
    },
    { kind: 'drift-table' as const, query: { evidenceId: evidence.id, baseline, incident } },
    {
      kind: 'time-series' as const,
      query: { evidenceId: evidence.id, column: HOSTILE_COLUMN, agg: 'categories' as const },
    },
  ]) {
    await demo.call('pins.create', {
      postmortemId: demo.demoId,
      target: { kind: 'diagnosis', answerId: 'data_drift' },
      spec,
      caption: HOSTILE[0]!,
    });
  }
  const gathered = await gatherReportSource(demo.call, demo.demoId);
  let n = 0;
  // Every string of the corpus as a paragraph of the findings, and one of them in every other field.
  const hostileText = (field: string) =>
    field === 'findings' ? HOSTILE.join('\n\n') : HOSTILE[n++ % HOSTILE.length]!;
  // And each of them as a follow-up review's note on the action.
  const reviews = HOSTILE.map((note, i) => ({
    reviewId: `r${i}`,
    done: true,
    worked: 'no' as const,
    note,
    nextReviewDate: '2026-05-01',
    recordedAt: new Date(Date.UTC(2026, 3, 1, 0, i)).toISOString(),
  }));
  const source = {
    ...sampleSource(samplePostmortem(hostileText), { a1: reviews }),
    pins: gathered.pins.filter((p) => p.spec.query.evidenceId === evidence.id),
    evidenceFiles: { [evidence.id]: '<b>hostile</b>.csv' },
  };
  expect(source.pins).toHaveLength(3);
  model = buildReport(source, OPTIONS);
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  demo.close();
});

describe('a hostile corpus in user text and CSV cells stays inert text', () => {
  it('in the Markdown, read by a parser that allows raw HTML', () => {
    const { markdown, assets } = reportMarkdown(model, 'report-files');
    const tokens = htmlParser.parse(markdown, {});
    const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
    expect(all.filter((t) => t.type.startsWith('html'))).toEqual([]);
    for (const link of all.filter((t) => t.type === 'link_open'))
      expect(String(link.attrGet('href'))).toMatch(/^#/);
    for (const image of all.filter((t) => t.type === 'image'))
      expect(String(image.attrGet('src'))).toMatch(/^report-files\/figure-\d+\.svg$/);
    const text = tokens
      .filter((t) => t.type === 'inline')
      .map(inlineText)
      .join('\n');
    for (const h of HOSTILE.filter((s) => !s.includes('\n'))) expect(text).toContain(h);
    for (const svg of assets) {
      // Text nodes are escaped, so a "<" only ever opens one of the chart's own elements.
      const tags = [...svg.content.matchAll(/<\/?([A-Za-z?]+)[^>]*>/g)];
      for (const [, name] of tags) expect(['?xml', ...SVG_TAGS]).toContain(name);
      for (const [tag] of tags) expect(tag).not.toMatch(/\son\w+\s*=|href/i);
    }
  });

  it('in the print page, loaded in Chromium: no script runs, nothing is fetched, the text is all there', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const file = path.join(demo.dataDir, 'hostile.html');
    fs.writeFileSync(
      file,
      reportHtml(model, { fonts: reportFonts(repoResourcesDir() ?? null), tocPages: null }),
    );
    const url = `file://${file}`;
    await page.goto(url);
    expect(requests).toEqual([url]);
    expect(dialogs).toEqual([]);
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) =>
        e.getAttributeNames().filter((n) => n.startsWith('on')),
      ),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      embedded: document.querySelectorAll(
        'img, iframe, object, embed, link, foreignObject, body style',
      ).length,
      styles: document.querySelectorAll('style').length,
      text: document.body.innerText,
    }));
    expect(found).toMatchObject({ pwned: null, scripts: 0, handlers: [], embedded: 0, styles: 1 });
    for (const href of found.links) expect(href).toMatch(/^#[A-Za-z0-9_-]+$/);
    for (const h of HOSTILE.filter((s) => !s.includes('\n'))) expect(found.text).toContain(h);
    await page.close();
  });

  it('and the page’s own policy would stop a script or a fetch even if escaping failed', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const blocked: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => blocked.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    const html = reportHtml(model, { fonts: [], tocPages: null }).replace(
      '<body>',
      '<body><script>document.title = "ran"</script><img src="http://127.0.0.1:9/x.png"><iframe src="http://127.0.0.1:9/"></iframe>',
    );
    const file = path.join(demo.dataDir, 'injected.html');
    fs.writeFileSync(file, html);
    await page.goto(`file://${file}`);
    expect(await page.title()).not.toBe('ran');
    // Chromium shows the attempts, each refused by the policy before it leaves.
    const http = requests.filter((u) => u.startsWith('http'));
    expect(http.length).toBeGreaterThan(0);
    expect(blocked.sort()).toEqual(http.map((u) => `${u} csp`).sort());
    await page.close();
  });

  it('in the PDF: the text is printed as typed, with no link, script or action in the file', async () => {
    const printed = await printReport(model, reportFonts(repoResourcesDir() ?? null), () =>
      openChromiumPrinter(),
    );
    const file = path.join(demo.dataDir, 'hostile.pdf');
    fs.writeFileSync(file, printed.pdf);
    const text = pdfPages(file).join('\n').replace(/\s+/g, ' ');
    for (const h of [
      '<script>window.pwned = 1; alert(1)</script>',
      '[xss link](javascript:alert(1))',
      '<!-- a hidden comment --> after the comment',
    ]) {
      expect(text).toContain(h);
    }
    const raw = Buffer.from(printed.pdf).toString('latin1');
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|URI|SubmitForm|ImportData)\b/);
  }, 60_000);
});
