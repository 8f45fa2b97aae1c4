import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ColumnSummary, EvidenceInfo } from '../../shared/evidence';
import { callApi, expect, test, type Host } from './fixtures';

/**
 * The evidence workspace as the facilitator meets it in the diagnosis step of the demo postmortem:
 * the demo's prediction log is imported and pinned on first run.
 */

const DEMO_TITLE = /Fraud model v13 flagged legitimate transactions/;
const SMALL_CSV = path.resolve('test/fixtures/csv/e2e-small.csv');

async function openDemoDiagnosis(page: Page, host: Host): Promise<Locator> {
  await page.goto(host.url);
  await page.getByRole('button', { name: DEMO_TITLE }).first().click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Diagnosis/ })
    .click();
  const panel = page.getByRole('region', { name: 'Evidence', exact: true });
  await panel.scrollIntoViewIfNeeded();
  return panel;
}

async function demoEvidence(page: Page, host: Host): Promise<EvidenceInfo> {
  const list = await callApi<{ id: string; title: string }[]>(host, 'postmortems.list', {});
  const demo = list.find((p) => DEMO_TITLE.test(p.title));
  if (!demo) throw new Error('The demo postmortem was not seeded.');
  const files = await callApi<EvidenceInfo[]>(host, 'evidence.list', { postmortemId: demo.id });
  const file = files.find((f) => f.fileName === 'fraud-predictions.csv');
  if (!file) throw new Error('The demo evidence was not imported on first run.');
  return file;
}

test('the demo evidence: browse the grid, sort a column, see drift on amount', async ({
  page,
  host,
}) => {
  const panel = await openDemoDiagnosis(page, host);
  const evidence = await demoEvidence(page, host);
  const [amount] = await callApi<ColumnSummary[]>(host, 'evidence.columnSummary', {
    evidenceId: evidence.id,
    column: 'amount',
  });

  await expect(panel.getByRole('button', { name: /^fraud-predictions\.csv/ })).toBeVisible();
  const grid = panel.getByRole('table', { name: 'Rows of fraud-predictions.csv' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(evidence.rowCount + 1));
  await expect(
    panel.getByText(new RegExp(`of ${evidence.rowCount.toLocaleString('en-GB')} rows`)),
  ).toBeVisible();
  // Virtualised: the DOM holds a screenful of rows, never the file.
  expect(await grid.getByRole('row').count()).toBeLessThan(80);

  const amountIndex = evidence.columns.findIndex((c) => c.name === 'amount') + 2;
  const header = grid.getByRole('columnheader', { name: /^amount/ });
  const firstAmount = grid.locator(`[aria-rowindex="2"] [aria-colindex="${amountIndex}"]`);
  await header.getByRole('button', { name: /^amount/ }).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstAmount).toHaveText(String(amount!.min));
  await header.getByRole('button', { name: /^amount/ }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(firstAmount).toHaveText(String(amount!.max));

  // Scrolling far down fetches the rows there, page by page.
  await grid.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(grid.locator('[role="row"][aria-rowindex]').last()).not.toContainText('…');

  await panel.getByRole('tab', { name: 'Drift table' }).click();
  const amountRow = panel
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^amount/ }) });
  await expect(amountRow).toContainText('Drift', { timeout: 15_000 });
  await expect(amountRow).not.toContainText('No drift');
  await expect(panel.getByText(/Jensen-Shannon uses the natural log/)).toBeVisible();
  await panel.getByRole('radio', { name: 'Bonferroni' }).check();
  await expect(panel.getByText(/multiple-testing correction: Bonferroni/)).toBeVisible();
});

test('import a small CSV, change a type, commit, pin a histogram and see it under the question', async ({
  page,
  host,
}) => {
  test.slow(); // About forty steps: 18-27 s alone on a busy 2-core machine, over 30 s beside others.
  const panel = await openDemoDiagnosis(page, host);

  await panel.getByRole('button', { name: 'Import CSV…' }).click();
  await panel.getByLabel('Path of the CSV file on this computer').fill(SMALL_CSV);
  await panel.getByRole('button', { name: 'Read the file' }).click();

  await expect(
    panel.getByRole('heading', { name: 'Check e2e-small.csv before keeping it' }),
  ).toBeVisible();
  await expect(panel.getByText(/48 rows, 4 columns/)).toBeVisible();
  const unitsType = panel.getByLabel('Type of column units');
  await expect(unitsType).toHaveValue('integer');
  await unitsType.selectOption({ label: 'Decimal number' });
  await expect(panel.getByRole('radio', { name: 'Time column (timestamp)' })).toBeChecked();
  // The button says what happens: how many rows become evidence.
  await panel.getByRole('button', { name: 'Import 48 rows' }).click();

  const file = panel.getByRole('button', { name: /^e2e-small\.csv/ });
  await expect(file).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('table', { name: 'Rows of e2e-small.csv' })).toHaveAttribute(
    'aria-rowcount',
    '49',
  );
  await panel.getByRole('button', { name: 'Summary of units' }).click();
  await expect(panel.getByRole('region', { name: 'Summary of units' })).toContainText(
    'Decimal number',
  );

  await panel.getByRole('tab', { name: 'Compare windows' }).click();
  await panel.getByLabel('Baseline from (included)').fill('2026-03-11T00:00:00Z');
  await panel.getByLabel('Baseline to (excluded)').fill('2026-03-12T00:00:00Z');
  await panel.getByLabel('Incident from (included)').fill('2026-03-12T00:00:00Z');
  await panel.getByLabel('Incident to (excluded)').fill('2026-03-13T00:00:00Z');
  await panel.getByRole('button', { name: 'Compare these windows' }).click();
  await panel.getByLabel('Column', { exact: true }).selectOption('units');
  await expect(panel.getByText(/Baseline \(solid\) — 24 values/)).toBeVisible();
  await expect(panel.getByText(/Incident \(hatched\) — 24 values/)).toBeVisible();

  await panel.getByRole('button', { name: 'Pin the histogram…' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Pin the histogram' });
  await dialog.getByLabel('Pin to').selectOption({ label: 'Were inputs missing or malformed?' });
  await dialog.getByLabel('Caption').fill('e2e: units jump from single digits to twenties.');
  await dialog.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(panel.getByText('Pinned to “Were inputs missing or malformed?”.')).toBeVisible();

  // Rendered again from its spec wherever the question shows its pins.
  const pinned = page
    .getByRole('figure')
    .filter({ hasText: 'e2e: units jump from single digits to twenties.' });
  await expect(pinned).toHaveCount(1);
  await expect(pinned).toContainText('Distribution of units');
  await expect(pinned.getByRole('img', { name: /Distribution of units/ })).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('figure').filter({ hasText: 'e2e: units jump from single digits to twenties.' }),
  ).toContainText('Distribution of units');
});

test('a CSV dropped anywhere on the window opens the import, and a browser asks for its folder', async ({
  page,
  host,
}) => {
  const panel = await openDemoDiagnosis(page, host);
  // Back to the top of the document: the drop lands far from the evidence panel.
  await page.evaluate(() => window.scrollTo(0, 0));
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['a,b\n1,2\n'], 'late-labels.csv', { type: 'text/csv' }));
    return transfer;
  });
  await page.dispatchEvent('h1, h2', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop the CSV file to import it.')).toBeVisible();
  await page.dispatchEvent('h1, h2', 'drop', { dataTransfer });
  await expect(page.getByText('Drop the CSV file to import it.')).toBeHidden();
  await expect(panel.getByRole('heading', { name: 'Import a CSV file' })).toBeInViewport();
  await expect(panel.getByRole('status').filter({ hasText: 'late-labels.csv' })).toContainText(
    'complete the path above with its folder',
  );
  await expect(panel.getByLabel('Path of the CSV file on this computer')).toHaveValue(
    'late-labels.csv',
  );
});

test('a path or a file the import refuses is named at the path field itself', async ({
  page,
  host,
}) => {
  const panel = await openDemoDiagnosis(page, host);
  await panel.getByRole('button', { name: 'Import CSV…' }).click();
  const pathField = panel.getByLabel('Path of the CSV file on this computer');
  await pathField.fill('predictions.csv');
  await panel.getByRole('button', { name: 'Read the file' }).click();
  await expect(pathField).toHaveAttribute('aria-invalid', 'true');
  await expect(pathField).toHaveAccessibleDescription(/“predictions\.csv” is not a full path/);
  await expect(panel.getByRole('alert')).toContainText('is not a full path');

  await pathField.fill(path.resolve('test/fixtures/csv/no-such-file.csv'));
  await panel.getByRole('button', { name: 'Read the file' }).click();
  await expect(pathField).toHaveAccessibleDescription(
    /no-such-file\.csv: this file cannot be found/,
  );
});
