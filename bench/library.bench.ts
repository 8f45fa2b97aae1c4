// The library at scale: 2,000 generated postmortems (bench/gen-library.ts), then
//  1. a search through the back end's handler table (validation, FTS5 query, snippets): the
//     median of each query kind, and the slowest of those medians against 50 ms;
//  2. how soon a word written by an operation is found (apply, then search);
//  3. the actions board's call;
//  4. in Chromium through the browser host: the library opening (navigation to every row shown)
//     and the board opening (the click to its rows shown), each against 500 ms.
//
//   npx tsx bench/library.bench.ts [--postmortems 2000] [--repeat 15]
// The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { dispatch } from '../main/api/dispatch';
import { createBackend } from '../main/backend';
import { CHROMIUM, CHROMIUM_ARGS, startHost } from './browser-host';
import { generateLibrary } from './gen-library';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

// As many actions as the board asks for at a time (renderer/src/features/board/use-board.ts).
const BOARD_PAGE = 100;
// Rows the library draws at first (renderer/src/features/library/LibraryScreen.tsx).
const LIBRARY_PAGE = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const count = arg('--postmortems', 2000);
  const repeat = arg('--repeat', 15);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-library-bench-'));
  const genStart = performance.now();
  generateLibrary(dataDir, count);
  const generateMs = performance.now() - genStart;
  console.log(`generated ${count} postmortems in ${(generateMs / 1000).toFixed(1)} s`);

  const backend = await createBackend({ dataDir, log: () => {} });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const outcome = await dispatch(backend.handlers, channel, input, () => {});
    if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
    return outcome.value as T;
  };
  const timed = async (channel: string, input: unknown) => {
    const times: number[] = [];
    let result: unknown;
    for (let n = 0; n < repeat; n++) {
      const started = performance.now();
      result = await call(channel, input);
      times.push(performance.now() - started);
    }
    return { ms: median(times), result };
  };

  const searches: [string, Record<string, unknown>][] = [
    ['a word in every postmortem', { query: 'legitimate' }],
    ['a word in one in eight', { query: 'backfill' }],
    ['a prefix while typing', { query: 'thresh' }],
    ['two words, one rare', { query: 'case 1234' }],
    ['a word and two filters', { query: 'schema', severity: 'SEV2', layer: 'data' }],
    ['filters alone', { query: '', status: 'final', model: 'ranker' }],
  ];
  const searchFigures: { label: string; ms: number; total: number }[] = [];
  for (const [label, input] of searches) {
    await call('library.search', input); // warm the statements
    const { ms, result } = await timed('library.search', input);
    const total = (result as { total: number }).total;
    searchFigures.push({ label, ms, total });
    console.log(`search, ${label}: ${ms.toFixed(1)} ms (${total} postmortems match)`);
  }

  const [first] = await call<{ id: string }[]>('postmortems.list', {});
  const freshness: number[] = [];
  for (let n = 0; n < repeat; n++) {
    const word = `freshword${n}x`;
    const started = performance.now();
    await call('postmortems.apply', {
      postmortemId: first!.id,
      windowId: 'bench',
      batchId: `fresh-${n}-${Date.now()}`,
      ops: [{ op: 'set', list: 'doc', field: 'summary.impactedWho', value: `Teams using ${word}` }],
    });
    const found = await call<{ total: number }>('library.search', { query: word });
    freshness.push(performance.now() - started);
    if (found.total !== 1) throw new Error(`${word} was not found right after it was written.`);
  }
  const freshMs = median(freshness);
  console.log(`a written word found: write + search ${freshMs.toFixed(1)} ms`);

  await call('library.trends', { today: '2026-03-16' });
  const trends = await timed('library.trends', { today: '2026-03-16' });
  console.log(`library.trends: ${trends.ms.toFixed(1)} ms`);

  const board = await timed('actions.board', {
    status: 'unfinished',
    today: '2026-03-16',
    limit: BOARD_PAGE,
  });
  const boardRows = (board.result as { total: number }).total;
  console.log(
    `actions.board (open or in progress): ${board.ms.toFixed(1)} ms, ${boardRows} actions`,
  );
  await backend.stop();

  const host = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let libraryMs = 0;
  let boardOpenMs = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Once to warm the host's caches and the browser's, then measured.
    for (let n = 0; n < 2; n++) {
      const started = Date.now();
      await page.goto(host.url);
      await page
        .getByRole('list', { name: 'Postmortems' })
        .getByRole('listitem')
        .nth(Math.min(count, LIBRARY_PAGE) - 1)
        .waitFor({ state: 'attached', timeout: 60_000 });
      libraryMs = Date.now() - started;
    }
    console.log(
      `library opened (${count} postmortems, the first ${Math.min(count, LIBRARY_PAGE)} drawn) in ${libraryMs} ms`,
    );
    for (let n = 0; n < 2; n++) {
      if (n > 0) await page.getByRole('button', { name: 'Library' }).click();
      await page.getByRole('button', { name: 'Actions board' }).waitFor();
      const started = Date.now();
      await page.getByRole('button', { name: 'Actions board' }).click();
      await page
        .getByRole('list', { name: 'Actions' })
        .getByRole('listitem')
        .first()
        .waitFor({ timeout: 60_000 });
      boardOpenMs = Date.now() - started;
    }
    console.log(`board opened in ${boardOpenMs} ms`);
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const slowest = searchFigures.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `BENCH_JSON ${JSON.stringify({
      postmortems: count,
      generateMs,
      searches: searchFigures,
      searchMs: slowest.ms,
      searchSlowest: slowest.label,
      freshMs,
      trendsMs: trends.ms,
      boardCallMs: board.ms,
      boardRows,
      libraryMs,
      boardOpenMs,
    })}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
