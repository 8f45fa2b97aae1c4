import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { PostmortemListItem } from '../../shared/domain';
import { callApi, expect, test } from './fixtures';

async function demoTitle(host: { origin: string; token: string }): Promise<string> {
  const [demo] = await callApi<PostmortemListItem[]>(host, 'postmortems.list', {});
  if (!demo) throw new Error('No demo postmortem.');
  return demo.title;
}

test('exports from the editor: a preview first, a progress bar, then the PDF downloads', async ({
  page,
  host,
}) => {
  const title = await demoTitle(host);
  await page.goto(host.url);
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('button', { name: 'Export report' }).click();
  const preview = page.getByRole('region', { name: 'Report preview' });
  await expect(preview.getByText('Figure 2.', { exact: true })).toBeVisible({ timeout: 15_000 });
  // Six pinned charts, then the cause tree and the fishbone of the root causes.
  await expect(preview.getByRole('img')).toHaveCount(8);
  await expect(preview.getByRole('img', { name: /^Cause tree of/ })).toBeVisible();
  await expect(
    preview.getByRole('heading', { name: '3. Diagnosis: what went wrong' }),
  ).toBeVisible();
  // The five-whys chains and the cause tree in words, as nested lists (as in the PDF).
  const treeInWords = preview.getByRole('listitem').filter({ hasText: /^The incident: / });
  await expect(treeInWords).toHaveCount(1);
  await expect(treeInWords.getByRole('list').first().getByRole('listitem').first()).toBeVisible();
  await expect(
    treeInWords.getByRole('listitem').filter({ hasText: 'The amount feature is defined twice' }),
  ).not.toHaveCount(0);

  // Names replaced by roles reach the preview too.
  await expect(preview).toContainText('Marit de Vries');
  await page.getByRole('checkbox', { name: 'Replace names by roles' }).check();
  await expect(preview).not.toContainText('Marit de Vries');
  await page.getByRole('checkbox', { name: 'Lessons learned' }).uncheck();
  await expect(preview.getByRole('heading', { name: '7. Lessons learned' })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Fraud-model-v13.*\.pdf$/);
  const file = path.join(host.dataDir, 'report.pdf');
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    /\(\d+ pages\)/,
  );
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Draft');
  expect(text).not.toContain('Marit de Vries');
  expect(text).not.toContain('Lessons learned');
});

test('exports the Markdown with its charts, zipped, from a library row', async ({ page, host }) => {
  const title = await demoTitle(host);
  await page.goto(host.url);
  await page.getByRole('button', { name: `Export ${title}` }).click();
  await page.getByRole('radio', { name: /^Markdown report/ }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-markdown\.zip$/);
  const file = path.join(host.dataDir, 'report.zip');
  await download.saveAs(file);
  const listing = Object.keys(unzipSync(fs.readFileSync(file))).join('\n');
  expect(listing).toMatch(/^Fraud-model-v13[^\n]*\.md$/m);
  // Six pinned charts, the cause tree and the fishbone.
  expect(listing.match(/-files\/figure-\d+\.svg$/gm)).toHaveLength(8);
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
});

test('the meeting offers the export at any step, and the closing recap with the meeting log', async ({
  page,
  host,
}) => {
  const [demo] = await callApi<PostmortemListItem[]>(host, 'postmortems.list', {});
  await page.goto(`${host.origin}/?token=${host.token}#/meeting/${demo!.id}`);
  await expect(page.getByRole('button', { name: 'Export report' })).toBeVisible();
  await page.getByRole('button', { name: /Start the meeting/ }).click();
  // Step by step, each click waiting for the step it leads to (a click on a stale step is a no-op).
  const next = page.getByRole('button', { name: /Next step/ });
  // The meeting has started once the next step is offered (isEnabled below does not wait).
  await expect(next).toBeEnabled();
  let title = await page.getByRole('heading', { level: 1 }).textContent();
  while (await next.isEnabled()) {
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title ?? '');
    title = await page.getByRole('heading', { level: 1 }).textContent();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Closing recap');
  await page.getByRole('button', { name: /End meeting/ }).click();
  await page
    .getByRole('dialog', { name: 'End the meeting?' })
    .getByRole('button', { name: 'End the meeting' })
    .click();
  const panel = page.getByRole('region', { name: 'Export the final report' });
  await expect(panel).toBeVisible();
  const preview = panel.getByRole('region', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { name: 'Appendix C. Meeting log' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(preview.getByRole('row', { name: /^Closing recap/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
});

test('a portable file downloaded from the editor imports back from the library as a new postmortem', async ({
  page,
  host,
}) => {
  const title = await demoTitle(host);
  await page.goto(host.url);
  await page.getByRole('button', { name: `Export ${title}` }).click();
  await page.getByRole('radio', { name: /^Portable postmortem file/ }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download portable file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.postmortem$/);
  const file = path.join(host.dataDir, 'copy.postmortem');
  await download.saveAs(file);

  await page.locator('summary').filter({ hasText: 'Import a portable postmortem file' }).click();
  const pathField = page.getByLabel('Full path of the .postmortem file');
  await pathField.fill(path.join(host.dataDir, 'nowhere.postmortem'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('nowhere.postmortem cannot be read: check the path.')).toBeVisible();
  await pathField.fill(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  const list = await callApi<PostmortemListItem[]>(host, 'postmortems.list', {});
  expect(list.filter((p) => p.title === title)).toHaveLength(2);
});
