// The window's JS heap with a million-row file open, against the same walk through the 20k-row demo
// evidence: "a million-row file must not cost the renderer more memory than a thousand-row one".
//
//   npx tsx bench/window-memory.bench.ts [--rows 1000000] [--keep]
//   (--keep keeps the data folder in .bench/ and prints its path)
//
// The generated log is imported with the command line into a fresh data folder (on the demo
// postmortem), the built browser host serves that folder, and Debian's Chromium (driven by
// Playwright, by role and label as the e2e tests do) opens each file in the diagnosis step: scrolls
// the grid to several places and the end, sorts, opens a column summary, the histogram and the drift
// table, and returns to the grid. Each file gets a fresh browser context (its own renderer). The
// heap is read through CDP: Runtime.getHeapUsage after every step (the peak seen, no forced GC) and
// after HeapProfiler.collectGarbage at the end (what the open file keeps alive).
// The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Locator } from '@playwright/test';
import {
  arg,
  buildIfStale,
  CHROMIUM,
  CHROMIUM_ARGS,
  cli,
  DEMO_FILE,
  DEMO_TITLE,
  openDiagnosis,
  rowsLoaded,
  startHost,
  stopHost,
} from './browser-host';
import { ensurePredictionLog } from './gen-prediction-log';

const BENCH_DIR = path.resolve('.bench');
const HEAP_LIMIT_MB = 150;
const STEP_TIMEOUT = 60_000;

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface Walk {
  file: string;
  rows: number;
  /** usedSize after forced GC with the file open in the grid, MB. */
  afterGcMb: number;
  /** The largest usedSize read after any step, without forcing GC, MB. */
  peakMb: number;
  /** usedSize after forced GC on the diagnosis step as it opens (the demo file shown), MB. */
  beforeMb: number;
  /** Beside the JS heap, after GC with the file open: the DOM's heap (Oilpan), array buffers. */
  domHeapMb: number;
  arrayBuffersMb: number;
  steps: { step: string; ms: number; usedMb: number }[];
}

async function heapUsage(cdp: CDPSession, gc: boolean) {
  if (gc) {
    // Twice: the first pass can leave garbage that only finalisers of the first made unreachable.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  return cdp.send('Runtime.getHeapUsage');
}

async function usedHeap(cdp: CDPSession, gc: boolean): Promise<number> {
  return (await heapUsage(cdp, gc)).usedSize;
}

async function scrollTo(grid: Locator, fraction: number, rows: number): Promise<void> {
  await grid.evaluate((el, f) => {
    el.scrollTop = f * (el.scrollHeight - el.clientHeight);
  }, fraction);
  // Lets the scroll event reach the virtualizer before checking the rows it shows.
  await grid.page().waitForTimeout(50);
  await rowsLoaded(grid);
  if (fraction === 1) {
    const last = await grid.evaluate((el) =>
      Math.max(
        ...[...el.querySelectorAll('[role="row"][aria-rowindex]')].map((r) =>
          Number(r.getAttribute('aria-rowindex')),
        ),
      ),
    );
    if (last !== rows + 1)
      throw new Error(`Scrolled to the end but the last row shown is ${last}.`);
  }
}

async function walk(browser: Browser, url: string, file: string, rows: number): Promise<Walk> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const steps: Walk['steps'] = [];
    const step = async (name: string, f: () => Promise<void>) => {
      const t0 = performance.now();
      await f();
      const ms = Math.round(performance.now() - t0);
      steps.push({ step: name, ms, usedMb: mb(await usedHeap(cdp, false)) });
    };

    let panel!: Locator;
    await step('open the diagnosis step', async () => {
      panel = await openDiagnosis(page, url);
      await panel
        .getByRole('button', { name: new RegExp(`^${DEMO_FILE.replace('.', '\\.')}`) })
        .waitFor();
    });
    const beforeMb = mb(await usedHeap(cdp, true));
    const grid = panel.getByRole('table', { name: `Rows of ${file}` });
    await step('select the file, first rows', async () => {
      const pick = panel.getByRole('button', {
        name: new RegExp(`^${file.replace(/\./g, '\\.')}`),
      });
      await pick.click();
      await page.waitForFunction(([el, n]) => el?.getAttribute('aria-rowcount') === String(n), [
        await grid.elementHandle(),
        rows + 1,
      ] as const);
      await rowsLoaded(grid);
    });
    for (const f of [0.1, 0.37, 0.5, 0.83, 1, 0]) {
      await step(`scroll to ${f === 1 ? 'the end' : f === 0 ? 'the top' : `${f * 100}%`}`, () =>
        scrollTo(grid, f, rows),
      );
    }
    const header = grid.getByRole('columnheader', { name: /^amount/ });
    for (const dir of ['ascending', 'descending'] as const) {
      await step(`sort by amount, ${dir}`, async () => {
        await header.getByRole('button', { name: /^amount/ }).click();
        await page.waitForFunction(([el, d]) => el?.getAttribute('aria-sort') === d, [
          await header.elementHandle(),
          dir,
        ] as const);
        await rowsLoaded(grid);
      });
    }
    for (const f of [0.5, 1]) {
      await step(`sorted, scroll to ${f === 1 ? 'the end' : `${f * 100}%`}`, () =>
        scrollTo(grid, f, rows),
      );
    }
    await step('summary of amount', async () => {
      await panel.getByRole('button', { name: 'Summary of amount' }).click();
      await panel.getByRole('heading', { name: 'Summary of amount' }).waitFor();
      await panel.getByRole('button', { name: 'Close the column summary' }).click();
    });
    await step('histogram of amount, baseline vs incident', async () => {
      await panel.getByRole('tab', { name: 'Compare windows' }).click();
      await panel.getByText(/\(solid\) — [\d,]+\s+values/).waitFor();
    });
    await step('drift table', async () => {
      await panel.getByRole('tab', { name: 'Drift table' }).click();
      await panel.getByRole('rowheader', { name: /^amount/ }).waitFor();
    });
    await step('back to the grid, scroll to 50%', async () => {
      await panel.getByRole('tab', { name: 'Data' }).click();
      await grid.waitFor();
      await rowsLoaded(grid);
      await scrollTo(grid, 0.5, rows);
    });
    const end = await heapUsage(cdp, true);
    const afterGcMb = mb(end.usedSize);
    const domHeapMb = mb(end.embedderHeapUsedSize);
    const arrayBuffersMb = mb(end.backingStorageSize);
    const peakMb = Math.max(...steps.map((s) => s.usedMb));
    return { file, rows, afterGcMb, peakMb, beforeMb, domHeapMb, arrayBuffersMb, steps };
  } finally {
    await context.close();
  }
}

function printWalk(w: Walk): void {
  console.log(`\n${w.file}: ${w.rows.toLocaleString('en-US')} rows`);
  const width = Math.max(...w.steps.map((s) => s.step.length));
  for (const s of w.steps) {
    console.log(
      `  ${s.step.padEnd(width)}  ${String(s.ms).padStart(6)} ms  heap ${s.usedMb.toFixed(1).padStart(6)} MB`,
    );
  }
  console.log(`  heap as the diagnosis step opens, demo shown (after GC)  ${w.beforeMb} MB`);
  console.log(`  heap with this file open (after GC)                      ${w.afterGcMb} MB`);
  console.log(
    `  beside it: DOM heap ${w.domHeapMb} MB, array buffers and external strings ${w.arrayBuffersMb} MB`,
  );
  console.log(`  largest heap seen after a step (no forced GC)            ${w.peakMb} MB`);
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const brief = ({ steps, ...figures }: Walk) => figures;

async function main(): Promise<void> {
  const rows = Number(arg('--rows') ?? 1_000_000);
  const keep = process.argv.includes('--keep');
  buildIfStale();
  const csv = ensurePredictionLog(BENCH_DIR, rows);
  const dataDir = fs.mkdtempSync(path.join(BENCH_DIR, 'window-'));
  let host: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    const listed = cli<
      { id: string; title: string; evidence: { fileName: string; rowCount: number }[] }[]
    >(['list', '--data-dir', dataDir]);
    const demo = listed.find((p) => DEMO_TITLE.test(p.title));
    if (!demo) throw new Error('The demo postmortem was not seeded.');
    const demoRows = demo.evidence.find((e) => e.fileName === DEMO_FILE)?.rowCount;
    if (demoRows === undefined) throw new Error('The demo evidence was not imported.');
    const t0 = performance.now();
    const imported = cli<{ rowCount?: number }>([
      'import',
      csv,
      '--data-dir',
      dataDir,
      '--postmortem',
      demo.id,
    ]);
    console.log(
      `imported ${path.basename(csv)} with the command line in ${((performance.now() - t0) / 1000).toFixed(1)} s (${imported.rowCount ?? '?'} rows)`,
    );

    const started = await startHost(dataDir);
    host = started.child;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const small = await walk(browser, started.url, DEMO_FILE, demoRows);
    printWalk(small);
    const big = await walk(browser, started.url, path.basename(csv), rows);
    printWalk(big);

    const ratio = big.afterGcMb / small.afterGcMb;
    console.log(
      `\nwindow JS heap, ${rows.toLocaleString('en-US')} rows open: ${big.afterGcMb} MB after GC (${(big.afterGcMb / HEAP_LIMIT_MB).toFixed(2)}x the ${HEAP_LIMIT_MB} MB limit), peak seen ${big.peakMb} MB`,
    );
    console.log(
      `window JS heap, ${demoRows.toLocaleString('en-US')}-row demo open: ${small.afterGcMb} MB after GC, peak seen ${small.peakMb} MB`,
    );
    console.log(`big file / demo file, after GC: ${ratio.toFixed(2)}x`);
    console.log(
      `BENCH_JSON ${JSON.stringify({ bench: 'window-memory', limitMb: HEAP_LIMIT_MB, big: brief(big), small: brief(small) })}`,
    );
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
