import fs from 'node:fs';
import path from 'node:path';
import type { Postmortem } from '../../shared/domain';
import type { StagedPreview } from '../../shared/evidence';
import { callApi, expect, test } from './fixtures';

/** A CSV as wide as SQLite allows, in the grid; and the evidence filling the window. */

test('a 2,000-column file shows in the grid, read a block of columns at a time, and full screen fills the window', async ({
  page,
  host,
}) => {
  test.slow(); // Imports and draws a 2,000-column file.
  const columns = 2000;
  const header = ['timestamp', ...Array.from({ length: columns - 1 }, (_, i) => `f${i + 1}`)];
  const lines = [header.join(',')];
  for (let r = 0; r < 30; r++) {
    const t = new Date(Date.UTC(2026, 2, 11, r)).toISOString();
    lines.push([t, ...Array.from({ length: columns - 1 }, (_, i) => r * 10_000 + i + 1)].join(','));
  }
  const file = path.join(host.dataDir, 'wide.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const pm = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Wide export' });
  const preview = await callApi<StagedPreview>(host, 'evidence.stage', {
    postmortemId: pm.id,
    filePath: file,
  });
  await callApi(host, 'evidence.commit', { stagingId: preview.stagingId });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /Wide export/ })
    .first()
    .click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Diagnosis/ })
    .click();
  const panel = page.getByRole('region', { name: 'Evidence', exact: true });
  const grid = panel.getByRole('table', { name: 'Rows of wide.csv' });
  await expect(grid).toHaveAttribute('aria-colcount', String(columns + 1));
  await expect(panel.getByText('30 of 30 rows')).toBeVisible();
  // Only the columns in view are in the DOM.
  expect(await grid.getByRole('columnheader').count()).toBeLessThan(40);

  await grid.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const last = grid.getByRole('columnheader', { name: /^f1999/ });
  await expect(last).toBeVisible();
  const row3 = grid.locator('[role="row"][aria-rowindex="4"]');
  await expect(row3.locator(`[aria-colindex="${columns + 1}"]`)).toHaveText('21999');
  await expect(panel.getByText(/Rows could not be read/)).toHaveCount(0);

  await panel.getByRole('button', { name: 'Full screen' }).click();
  const box = (await panel.boundingBox())!;
  expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 1280, 720]);
  await grid.focus();
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('button', { name: 'Full screen' })).toBeFocused();
  expect((await panel.boundingBox())!.width).toBeLessThan(1280);
});
