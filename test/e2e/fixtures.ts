import { test as base } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Host {
  /** The address the host printed: the page with its token. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  token: string;
  /** A fresh, empty data folder for this test only. */
  dataDir: string;
}

const serveBundle = path.resolve('dist/main/serve.cjs');

/**
 * Calls the back end through the same HTTP contract the window uses, but not through the window:
 * to set up data, and to read what is really stored.
 */
export async function callApi<T>(
  host: Pick<Host, 'origin' | 'token'>,
  channel: string,
  input: unknown,
): Promise<T> {
  const response = await fetch(`${host.origin}/api/call/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const outcome = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!outcome.ok) throw new Error(`${channel} failed: ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}

let fixtureBatch = 0;

/**
 * Changes a stored postmortem as another window would: one batch of operations, through the
 * contract ('postmortems.apply'), from a window id of the test's own.
 */
export async function applyOps(
  host: Pick<Host, 'origin' | 'token'>,
  postmortemId: string,
  ops: unknown[],
  windowId = 'e2e-other-window',
): Promise<{ batch: { revision: number } | null }> {
  return callApi(host, 'postmortems.apply', {
    postmortemId,
    windowId,
    batchId: `e2e-${process.pid}-${++fixtureBatch}-${Date.now()}`,
    ops,
  });
}

function waitForUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The host printed no address within 15 s:\n${output()}`)),
      15_000,
    );
    const check = () => {
      const line = output()
        .split('\n')
        .find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code}) before printing its address:\n${output()}`));
    });
  });
}

export interface RunningHost extends Host {
  child: ChildProcess;
  output(): string;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
}

/** Starts the built browser host on `dataDir` (`--port 0`, so the folder's port when free). */
export async function startHost(dataDir: string, args: string[] = []): Promise<RunningHost> {
  if (!fs.existsSync(serveBundle)) throw new Error('Run `npm run build` before the e2e tests.');
  const child = spawn(
    process.execPath,
    [serveBundle, '--data-dir', dataDir, '--port', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const url = await waitForUrl(child, () => output);
    const parsed = new URL(url);
    return {
      url,
      origin: parsed.origin,
      token: parsed.searchParams.get('token') ?? '',
      dataDir,
      child,
      output: () => output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * `host`: a browser host of its own per test (`node dist/main/serve.cjs --data-dir <fresh> --port 0`),
 * stopped after the test. It navigates nothing: tests open `host.url` themselves.
 */
export const test = base.extend<{ host: Host }>({
  // Playwright reads the first parameter's destructuring to learn a fixture's dependencies: none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-'));
    const running = await startHost(dataDir, ['--test-clock']);
    let orphans: unknown[] = [];
    try {
      await use({
        url: running.url,
        origin: running.origin,
        token: running.token,
        dataDir,
      });
    } finally {
      await running.stop();
      if (testInfo.status === 'passed') orphans = orphanRows(dataDir);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('host output', {
          body: running.output(),
          contentType: 'text/plain',
        });
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    if (orphans.length > 0) {
      throw new Error(
        `Rows whose foreign key points nowhere: ${JSON.stringify(orphans.slice(0, 5))}`,
      );
    }
  },
});

/** `PRAGMA foreign_key_check` of the data folder's documents database after the host stopped. */
function orphanRows(dataDir: string): unknown[] {
  const file = path.join(dataDir, 'documents.sqlite');
  if (!fs.existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('foreign_key_check') as unknown[];
  } finally {
    db.close();
  }
}

export { expect } from '@playwright/test';
