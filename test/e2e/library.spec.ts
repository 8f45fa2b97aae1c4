import type { Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Postmortem } from '../../shared/domain';
import { applyOps, callApi, expect, test, type Host } from './fixtures';

async function seed(page: Page, host: Host, title: string, modelName: string) {
  const created = await callApi<Postmortem>(host, 'postmortems.create', { title });
  await applyOps(host, created.id, [
    { op: 'set', list: 'doc', field: 'summary.modelName', value: modelName },
    { op: 'set', list: 'doc', field: 'summary.modelVersion', value: 'v1' },
  ]);
}

const list = (page: Page) => page.getByRole('list', { name: 'Postmortems' });
const titles = (page: Page) => list(page).getByRole('heading');
const row = (page: Page, title: string) =>
  list(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });

test('lists each postmortem with its model, incident date, status and last change', async ({
  page,
  host,
}) => {
  await seed(page, host, 'Churn model over-predicts', 'churn-gbm');
  await page.goto(host.url);
  const churn = row(page, 'Churn model over-predicts');
  await expect(churn).toContainText('churn-gbm v1');
  await expect(churn).toContainText('No date');
  await expect(churn).toContainText('Draft');
  await expect(churn).toContainText('just now');
  // The absolute time is in the title and, for keyboard users, shown when the time has focus.
  const changed = churn.locator('time.relative-time');
  await expect(changed).toHaveAttribute('title', /\d{4}/);
  await changed.focus();
  await expect(changed).toContainText(/\(\w{3}, \d{1,2} \w{3} \d{4}/);
});

test('searches by title and by model, debounced, through the back end', async ({ page, host }) => {
  await seed(page, host, 'Fraud scorer false positives', 'fraud-xgb');
  await seed(page, host, 'Tax codes from 2020', 'tax-rules');
  await seed(page, host, 'Legal citations invented', 'contract-llm');
  await page.goto(host.url);
  await expect(row(page, 'Tax codes from 2020')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search everything written' });
  await search.fill('tax');
  await expect(titles(page)).toHaveText(['Tax codes from 2020']);
  await search.fill('contract-llm');
  await expect(titles(page)).toHaveText(['Legal citations invented']);
  await search.fill('no such thing');
  await expect(page.getByText('No postmortem matches “no such thing”.')).toBeVisible();
  await search.fill('');
  await expect(row(page, 'Fraud scorer false positives')).toBeVisible();
  await expect(row(page, 'Legal citations invented')).toBeVisible();
});

test('renames inline, with Escape to cancel', async ({ page, host }) => {
  await seed(page, host, 'Old title', 'm');
  await page.goto(host.url);
  await row(page, 'Old title')
    .getByRole('button', { name: /^Rename / })
    .click();
  const input = page.getByRole('textbox', { name: 'New title for Old title' });
  await expect(input).toBeFocused();
  await input.fill('Discarded title');
  await input.press('Escape');
  await expect(row(page, 'Old title')).toBeVisible();

  await row(page, 'Old title')
    .getByRole('button', { name: /^Rename / })
    .click();
  await page.getByRole('textbox', { name: 'New title for Old title' }).fill('   ');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByText('The title cannot be empty.')).toBeVisible();
  await page.getByRole('textbox', { name: 'New title for Old title' }).fill('New title');
  await page.keyboard.press('Enter');
  await expect(row(page, 'New title')).toBeVisible();
  await page.reload();
  await expect(row(page, 'New title')).toBeVisible();
  await expect(row(page, 'Old title')).toHaveCount(0);
});

test('duplicates a postmortem', async ({ page, host }) => {
  await seed(page, host, 'Original', 'model-a');
  await page.goto(host.url);
  await row(page, 'Original')
    .getByRole('button', { name: /^Duplicate / })
    .click();
  const copy = row(page, 'Copy of Original');
  await expect(copy).toBeVisible();
  await expect(copy).toContainText('model-a v1');
  await expect(row(page, 'Original')).toBeVisible();
});

test('deletes after confirmation, and Undo brings it back', async ({ page, host }) => {
  await seed(page, host, 'To be deleted', 'm');
  await page.goto(host.url);

  await row(page, 'To be deleted')
    .getByRole('button', { name: /^Delete / })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete “To be deleted”?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'To be deleted')).toBeVisible();

  await row(page, 'To be deleted')
    .getByRole('button', { name: /^Delete / })
    .click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, 'To be deleted')).toHaveCount(0);
  // The title is isolated in the message (U+2068 … U+2069) so its direction stays its own.
  await expect(page.getByText(/^Deleted “\u2068To be deleted\u2069”\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'To be deleted')).toBeVisible();
  await page.reload();
  await expect(row(page, 'To be deleted')).toBeVisible();
});

test('a deleted postmortem waits in the recycle bin and comes back from it after the toast is gone', async ({
  page,
  host,
}) => {
  await seed(page, host, 'Binned by mistake', 'm');
  await page.goto(host.url);
  await row(page, 'Binned by mistake')
    .getByRole('button', { name: /^Delete / })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Binned by mistake”?' });
  await expect(dialog).toHaveAccessibleDescription(
    'It moves to the recycle bin under the library, where it can be restored for 30 days.',
  );
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, 'Binned by mistake')).toHaveCount(0);
  // The toast's Undo is gone (dismissed, or its seconds passed): the bin still has it.
  await page.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  await page.getByText('Recycle bin (1)').click();
  const bin = page.getByRole('list', { name: 'Recycle bin' });
  await expect(bin.getByRole('listitem')).toHaveCount(1);
  await expect(bin.getByRole('listitem')).toContainText('Binned by mistake');
  await expect(bin.getByRole('listitem')).toContainText(/Deleted just now; removed for good on/);
  await bin.getByRole('button', { name: 'Restore Binned by mistake' }).click();
  await expect(row(page, 'Binned by mistake')).toBeVisible();
  await expect(page.getByText('The recycle bin is empty.')).toBeVisible();
  await expect(page.getByText('Recycle bin (0)')).toBeVisible();
  await page.reload();
  await expect(row(page, 'Binned by mistake')).toBeVisible();
});

test('closing the delete confirmation hands focus back to the row’s Delete button', async ({
  page,
  host,
}) => {
  await seed(page, host, 'Kept after all', 'm');
  await page.goto(host.url);
  const del = row(page, 'Kept after all').getByRole('button', { name: /^Delete / });
  const dialog = page.getByRole('dialog', { name: 'Delete “Kept after all”?' });

  await del.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(del).toBeFocused();

  await del.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(del).toBeFocused();
});

test('an empty library invites to create, blank or from a scenario', async ({ page, host }) => {
  await page.goto(host.url);
  // A fresh data folder may hold the demo postmortem: delete everything through the window first.
  const deleteButtons = list(page).getByRole('button', { name: /^Delete / });
  await expect(page.getByText('Loading…')).toBeHidden();
  for (let left = await deleteButtons.count(); left > 0; left--) {
    await deleteButtons.first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(deleteButtons).toHaveCount(left - 1);
  }
  await expect(page.getByText('No postmortems yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start a postmortem' })).toBeVisible();

  const fromTemplate = page.getByRole('button', { name: /^Create from template: / }).first();
  const templateName = (await fromTemplate.getAttribute('aria-label'))!.replace(
    'Create from template: ',
    '',
  );
  await fromTemplate.click();
  await expect(page.getByLabel('Title', { exact: true })).not.toHaveValue('');
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(titles(page)).toHaveCount(1);
  expect(templateName.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'New blank postmortem' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Untitled postmortem');
  await page.goBack();
  await expect(titles(page)).toHaveCount(2);
});

/** A host of this test's own on a given folder, because the database is damaged between two runs. */
async function runHost(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [path.resolve('dist/main/serve.cjs'), '--data-dir', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No address within 15 s:\n${output}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`The host exited (${code}):\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, stop };
}

test('a damaged database is reported with its newest good backup, which restores', async ({
  page,
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-damaged-'));
  try {
    const first = await runHost(dataDir);
    await first.stop();
    const database = path.join(dataDir, 'documents.sqlite');
    expect(fs.existsSync(database)).toBe(true);
    fs.writeFileSync(database, Buffer.alloc(8192, 0x5a));
    for (const side of ['-wal', '-shm']) fs.rmSync(database + side, { force: true });

    const second = await runHost(dataDir);
    try {
      await page.goto(second.url);
      await expect(
        page.getByRole('heading', { name: 'The postmortem database is damaged' }),
      ).toBeVisible();
      const backup = page.getByRole('region', { name: 'Newest good backup' });
      await expect(backup).toContainText('.sqlite');
      await backup.getByRole('button', { name: 'Restore this backup' }).click();
      await expect(page.getByRole('heading', { name: 'Postmortems', exact: true })).toBeVisible();
      await expect(page.getByText(/Restored the backup/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'New blank postmortem' })).toBeEnabled();
    } finally {
      await second.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
