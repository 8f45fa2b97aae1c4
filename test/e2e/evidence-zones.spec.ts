import fs from 'node:fs';
import path from 'node:path';
import type { Postmortem } from '../../shared/domain';
import type { EvidenceInfo, EvidencePage } from '../../shared/evidence';
import { callApi, expect, test } from './fixtures';

/** A European export: clock times without a zone, decimal commas, semicolons. */
test('the import preview says which zone times without one are read in, lets the user choose, and reads 1,5 as 1.5', async ({
  page,
  host,
}) => {
  const file = path.join(host.dataDir, 'eu-export.csv');
  fs.writeFileSync(
    file,
    'ts;score;amount\n2024-07-01 12:00:00;0,5;1,25\n2024-07-01 13:00:00;0,75;10\n',
  );
  const pm = await callApi<Postmortem>(host, 'postmortems.create', {
    title: 'Amsterdam outage',
    timeZone: 'Europe/Amsterdam',
  });
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /Amsterdam outage/ })
    .first()
    .click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Diagnosis/ })
    .click();
  const panel = page.getByRole('region', { name: 'Evidence', exact: true });
  await panel.getByRole('button', { name: 'Import CSV…' }).click();
  await panel.getByLabel('Path of the CSV file on this computer').fill(file);
  await panel.getByRole('button', { name: 'Read the file' }).click();

  const notice = panel.getByRole('note', { name: /Times without a zone/ });
  await expect(notice).toContainText('2 values in “ts”');
  await expect(notice).toContainText('read as clock times in Europe/Amsterdam (UTC+02:00 then)');
  const zone = panel.getByLabel('Read times without a zone in');
  await expect(zone).toHaveValue('Europe/Amsterdam');
  await expect(panel.getByRole('list', { name: 'Warnings' })).toContainText(
    'Numbers in "score" are written with a decimal comma',
  );
  await expect(panel.getByLabel('Type of column score')).toHaveValue('real');

  await zone.selectOption('Asia/Tokyo');
  await expect(notice).toContainText('clock times in Asia/Tokyo (UTC+09:00 then)');
  await panel.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(panel.getByRole('button', { name: /^eu-export\.csv/ })).toContainText(
    'times without a zone read in Asia/Tokyo',
  );

  const [info] = await callApi<EvidenceInfo[]>(host, 'evidence.list', { postmortemId: pm.id });
  const rows = await callApi<EvidencePage>(host, 'evidence.page', {
    evidenceId: info!.id,
    offset: 0,
    limit: 2,
  });
  expect(rows.rows).toEqual([
    ['2024-07-01T03:00:00.000Z', 0.5, 1.25],
    ['2024-07-01T04:00:00.000Z', 0.75, 10],
  ]);
});
