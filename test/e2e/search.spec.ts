import type { Page } from '@playwright/test';
import type { Postmortem } from '../../shared/domain';
import { applyOps, callApi, expect, test } from './fixtures';

const list = (page: Page) => page.getByRole('list', { name: 'Postmortems' });
const titles = (page: Page) => list(page).getByRole('heading');

test('finds a word typed into a field in another window, highlighted where it was written', async ({
  page,
  host,
  context,
}) => {
  const created = await callApi<Postmortem>(host, 'postmortems.create', {
    title: 'Scores drifted overnight',
  });
  await page.goto(`${host.url}#/postmortem/${created.id}`);
  const editor = page;
  const library = await context.newPage();
  await library.goto(host.url);
  const search = library.getByRole('searchbox', { name: 'Search everything written' });
  await search.fill('zanzibarite');
  await expect(library.getByText('No postmortem matches “zanzibarite”.')).toBeVisible();

  await editor
    .getByRole('region', { name: '1. Incident summary' })
    .getByLabel('What happened')
    .fill('The zanzibarite feature arrived empty after the schema change.');
  // The library follows what other windows write while it searches: no reload, no retyping.
  await expect(titles(library)).toHaveText(['Scores drifted overnight']);
  const row = list(library).getByRole('listitem');
  await expect(row.getByText('What happened', { exact: true })).toBeVisible();
  await expect(row.locator('mark')).toHaveText('zanzibarite');
});

test('ranks matches across postmortems and narrows them by filters', async ({ page, host }) => {
  const make = async (title: string, ops: unknown[]) => {
    const created = await callApi<Postmortem>(host, 'postmortems.create', { title });
    await applyOps(host, created.id, ops);
  };
  await make('VAT rules stale', [
    { op: 'set', list: 'doc', field: 'summary.severity', value: 'SEV1' },
    { op: 'set', list: 'doc', field: 'summary.whatHappened', value: 'Invoices used 2020 VAT.' },
  ]);
  await make('Churn scores low', [
    { op: 'set', list: 'doc', field: 'summary.severity', value: 'SEV3' },
    { op: 'set', list: 'doc', field: 'summary.impactedWho', value: 'Finance read VAT reports.' },
  ]);
  await page.goto(host.url);
  const search = page.getByRole('searchbox', { name: 'Search everything written' });
  await search.fill('vat');
  // A match in the title ranks first.
  await expect(titles(page)).toHaveText(['VAT rules stale', 'Churn scores low']);
  await expect(page.getByText('2 postmortems match, best first.')).toBeVisible();
  await page.getByLabel('Severity').selectOption({ label: 'SEV3 – moderate' });
  await expect(titles(page)).toHaveText(['Churn scores low']);
  await search.fill('');
  await expect(titles(page)).toHaveText(['Churn scores low']);
  await page.getByLabel('Severity').selectOption({ label: 'Any' });
  await expect(titles(page)).toContainText(['VAT rules stale']);
});
