import type { Page } from '@playwright/test';
import { expect, test, type Host } from './fixtures';

/** The evidence workspace by keyboard and pointer: its tabs, and the time-series brush. */

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

test('the evidence tabs follow the tabs pattern: arrows, Home and End move and select', async ({
  page,
  host,
}) => {
  const panel = await openDemoDiagnosis(page, host);
  const tab = (name: string) => panel.getByRole('tab', { name });
  await tab('Data').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Over time')).toBeFocused();
  await expect(tab('Over time')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('tabpanel')).toContainText('Rows per');
  await page.keyboard.press('End');
  await expect(tab('Drift table')).toBeFocused();
  await expect(tab('Drift table')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Data')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Drift table')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Data')).toHaveAttribute('aria-selected', 'true');
  // Only the selected tab is in the tab order.
  await expect(tab('Data')).toHaveAttribute('tabindex', '0');
  await expect(tab('Over time')).toHaveAttribute('tabindex', '-1');
});

test('the brush steps a bucket or an hour by key, announces times on the postmortem’s clock, and follows a drag', async ({
  page,
  host,
}) => {
  const panel = await openDemoDiagnosis(page, host);
  await panel.getByRole('tab', { name: 'Over time' }).click();
  const start = panel.getByRole('slider', { name: 'Start of the brushed range' });
  const end = panel.getByRole('slider', { name: 'End of the brushed range' });
  // The demo's incident (02:00–05:00 UTC) on Amsterdam's clock, buckets of 15 minutes.
  await expect(start).toHaveAttribute('aria-valuetext', '2026-03-12 03:00 CET');
  await expect(end).toHaveAttribute('aria-valuetext', '2026-03-12 06:00 CET');
  await start.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(start).toHaveAttribute('aria-valuetext', '2026-03-12 02:45 CET');
  await page.keyboard.press('PageDown');
  await expect(start).toHaveAttribute('aria-valuetext', '2026-03-12 01:45 CET');
  await page.keyboard.press('ArrowRight');
  await expect(start).toHaveAttribute('aria-valuetext', '2026-03-12 02:00 CET');

  // A 200 px drag in three moves: the handle follows all of it (within a bucket's width).
  const track = panel.locator('.ev-brush-track');
  const trackBox = (await track.boundingBox())!;
  const before = (await end.boundingBox())!;
  const x = before.x + before.width / 2;
  const y = before.y + before.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 70, y, { steps: 1 });
  await page.mouse.move(x + 140, y, { steps: 1 });
  await page.mouse.move(x + 200, y, { steps: 1 });
  await page.mouse.up();
  const after = (await end.boundingBox())!;
  const bucketPx = (trackBox.width / (48 * 4)) * 1.01;
  expect(Math.abs(after.x - before.x - 200)).toBeLessThanOrEqual(bucketPx);

  await panel.getByRole('button', { name: 'Use as incident' }).click();
  await panel.getByRole('tab', { name: 'Compare windows' }).click();
  await expect(panel.getByText(/Incident: timestamp from 2026-03-12 02:00 CET/)).toBeVisible();
  await expect(panel.getByText(/^Saved 20\d\d-/)).toBeVisible();
});
