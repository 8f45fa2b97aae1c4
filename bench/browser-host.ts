// What the benchmarks that drive the window share: the build, the command line, the built browser
// host on a data folder, Debian's Chromium, and waiting for the grid's rows.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const DEMO_TITLE = /Fraud model v13 flagged legitimate transactions/;
export const DEMO_FILE = 'fraud-predictions.csv';

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function buildIfStale(): void {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { buildIfStale } from './scripts/build-if-stale.mjs'; buildIfStale();",
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('The build failed; see above.');
}

export function cli<T>(args: string[]): T {
  const r = spawnSync(process.execPath, ['dist/main/cli.cjs', ...args, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`cli ${args[0]} failed: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as T;
}

export function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['dist/main/serve.cjs', '--data-dir', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`No address from the host:\n${output}`)),
      60_000,
    );
    child.stdout.on('data', () => {
      const line = output.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, url: line.trim() });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code}) before printing its address:\n${output}`));
    });
  });
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resolves when every row in view has its cells (no "…" placeholders left). */
export async function rowsLoaded(grid: Locator): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await grid.evaluate(async (el) => {
    const started = Date.now();
    for (;;) {
      const headers = [...el.querySelectorAll('[role="rowheader"]')];
      if (headers.length > 0 && headers.every((h) => h.textContent !== '…')) return;
      if (Date.now() - started > 60_000) throw new Error('Rows never arrived.');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

/** Opens the demo postmortem's diagnosis step; returns its evidence panel. */
export async function openDiagnosis(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: DEMO_TITLE }).first().click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Diagnosis/ })
    .click();
  const panel = page.getByRole('region', { name: 'Evidence', exact: true });
  await panel.scrollIntoViewIfNeeded();
  return panel;
}
