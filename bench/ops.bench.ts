// Editing speed on a 200-event postmortem, through the browser host as a window edits:
//  1. an operation's round trip (postmortems.apply over the window's HTTP transport, from inside the
//     page: request, validation of the one operation, its transaction, the reply), p50 and p95;
//  2. the window's main-thread time per typed character in a text field of the open editor
//     (Chromium's TaskDuration from CDP Performance.getMetrics while typing, minus the same span
//     idle); beside it, a plain textarea in the same page, a script-free copy of the page (the
//     same elements and styles, no JavaScript: Chromium's cost of editing this page) and a bare
//     textarea on an empty page, so our code's share can be read apart from Chromium's;
//  3. the same keystroke in postmortems of 20, 200 and 500 events: its script time stays flat
//     as the document grows 25-fold, which shows that a keystroke never serialises or validates
//     the whole document.
//
//   npx tsx bench/ops.bench.ts [--ops 300] [--chars 200]
// The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, startHost } from './browser-host';

const EVENTS = 200;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Host {
  child: ChildProcess;
  origin: string;
  token: string;
  url: string;
}

/** The browser host on a fresh data folder, with the origin and token its calls need. */
async function startOpsHost(dataDir: string): Promise<Host> {
  const { child, url } = await startHost(dataDir);
  const parsed = new URL(url);
  return { child, url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '' };
}

async function call<T>(host: Host, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/call/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const outcome = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!outcome.ok) throw new Error(`${channel} failed: ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}

/** A postmortem with `events` timeline events, inserted as operations the way windows add them. */
async function seed(host: Host, events = EVENTS): Promise<string> {
  const { id } = await call<{ id: string }>(host, 'postmortems.create', {
    title: `${events} events`,
  });
  for (let start = 0; start < events; start += 100) {
    const ops = Array.from({ length: Math.min(100, events - start) }, (_, k) => {
      const n = start + k;
      return {
        op: 'insert',
        list: 'timeline',
        before: null,
        item: {
          id: `ev${String(n).padStart(3, '0')}`,
          at: new Date(Date.UTC(2026, 2, 12, 2, n * 3)).toISOString(),
          kind: 'other',
          text: `Event ${n + 1}: the on-call engineer looked at the dashboard and wrote down what the decline rate did.`,
        },
      };
    });
    await call(host, 'postmortems.apply', {
      postmortemId: id,
      windowId: 'bench-seed',
      batchId: `seed-${start}`,
      ops,
    });
  }
  return id;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/** Round trips of single-operation batches sent from the page, alternating fields and items. */
async function roundTrips(page: Page, host: Host, id: string, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ origin, token, id, count }) => {
      const times: number[] = [];
      for (let n = 0; n < count; n++) {
        const op =
          n % 2 === 0
            ? { op: 'set', list: 'doc', field: 'summary.whatHappened', value: `Edit ${n}` }
            : {
                op: 'set',
                list: 'timeline',
                id: `ev${String(n % 200).padStart(3, '0')}`,
                field: 'text',
                value: `Event text, edit ${n}`,
              };
        const started = performance.now();
        const response = await fetch(`${origin}/api/call/postmortems.apply`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({
            postmortemId: id,
            windowId: `bench-window-${n % 2}`,
            batchId: `bench-${n}-${Math.random().toString(36).slice(2)}`,
            ops: [op],
          }),
        });
        const outcome = (await response.json()) as { ok: boolean; error?: unknown };
        times.push(performance.now() - started);
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      }
      return times;
    },
    { origin: host.origin, token: host.token, id, count },
  );
}

/** Main-thread task and script time so far (ms), from Chromium's own counters. */
async function threadMs(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

const TYPED = 'the decline rate rose in one segment ';
const DELAY_MS = 25;
const ROUNDS = 3;
const FIELD = 'What happened';
const PLAIN = 'Plain textarea in the editor';

interface Cost {
  /** Main-thread ms per typed character, net of the same span idle. */
  task: number;
  /** Of which script. */
  script: number;
  /** Counting the idle page's own work too. */
  raw: number;
}

/** Types `chars` characters into the textbox named `label` and returns what each cost. */
async function typingCost(page: Page, label: string, chars: number): Promise<Cost> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const field = page.getByRole('textbox', { name: label, exact: true }).first();
  await field.click();
  await field.press('End');
  // Idle first, for as long as the typing takes: timers, the event stream, the saved-state clock.
  const idleFrom = await threadMs(cdp);
  await page.waitForTimeout(chars * DELAY_MS + 1000);
  const idleTo = await threadMs(cdp);
  const text = TYPED.repeat(Math.ceil(chars / TYPED.length)).slice(0, chars);
  await page.keyboard.type(text, { delay: DELAY_MS });
  // The last debounced batch is sent and acknowledged, and the settled views drawn, within this.
  await page.waitForTimeout(1000);
  const typedTo = await threadMs(cdp);
  await cdp.detach();
  const net = (key: 'task' | 'script') =>
    Math.max(0, typedTo[key] - idleTo[key] - (idleTo[key] - idleFrom[key])) / chars;
  return { task: net('task'), script: net('script'), raw: (typedTo.task - idleTo.task) / chars };
}

/** The open editor, with its summary field emptied (the round trips left text in it). */
async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const field = page.getByRole('textbox', { name: FIELD, exact: true }).first();
  await field.waitFor();
  await field.fill('');
  await page.waitForTimeout(1000);
}

/**
 * A keystroke's main-thread cost in four places, measured in interleaved rounds (the machine's
 * pace drifts) and reported as medians:
 *  - the editor's "What happened" field: the whole keystroke, our code and React included;
 *  - a plain textarea (no React props, no handlers of its own) placed beside that field in the
 *    same editor page: editing this page, with React's root listeners and our window's own;
 *  - a script-free copy of the editor page (its elements and style sheets, served without any
 *    script): what Chromium alone spends editing, laying out and painting this page;
 *  - a bare textarea on an empty page: Chromium's own floor.
 * The field's cost over the plain textarea's is what our field adds to a keystroke; over the
 * script-free copy's, what all of our code and React add.
 */
async function keystrokes(page: Page, url: string, chars: number) {
  const field: Cost[] = [];
  const inPage: Cost[] = [];
  const bare: Cost[] = [];
  const copy: Cost[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await openEditor(page, url);
    field.push(await typingCost(page, FIELD, chars));
    await openEditor(page, url);
    await page.evaluate((label) => {
      const wrap = document.createElement('div');
      wrap.className = 'field';
      const plain = document.createElement('textarea');
      plain.rows = 3;
      plain.setAttribute('aria-label', label);
      wrap.append(plain);
      document.querySelector('#section-summary .section-fields')!.prepend(wrap);
    }, PLAIN);
    inPage.push(await typingCost(page, PLAIN, chars));
    await openEditor(page, url);
    copy.push(await scriptFreeCopy(page, chars));
    bare.push(await bareTextarea(page, chars));
  }
  const median = (costs: Cost[], key: keyof Cost) =>
    costs.map((c) => c[key]).sort((x, y) => x - y)[Math.floor(costs.length / 2)]!;
  const perKeyMs = median(field, 'task');
  const pageFloorMs = median(inPage, 'task');
  return {
    rounds: ROUNDS,
    perKeyMs,
    rawPerKeyMs: median(field, 'raw'),
    scriptPerKeyMs: median(field, 'script'),
    pageFloorPerKeyMs: pageFloorMs,
    ownPerKeyMs: Math.max(0, perKeyMs - pageFloorMs),
    staticPerKeyMs: median(copy, 'task'),
    floorPerKeyMs: median(bare, 'task'),
    perKeyRuns: field.map((c) => c.task),
  };
}

/** Document sizes for the scaling check: a keystroke's script must not grow with the document. */
const SIZES = [20, 200, 500];

/**
 * The keystroke in postmortems of 20, 200 (`mainId`) and 500 events (the most a postmortem holds), in interleaved rounds: if
 * a keystroke serialised or validated the whole document, its script time would grow about
 * 25-fold from the smallest to the largest. The whole keystroke grows with the page Chromium
 * edits.
 */
async function scaling(page: Page, host: Host, chars: number, mainId: string) {
  const ids = new Map<number, string>();
  for (const size of SIZES) ids.set(size, size === EVENTS ? mainId : await seed(host, size));
  const costs = new Map<number, Cost[]>(SIZES.map((size) => [size, []]));
  for (let round = 0; round < 2; round++) {
    for (const size of SIZES) {
      await openEditor(page, `${host.url}#/postmortem/${ids.get(size)!}`);
      costs.get(size)!.push(await typingCost(page, FIELD, chars));
    }
  }
  const mean = (xs: Cost[], key: keyof Cost) => xs.reduce((sum, c) => sum + c[key], 0) / xs.length;
  return SIZES.map((events) => ({
    events,
    perKeyMs: mean(costs.get(events)!, 'task'),
    scriptPerKeyMs: mean(costs.get(events)!, 'script'),
  }));
}

/**
 * The open editor's elements and style sheets as a page of their own with no script at all
 * (served at the host's origin, so the style sheets load as they do for the window): typing there
 * costs what Chromium spends on this page, with nothing of ours or React's running.
 */
async function scriptFreeCopy(page: Page, chars: number): Promise<Cost> {
  const html = await page.evaluate(() =>
    document.documentElement.outerHTML.replace(/<script\b[\s\S]*?<\/script>/gi, ''),
  );
  const copy = await page.context().browser()!.newPage({ viewport: page.viewportSize() });
  try {
    const at = new URL('/script-free-copy-of-the-editor', page.url()).href;
    await copy.route(at, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html>${html}` }),
    );
    await copy.goto(at);
    const scripts = await copy.evaluate(() => document.scripts.length);
    if (scripts !== 0) throw new Error(`The script-free copy still holds ${scripts} scripts.`);
    return await typingCost(copy, FIELD, chars);
  } finally {
    await copy.close();
  }
}

async function bareTextarea(page: Page, chars: number): Promise<Cost> {
  const bare = await page.context().browser()!.newPage();
  try {
    await bare.setContent('<textarea aria-label="Bare" rows="6" cols="80"></textarea>');
    return await typingCost(bare, 'Bare', chars);
  } finally {
    await bare.close();
  }
}

async function main(): Promise<void> {
  const opsCount = arg('--ops', 300);
  const chars = arg('--chars', 200);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-ops-bench-'));
  const host = await startOpsHost(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const id = await seed(host);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}#/postmortem/${id}`);
    await page.getByRole('textbox', { name: 'What happened', exact: true }).first().waitFor();
    // Warm the connection and the statements before measuring.
    await roundTrips(page, host, id, 20);
    const times = (await roundTrips(page, host, id, opsCount)).sort((a, b) => a - b);
    const p50 = quantile(times, 0.5);
    const p95 = quantile(times, 0.95);
    console.log(
      `operation round trip, ${opsCount} single-operation batches on ${EVENTS} events: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
    const keys = await keystrokes(page, `${host.url}#/postmortem/${id}`, chars);
    const bySize = await scaling(page, host, chars, id);
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    console.log(
      `main thread per keystroke, ${chars} characters, median of ${keys.rounds} rounds (${keys.perKeyRuns.map(f).join(', ')}): ${f(keys.perKeyMs)} net of idle (${f(keys.rawPerKeyMs)} raw), script ${f(keys.scriptPerKeyMs)}`,
    );
    console.log(
      `  a plain textarea in the same editor page ${f(keys.pageFloorPerKeyMs)} (our field's share: ${f(keys.ownPerKeyMs)}); the same page without any script ${f(keys.staticPerKeyMs)} (all our code and React: ${f(Math.max(0, keys.perKeyMs - keys.staticPerKeyMs))}); a bare textarea on an empty page ${f(keys.floorPerKeyMs)}`,
    );
    console.log(
      `by document size, mean of 2 rounds: ${bySize.map((b) => `${b.events} events: script ${f(b.scriptPerKeyMs)}, whole ${f(b.perKeyMs)}`).join('; ')}`,
    );
    console.log(
      `BENCH_JSON ${JSON.stringify({ events: EVENTS, ops: opsCount, p50, p95, chars, ...keys, bySize })}`,
    );
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
