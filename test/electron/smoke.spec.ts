import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appDir, whyElectronCannotRun } from './availability';

// The desktop app itself, through Playwright's Electron driver: launch, open the demo, run a
// meeting step, export the report. Where Electron cannot start here the tests are skipped with
// the reason (`npm run test:electron` then runs nothing and says so): never counted as passed.
const reason = whyElectronCannotRun();
test.skip(reason !== null, reason ?? '');
// One app through the three steps: after a failure the later steps would start from a wrong screen.
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let home: string;
let dataDir: string;

test.beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-electron-'));
  dataDir = path.join(home, 'data');
  // No executablePath: Playwright then finds Electron as `require('electron')` does and injects its
  // loader, which holds the app's 'ready' until the driver is attached (no first window missed).
  app = await electron.launch({
    args: [appDir, `--data-dir=${dataDir}`],
    cwd: appDir,
    env: appEnv(path.join(home, 'config')),
  });
});

/**
 * The test's environment for the app. ELECTRON_RUN_AS_NODE (set in some editors' terminals) would
 * start Node instead of the app. The single-instance lock and the window's storage live in
 * Electron's userData folder: on Linux one of the test's own, so an open copy of the app neither
 * blocks the test nor shares its storage.
 */
function appEnv(configHome: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return { ...env, XDG_CONFIG_HOME: configHome };
}

test.afterAll(async () => {
  await app?.close();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

test('launches with no Node in the page, and opens the demo from the library', async () => {
  const window = await app.firstWindow();
  await expect(window).toHaveTitle(/Postmortem Studio/);
  // The page has the bridge and nothing of Node: context isolation, sandbox, no integration.
  const page = await window.evaluate(() => ({
    bridge: typeof (window as unknown as { api?: unknown }).api,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(page).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
  await window
    .getByRole('list', { name: 'Postmortems' })
    .getByRole('button', { name: /Fraud model/ })
    .first()
    .click();
  await expect(window.getByRole('region', { name: '1. Incident summary' })).toBeVisible();
  // The back end keeps its database in the folder the test named, not in the user's own.
  expect(fs.readdirSync(dataDir)).toContain('documents.sqlite');
});

test('runs a meeting step', async () => {
  const window = await app.firstWindow();
  await window.getByRole('button', { name: 'Run the meeting' }).click();
  await window.getByRole('button', { name: /Start the meeting/ }).click();
  await expect(window.getByTestId('meeting-status')).toContainText('Running');
  const heading = window.getByRole('heading', { level: 1 });
  const first = (await heading.textContent()) ?? '';
  await window.getByRole('button', { name: /Next step/ }).click();
  await expect(heading).not.toHaveText(first);
  await expect(heading).not.toHaveText('');
});

test('exports the report as a PDF to the file the save dialog names', async () => {
  const window = await app.firstWindow();
  const target = path.join(home, 'report.pdf');
  // A native save dialog cannot be clicked by a test: in the main process it answers with the file.
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async () => ({
      canceled: false,
      filePath: file,
    })) as typeof dialog.showSaveDialog;
  }, target);
  await window.getByRole('button', { name: 'Export report' }).click();
  await window.getByRole('button', { name: /^Save PDF/ }).click();
  await expect(window.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    'report.pdf',
    { timeout: 60_000 },
  );
  const pdf = fs.readFileSync(target);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});
