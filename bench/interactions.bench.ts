// Diagnosis interactions in the window on the generated million-row prediction log, each timed
// from the input to the first frame drawn with its answer: "every diagnosis click under 100 ms".
//
//   npx tsx bench/interactions.bench.ts [--rows 1000000] [--repeat 3] [--keep]
//
// The log is imported with the command line into a fresh data folder (on the demo postmortem), the
// built browser host serves it and Debian's Chromium opens the diagnosis step. Timing happens in
// the page: the input's time is performance.now() as the script scrolls or clicks (the same as the
// event's timeStamp), then a loop on requestAnimationFrame waits until the answer is in the DOM
// (rows in view filled, a sorted column's first row, the drift table's rows, the histogram's
// bars) and for the frame after it (a task queued from requestAnimationFrame runs once that frame
// is painted). Playwright's round trips are outside the measured span.
// Each run starts a fresh host (the query worker opens the file anew, reading its column cache).
// Measured: the first drift table after opening the file (target 1 s), then, in a new tab (its
// own renderer), jump-scrolls, sorts (each the first of its kind in that tab), opening the drift
// table, a histogram of another column, each quick view over time and percentile bands of other
// columns (interactions-series.ts) (target 100 ms each).
// Medians over runs are reported, with every run's figure.
// The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import {
  arg,
  buildIfStale,
  CHROMIUM,
  CHROMIUM_ARGS,
  cli,
  DEMO_TITLE,
  openDiagnosis,
  rowsLoaded,
  startHost,
  stopHost,
} from './browser-host';
import { ensurePredictionLog } from './gen-prediction-log';
import { timeSeriesViews } from './interactions-series';

const BENCH_DIR = path.resolve('.bench');
const INTERACTION_MS = 100;
const FIRST_DRIFT_MS = 1000;
const TIMEOUT = 120_000;

/** In the page: waits for the condition each frame, then for that frame to be painted. */
async function untilDrawn(page: Page, condition: string, t0: number): Promise<number> {
  return page.evaluate(
    async ([cond, start, timeout]) => {
      // The condition is a function body over `document`, sent as text (tsx would wrap functions).
      const check = new Function('document', cond) as (d: Document) => boolean;
      for (;;) {
        if (check(document)) break;
        if (performance.now() - start > timeout) throw new Error(`Never drawn: ${cond}`);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - start;
    },
    [condition, t0, TIMEOUT] as const,
  );
}

/** Clicks an element by a CSS selector in the page; returns the click's time. */
function click(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`Nothing matches ${sel}`);
    const t = performance.now();
    el.click();
    return t;
  }, selector);
}

const GRID = '[role="table"][aria-label^="Rows of "]';
/** Every row in view has its cells, and the first one is near `row` (0-based result row). */
const rowsNear = (row: number, slack: number) => `
  const grid = document.querySelector('${GRID}');
  if (!grid) return false;
  const heads = [...grid.querySelectorAll('[role="rowheader"]')];
  if (heads.length === 0 || heads.some((h) => h.textContent === '…')) return false;
  const idx = [...grid.querySelectorAll('[role="row"][aria-rowindex]')]
    .map((r) => Number(r.getAttribute('aria-rowindex')) - 2).filter((i) => i >= 0);
  return Math.abs(Math.min(...idx) - ${row}) <= ${slack};`;

interface Figure {
  what: string;
  ms: number;
  target: number;
  runs: number[];
}

async function jumpScroll(page: Page, fraction: number, rows: number): Promise<number> {
  const visible = await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    return el.querySelectorAll('[role="rowheader"]').length;
  }, GRID);
  const t0 = await page.evaluate(
    ([sel, f]) => {
      const el = document.querySelector(sel)!;
      const t = performance.now();
      el.scrollTop = f * (el.scrollHeight - el.clientHeight);
      return t;
    },
    [GRID, fraction] as const,
  );
  return untilDrawn(page, rowsNear(Math.round(fraction * (rows - visible)), visible + 50), t0);
}

const sortButton = (name: string) => `${GRID} button.ev-grid-sort[title="Sort by ${name}"]`;

async function openBig(
  browser: Browser,
  url: string,
  file: string,
): Promise<{ page: Page; panel: Locator; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const panel = await openDiagnosis(page, url);
  await panel.getByRole('button', { name: new RegExp(`^${file.replace(/\./g, '\\.')}`) }).click();
  await panel.getByRole('table', { name: `Rows of ${file}` }).waitFor();
  await rowsLoaded(panel.getByRole('table', { name: `Rows of ${file}` }));
  return { page, panel, close: () => context.close() };
}

async function main(): Promise<void> {
  const rows = Number(arg('--rows') ?? 1_000_000);
  const repeat = Number(arg('--repeat') ?? 3);
  const keep = process.argv.includes('--keep');
  buildIfStale();
  const csv = ensurePredictionLog(BENCH_DIR, rows);
  const file = path.basename(csv);
  const dataDir = fs.mkdtempSync(path.join(BENCH_DIR, 'interactions-'));
  let host: ChildProcess | null = null;
  let browser: Browser | null = null;
  const figures: Figure[] = [];
  const record = (what: string, target: number, runs: number[]) => {
    const sorted = [...runs].sort((a, b) => a - b);
    const ms = sorted[Math.floor((sorted.length - 1) / 2)] as number;
    figures.push({ what, ms, target, runs });
    console.log(
      `  ${what.padEnd(60)} median ${ms.toFixed(0).padStart(5)} ms  (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`,
    );
  };
  try {
    const listed = cli<{ id: string; title: string }[]>(['list', '--data-dir', dataDir]);
    const demo = listed.find((p) => DEMO_TITLE.test(p.title));
    if (!demo) throw new Error('The demo postmortem was not seeded.');
    cli(['import', csv, '--data-dir', dataDir, '--postmortem', demo.id]);
    console.log(`imported ${file} (${rows.toLocaleString('en-US')} rows)`);

    const firstDrift: number[] = [];
    const scrolls: number[] = [];
    const numericSort: number[] = [];
    const categorySort: number[] = [];
    const idSort: number[] = [];
    const reverseSort: number[] = [];
    const drift: number[] = [];
    const histogram: number[] = [];
    const series = new Map<string, number[]>();
    for (let run = 0; run < repeat; run++) {
      // A fresh host each run: the first drift table is measured on a file the back end has not read.
      const started = await startHost(dataDir);
      host = started.child;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      context.setDefaultTimeout(TIMEOUT);
      const page = await context.newPage();
      const panel = await openDiagnosis(page, started.url);
      await panel
        .getByRole('button', { name: new RegExp(`^${file.replace(/\./g, '\\.')}`) })
        .waitFor();
      // Open the file, then the drift table as soon as the file's tabs are there: one span.
      const t0 = await page.evaluate(async (name) => {
        const button = [...document.querySelectorAll<HTMLElement>('button.ev-file-pick')].find(
          (b) => b.textContent?.startsWith(name),
        );
        if (!button) throw new Error(`No file button for ${name}`);
        const t = performance.now();
        button.click();
        while (!document.querySelector(`[role="table"][aria-label="Rows of ${name}"]`)) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        document.querySelector<HTMLElement>('[role="tab"][id$="-tab-drift"]')!.click();
        return t;
      }, file);
      firstDrift.push(
        await untilDrawn(
          page,
          `return [...document.querySelectorAll('th[scope="row"]')].some((h) => h.textContent.startsWith('feature_a'));`,
          t0,
        ),
      );
      await context.close();

      const big = await openBig(browser, started.url, file);
      for (const f of [0.1, 0.37, 0.5, 0.83, 1, 0])
        scrolls.push(await jumpScroll(big.page, f, rows));
      const sortBy = async (name: string, dir: 'ascending' | 'descending') => {
        await big.page.evaluate((sel) => (document.querySelector(sel)!.scrollTop = 0), GRID);
        await rowsLoaded(big.panel.getByRole('table', { name: `Rows of ${file}` }));
        const t = await click(big.page, sortButton(name));
        return untilDrawn(
          big.page,
          `const h = [...document.querySelectorAll('${GRID} [role="columnheader"]')].find((c) => c.textContent.startsWith('${name}'));
           if (!h || h.getAttribute('aria-sort') !== '${dir}') return false;
           ${rowsNear(0, 0)}`,
          t,
        );
      };
      numericSort.push(await sortBy('amount', 'ascending'));
      reverseSort.push(await sortBy('amount', 'descending'));
      for (const f of [0.5, 1]) scrolls.push(await jumpScroll(big.page, f, rows));
      categorySort.push(await sortBy('merchant_category', 'ascending'));
      idSort.push(await sortBy('request_id', 'ascending'));

      for (let k = 0; k < 2; k++) {
        await click(big.page, '[role="tab"][id$="-tab-data"]');
        await rowsLoaded(big.panel.getByRole('table', { name: `Rows of ${file}` }));
        const t = await click(big.page, '[role="tab"][id$="-tab-drift"]');
        drift.push(
          await untilDrawn(
            big.page,
            `return [...document.querySelectorAll('th[scope="row"]')].some((h) => h.textContent.startsWith('feature_a'));`,
            t,
          ),
        );
      }
      await big.panel.getByRole('tab', { name: 'Compare windows' }).click();
      await big.panel.getByRole('img', { name: /^Distribution of amount/ }).waitFor();
      for (const column of ['feature_a', 'confidence', 'country']) {
        const t = await big.page.evaluate((name) => {
          const select = [...document.querySelectorAll('select')].find(
            (s) => s.labels?.[0]?.textContent === 'Column',
          );
          if (!select) throw new Error('No Column select');
          const time = performance.now();
          select.value = name;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          return time;
        }, column);
        histogram.push(
          await untilDrawn(
            big.page,
            `const img = document.querySelector('[role="img"][aria-label^="Distribution of ${column}:"]');
             return !!img && img.querySelectorAll('.recharts-bar-rectangle').length > 0;`,
            t,
          ),
        );
      }
      await timeSeriesViews(big.page, big.panel, untilDrawn, series);
      await big.close();
      await browser.close();
      browser = null;
      await stopHost(host);
      host = null;
    }
    console.log(`\n${file}: ${rows.toLocaleString('en-US')} rows, ${repeat} run(s)`);
    record('first drift table after opening the file', FIRST_DRIFT_MS, firstDrift);
    record('jump-scroll the grid (any offset, sorted or not)', INTERACTION_MS, scrolls);
    record('sort by a number column (amount)', INTERACTION_MS, numericSort);
    record('sort the other way', INTERACTION_MS, reverseSort);
    record('sort by a category (merchant_category)', INTERACTION_MS, categorySort);
    record('sort by an id column (request_id)', INTERACTION_MS, idSort);
    record('open the drift table', INTERACTION_MS, drift);
    record('histogram of another column', INTERACTION_MS, histogram);
    for (const [what, runs] of series) record(`over time: ${what}`, INTERACTION_MS, runs);
    const worst = (runs: number[]) => Math.max(...runs);
    console.log(`  slowest jump-scroll ${worst(scrolls).toFixed(0)} ms`);
    console.log(`BENCH_JSON ${JSON.stringify({ bench: 'interactions', rows, figures })}`);
  } finally {
    await browser?.close();
    if (host) await stopHost(host);
    if (keep) console.log(`data folder kept: ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
