import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, expect, startHost, test, type RunningHost } from './fixtures';

const running: RunningHost[] = [];
let dataDir = '';

test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-restart-'));
});

test.afterEach(async () => {
  for (const host of running.splice(0)) await host.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<RunningHost> {
  const host = await startHost(dataDir);
  running.push(host);
  return host;
}

test('text typed while the host was down is saved after it restarts with --port 0', async ({
  page,
}) => {
  const first = await start();
  const { id } = await callApi<{ id: string }>(first, 'postmortems.create', {
    title: 'Restart test',
  });
  await page.goto(`${first.url}#/postmortem/${id}`);
  const whatHappened = page
    .getByRole('region', { name: '1. Incident summary' })
    .getByLabel('What happened');
  await expect(whatHappened).toBeVisible();

  // The host dies; the facilitator keeps typing: the save fails, the draft stays in the page.
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  await whatHappened.fill('Typed while the host was down');
  await expect(page.getByTestId('save-status')).toContainText('Not saved', { timeout: 10_000 });

  // A new run of the README's command, in the same browser: the same address, so the same storage.
  const second = await start();
  expect(second.origin).toBe(first.origin);
  await page.goto(`${second.url}#/postmortem/${id}`);
  await expect(whatHappened).toHaveValue('Typed while the host was down');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved/, { timeout: 10_000 });
  const stored = await callApi<{ summary: { whatHappened: string } }>(second, 'postmortems.get', {
    id,
  });
  expect(stored.summary.whatHappened).toBe('Typed while the host was down');
});

test('a data folder whose port is taken gets another one, and keeps it', async () => {
  const first = await start();
  const second = await startHost(dataDir); // the same folder, while the first still runs
  running.push(second);
  expect(second.origin).not.toBe(first.origin);
  await first.stop();
  await second.stop();
  const third = await start();
  expect(third.origin).toBe(second.origin);
});
