import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Postmortem } from '../../shared/domain';
import type { EvidenceInfo, StagedPreview } from '../../shared/evidence';
import { applyOps, callApi, expect, test, type Host } from './fixtures';

/**
 * The comparison windows of an evidence file: proposed from the summary's incident times, saved
 * when the facilitator chooses, and back on reload.
 */

const SMALL_CSV = path.resolve('test/fixtures/csv/e2e-small.csv');

/** A postmortem dated by its summary, with the small CSV imported into it (as the CLI would). */
async function datedPostmortem(host: Host, title: string): Promise<EvidenceInfo> {
  const created = await callApi<Postmortem>(host, 'postmortems.create', { title });
  const { id } = created;
  await applyOps(host, id, [
    { op: 'set', list: 'doc', field: 'summary.timeZone', value: 'Europe/Amsterdam' },
    { op: 'set', list: 'doc', field: 'summary.startedAt', value: '2026-03-12T12:00:00.000Z' },
    { op: 'set', list: 'doc', field: 'summary.endedAt', value: '2026-03-12T18:00:00.000Z' },
  ]);
  const preview = await callApi<StagedPreview>(host, 'evidence.stage', {
    postmortemId: id,
    filePath: SMALL_CSV,
  });
  return callApi<EvidenceInfo>(host, 'evidence.commit', { stagingId: preview.stagingId });
}

async function openCompare(page: Page, host: Host, title: string) {
  await page.goto(host.url);
  await page
    .getByRole('button', { name: new RegExp(title) })
    .first()
    .click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Diagnosis/ })
    .click();
  const panel = page.getByRole('region', { name: 'Evidence', exact: true });
  await panel.getByRole('tab', { name: 'Compare windows' }).click();
  return panel;
}

test('windows are proposed from the summary, saved when chosen, and back after a reload', async ({
  page,
  host,
}) => {
  await datedPostmortem(host, 'Store outage');
  let panel = await openCompare(page, host, 'Store outage');

  // Shown on the postmortem's clock (Amsterdam, CET in March).
  await expect(
    panel.getByText(/Incident: timestamp from 2026-03-12 13:00 CET to 2026-03-12 19:00 CET/),
  ).toBeVisible();
  await expect(panel.getByText(/Proposed from the summary/)).toBeVisible();
  await expect(panel.getByLabel('Incident from (included)')).toHaveValue(
    '2026-03-12T13:00:00+01:00',
  );

  await panel.getByLabel('Baseline from (included)').fill('2026-03-11T01:00:00+01:00');
  await panel.getByLabel('Baseline to (excluded)').fill('2026-03-12T01:00:00+01:00');
  await panel.getByLabel('Incident from (included)').fill('2026-03-12T01:00:00+01:00');
  await panel.getByLabel('Incident to (excluded)').fill('2026-03-13T01:00:00+01:00');
  await panel.getByRole('button', { name: 'Compare these windows' }).click();
  await expect(panel.getByText(/^Saved 20\d\d-/)).toBeVisible();
  await panel.getByLabel('Column', { exact: true }).selectOption('units');
  await expect(panel.getByText(/Baseline \(solid\) — 24 values/)).toBeVisible();

  await page.reload();
  panel = await openCompare(page, host, 'Store outage');
  await expect(
    panel.getByText(/Incident: timestamp from 2026-03-12 01:00 CET to 2026-03-13 01:00 CET/),
  ).toBeVisible();
  await expect(panel.getByText(/^Saved 20\d\d-/)).toBeVisible();
  await expect(panel.getByLabel('Baseline from (included)')).toHaveValue(
    '2026-03-11T01:00:00+01:00',
  );

  // Forgetting them goes back to the proposal.
  await panel.getByRole('button', { name: 'Forget the saved windows' }).click();
  await expect(panel.getByText(/Proposed from the summary/)).toBeVisible();
});

test('without incident times in the summary, the change that stands out in the data is proposed, and said', async ({
  page,
  host,
}) => {
  const created = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Undated' });
  const preview = await callApi<StagedPreview>(host, 'evidence.stage', {
    postmortemId: created.id,
    filePath: path.resolve('resources/demo/fraud-predictions.csv'),
  });
  await callApi(host, 'evidence.commit', { stagingId: preview.stagingId });
  const panel = await openCompare(page, host, 'Undated');
  await expect(
    panel.getByText(
      /Proposed from the data, which the summary does not date: the rate of prediction \(share of 1 \/ true\) is 34\.9 % from 2026-03-12 02:00 UTC to 2026-03-12 05:00 UTC, against 0\.6 % in the rest of the file/,
    ),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Keep these windows' }).click();
  await expect(panel.getByText(/^Saved 20\d\d-/)).toBeVisible();
});
