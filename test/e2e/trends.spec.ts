import fs from 'node:fs';
import type { Postmortem } from '../../shared/domain';
import { applyOps, callApi, expect, test } from './fixtures';

test('shows the trends and downloads them as a Markdown summary', async ({ page, host }) => {
  for (const p of await callApi<{ id: string }[]>(host, 'postmortems.list', {}))
    await callApi(host, 'postmortems.delete', { id: p.id });
  for (const [title, started, detected] of [
    ['January drift', '2026-01-10T00:00:00Z', '2026-01-10T03:00:00Z'],
    ['March outage', '2026-03-02T00:00:00Z', '2026-03-02T01:00:00Z'],
  ] as const) {
    const created = await callApi<Postmortem>(host, 'postmortems.create', { title });
    await applyOps(host, created.id, [
      { op: 'set', list: 'doc', field: 'summary.startedAt', value: started },
      { op: 'set', list: 'doc', field: 'summary.detectedAt', value: detected },
      {
        op: 'insert',
        list: 'rootCauses',
        before: null,
        item: { id: 'c1', layer: 'monitoring', description: 'No alert', hint: '' },
      },
    ]);
  }
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Trends' }).click();
  await expect(page.getByRole('heading', { name: 'Trends', level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /Incidents per month, 3 months/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Monitoring 2/ })).toBeVisible();
  await expect(
    page.getByText(/Median 1\.0 h, 90th percentile 3\.0 h, over 2 incidents/),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download summary (Markdown)' }).click(),
  ]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('# Postmortem trends');
  expect(text).toContain('| 2026-02 | 0 |');
  expect(text).toContain('| Monitoring | 2 |');
});

test('an open postmortem shows similar past incidents and what was done then', async ({
  page,
  host,
}) => {
  const make = async (title: string, withAction: boolean) => {
    const created = await callApi<Postmortem>(host, 'postmortems.create', { title });
    await applyOps(host, created.id, [
      { op: 'set', list: 'doc', field: 'summary.modelName', value: 'eta-predictor' },
      ...(withAction
        ? [
            {
              op: 'insert',
              list: 'actions',
              before: null,
              item: {
                id: 'a1',
                area: 'detection',
                description: 'Alert on stale GPS feeds',
                owner: 'Ops',
                dueDate: null,
                status: 'done',
                reviewDate: null,
                hint: '',
              },
            },
          ]
        : []),
    ]);
    return created.id;
  };
  await make('ETA late in the rain', true);
  const now = await make('ETA late again', false);
  await page.goto(`${host.url}#/postmortem/${now}`);
  const similar = page.getByRole('complementary', { name: 'Similar past incidents' });
  await expect(similar.getByRole('button', { name: 'ETA late in the rain' })).toBeVisible();
  await expect(similar).toContainText('the same model');
  await expect(
    similar.getByRole('list', { name: 'What was done after ETA late in the rain' }),
  ).toContainText('Alert on stale GPS feeds — Done');
});
