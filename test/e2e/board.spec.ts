import type { Page } from '@playwright/test';
import type { Postmortem } from '../../shared/domain';
import { applyOps, callApi, expect, test, type Host } from './fixtures';

const action = (id: string, description: string, owner: string, dueDate: string | null) => ({
  op: 'insert',
  list: 'actions',
  before: null,
  item: {
    id,
    area: 'detection',
    description,
    owner,
    dueDate,
    status: 'open',
    reviewDate: null,
    hint: '',
  },
});

/** Two postmortems of actions, alone in the library (the demo goes to the bin). */
async function seed(host: Host) {
  for (const p of await callApi<{ id: string }[]>(host, 'postmortems.list', {}))
    await callApi(host, 'postmortems.delete', { id: p.id });
  const fraud = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Fraud spike' });
  await applyOps(host, fraud.id, [
    {
      op: 'insert',
      list: 'rootCauses',
      before: null,
      item: { id: 'c1', layer: 'monitoring', description: 'No alert on the flag rate', hint: '' },
    },
    action('a1', 'Alert on the flag rate', 'Amara', '2020-02-01'),
    action('a2', 'Write the rollback runbook', 'Bo', '2099-01-01'),
    { op: 'link', kind: 'action_cause', from: 'a1', to: 'c1' },
  ]);
  const churn = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Churn freeze' });
  await applyOps(host, churn.id, [action('b1', 'Monitor the feature freshness', 'Amara', null)]);
  return { fraud, churn };
}

const board = (page: Page) => page.getByRole('list', { name: 'Actions' });
const rows = (page: Page) =>
  board(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('combobox') });

test('closes an action from the board and its postmortem shows it done', async ({
  page,
  host,
  context,
}) => {
  const { fraud } = await seed(host);
  const editor = await context.newPage();
  await editor.goto(`${host.url}#/postmortem/${fraud.id}`);
  const inEditor = editor
    .getByRole('region', { name: '6. Corrective actions' })
    .getByRole('group', { name: 'Action 1' })
    .getByLabel('Status');
  await expect(inEditor).toHaveValue('open');

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Actions board' }).click();
  await expect(page.getByRole('heading', { name: 'Actions board' })).toBeVisible();
  // Overdue first, then by due date, undated last.
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).first()).toContainText('Alert on the flag rate');
  await expect(rows(page).first()).toContainText('Overdue');
  await expect(rows(page).last()).toContainText('Monitor the feature freshness');
  await expect(page.getByText('3 actions.')).toBeVisible();

  await page.getByLabel('Owner').fill('amara');
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel('Overdue only').check();
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Overdue only').uncheck();
  await page.getByLabel('Owner').fill('');

  await page
    .getByRole('combobox', { name: 'Status of Alert on the flag rate' })
    .selectOption('done');
  // The board shows open work by default: the closed action leaves it, and its postmortem's
  // open window shows it done without a reload.
  await expect(rows(page)).toHaveCount(2);
  await expect(inEditor).toHaveValue('done');
  // The board's change is the board window's undo step, not the editor's.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inEditor).toHaveValue('open');
  await expect(rows(page)).toHaveCount(3);

  await page.getByLabel('Review date of Alert on the flag rate').fill('2026-12-01');
  await page.getByLabel('Review date of Alert on the flag rate').blur();
  await expect(
    editor
      .getByRole('region', { name: '6. Corrective actions' })
      .getByRole('group', { name: 'Action 1' })
      .getByLabel('Review date'),
  ).toHaveValue('2026-12-01');

  // Each action links back to the causes it answers, in its postmortem.
  await page.getByRole('button', { name: 'Open cause: No alert on the flag rate' }).click();
  await expect(page.getByRole('heading', { name: '4. Root causes' })).toBeFocused();
});

test('a new postmortem’s meeting opens with the overdue actions of earlier ones', async ({
  page,
  host,
}) => {
  await seed(host);
  const next = await callApi<Postmortem>(host, 'postmortems.create', { title: 'New incident' });
  await page.goto(`${host.url}#/meeting/${next.id}`);
  const earlier = page.getByRole('list', { name: 'Overdue actions from earlier postmortems' });
  await expect(earlier.getByRole('listitem', { name: 'Alert on the flag rate' })).toBeVisible();
  // Not yet due, or undated: not overdue, not shown.
  await expect(earlier.getByRole('listitem', { name: 'Write the rollback runbook' })).toHaveCount(
    0,
  );
  await earlier
    .getByRole('combobox', { name: 'Status of Alert on the flag rate' })
    .selectOption('done');
  await expect(
    page.getByRole('heading', { name: 'Overdue actions from earlier postmortems' }),
  ).toHaveCount(0);
});
