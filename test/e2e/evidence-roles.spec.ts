import type { Page } from '@playwright/test';
import { expect, test, type Host } from './fixtures';

/** Column roles in the drift table and the time series of the demo's prediction log. */

const DEMO_TITLE = /Fraud model v13 flagged legitimate transactions/;

async function openDemoDiagnosis(page: Page, host: Host) {
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

test('the drift table ranks features first, reports the model’s output apart, and leaves ids untested with real counts', async ({
  page,
  host,
}) => {
  // Several drift tables (roles changed, a reload): room for a busy 2-core machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = await openDemoDiagnosis(page, host);
  await panel.getByRole('tab', { name: 'Drift table' }).click();
  const table = panel.getByRole('table', { name: 'Drift per column' });
  const row = (name: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  await expect(row('amount')).toContainText('Drift', { timeout: 15_000 });
  await expect(panel.getByText(/\d+ of 6 tested features drift/)).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Model output' })).toContainText(
    'prediction (prediction): share of 1 / true 0.56 % (56 of 10,001) in the baseline → 34.94 % (174 of 498) in the incident',
  );
  // The first group is the features; ids and the time are not tested, yet count their values.
  const groups = table
    .getByRole('columnheader')
    .filter({ hasText: /^(Features|Model output|Metadata|Not tested)/ });
  await expect(groups.first()).toHaveText(/^Features/);
  await expect(row('request_id')).toContainText('Not tested');
  await expect(row('request_id')).toContainText('10,001 / 498');
  await expect(row('timestamp')).toContainText('10,001 / 498');

  // The table fits the panel: nothing scrolls sideways, even with a row's details open.
  await row('amount').getByRole('button', { name: 'Details of amount' }).click();
  const scroller = panel.locator('.ev-table-scroll').first();
  const fits = await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits).toBe(true);
  await expect(table.getByRole('rowheader', { name: /^amount/ })).toBeInViewport();

  // A role changed by hand moves the column and stays after a reload.
  await panel.getByText(/^Column roles:/).click();
  await panel.getByLabel('Role of confidence').selectOption('feature');
  await expect(panel.getByText(/\d+ of 7 tested features drift/)).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await panel.getByRole('tab', { name: 'Drift table' }).click();
  await expect(panel.getByText(/\d+ of 7 tested features drift/)).toBeVisible({ timeout: 15_000 });
  await panel.getByText(/^Column roles:/).click();
  await expect(panel.getByLabel('Role of confidence')).toHaveValue('feature');
  await panel
    .getByRole('button', { name: /Back to the inferred role \(prediction\) for confidence/ })
    .click();
  await expect(panel.getByText(/\d+ of 6 tested features drift/)).toBeVisible({ timeout: 15_000 });
});

test('over time: a rate is offered for 0/1 columns only, and any column’s missing share can be charted', async ({
  page,
  host,
}) => {
  const panel = await openDemoDiagnosis(page, host);
  await panel.getByRole('tab', { name: 'Over time' }).click();
  await panel.getByLabel('Show').selectOption({ label: 'Rate of a 0/1 or true/false column' });
  const options = await panel
    .getByLabel('Column', { exact: true })
    .locator('option')
    .allTextContents();
  expect(options).toEqual(['prediction']);
  await panel.getByLabel('Show').selectOption({ label: 'Missing share of a column' });
  await panel.getByLabel('Column', { exact: true }).selectOption('device_type');
  await expect(
    panel.getByRole('heading', { name: 'Share of rows missing device_type per 15 min bucket' }),
  ).toBeVisible();
  await expect(
    panel.getByRole('img', { name: /Rows missing device_type \(%\) over time/ }),
  ).toBeVisible();
});
