import type { Page } from '@playwright/test';
import type { Postmortem } from '../../shared/domain';
import { applyOps, callApi, expect, test, type Host } from './fixtures';
import { measureFit } from './presenter-helpers';

const action = (
  id: string,
  description: string,
  area: string,
  dueDate: string | null,
  owner = 'Amara',
) => ({
  op: 'insert',
  list: 'actions',
  before: null,
  item: { id, area, description, owner, dueDate, status: 'open', reviewDate: null, hint: '' },
});

/** Two postmortems with three overdue actions between them, alone in the library. */
async function seed(host: Host) {
  for (const p of await callApi<{ id: string }[]>(host, 'postmortems.list', {}))
    await callApi(host, 'postmortems.delete', { id: p.id });
  const fraud = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Fraud spike' });
  await applyOps(host, fraud.id, [
    action('a1', 'Alert on the flag rate', 'detection', '2020-02-01'),
    action('a2', 'Write the rollback runbook', 'process_improvement', '2099-01-01', 'Bo'),
    action('a3', 'Freeze the feature schema', 'prevention', '2020-03-01', 'Bo'),
  ]);
  const churn = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Churn freeze' });
  await applyOps(host, churn.id, [
    action('b1', 'Fall back to yesterday’s scores', 'mitigation', '2020-01-15'),
  ]);
  return { fraud, churn };
}

const outcome = (page: Page) => page.getByRole('form', { name: 'Outcome of this action' });
const current = (page: Page) => page.getByRole('region', { name: /^Action \d of \d$/ });

async function openBoard(page: Page, host: Host) {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Actions board' }).click();
  await expect(page.getByRole('heading', { name: 'Actions board' })).toBeVisible();
}

test('an action closed on the board shows done in its postmortem and in the next follow-up review', async ({
  page,
  host,
  context,
}) => {
  const { fraud } = await seed(host);
  const editor = await context.newPage();
  await editor.goto(`${host.url}#/postmortem/${fraud.id}`);
  const actions = editor.getByRole('region', { name: '6. Corrective actions' });
  await expect(actions.getByRole('group', { name: 'Action 1' }).getByLabel('Status')).toHaveValue(
    'open',
  );

  await openBoard(page, host);
  await page
    .getByRole('combobox', { name: 'Status of Alert on the flag rate' })
    .selectOption('done');
  await expect(actions.getByRole('group', { name: 'Action 1' }).getByLabel('Status')).toHaveValue(
    'done',
  );

  // Starting without a choice says what to do.
  await page.getByRole('button', { name: 'Review the chosen postmortems’ actions' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least one postmortem');
  await page.getByRole('checkbox', { name: 'Fraud spike' }).check();
  await page.getByRole('button', { name: 'Review the chosen postmortems’ actions' }).click();
  await expect(page.getByRole('heading', { name: 'Opening: what we review' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('heading', { name: 'The actions, one by one' })).toBeVisible();

  // The closed action is in the review, done, with its area's question.
  const list = page.getByRole('region', { name: 'Actions to review' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('Alert on the flag rate');
  await expect(list.getByRole('listitem').first()).toContainText('Done');
  await expect(current(page)).toContainText('now done');
  await expect(outcome(page).getByRole('radio', { name: 'Done', exact: true })).toBeChecked();
  await expect(
    outcome(page).getByRole('group', { name: /Did the new alert fire when it should have\?/ }),
  ).toBeVisible();
  await outcome(page).getByRole('radio', { name: 'Yes, it worked' }).check();
  await outcome(page).getByLabel('Note').fill('Fired on the 3rd, caught the spike');
  await outcome(page).getByRole('button', { name: 'Save outcome' }).click();
  await expect(current(page).getByTestId('recorded-outcome')).toContainText('Done, worked');

  // The postmortem shows the last review's outcome beside the action.
  await expect(
    actions.getByRole('group', { name: 'Action 1' }).getByTestId('last-review'),
  ).toContainText('Done, worked — Fired on the 3rd');
});

test('a follow-up review runs through three overdue actions from two postmortems, and a reload keeps everything', async ({
  page,
  host,
  context,
}) => {
  const { fraud } = await seed(host);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openBoard(page, host);
  await page.getByRole('button', { name: 'Review the overdue actions' }).click();
  await expect(page.getByRole('heading', { name: 'Opening: what we review' })).toBeVisible();
  const reviewUrl = page.url();
  const reviewId = /#\/review\/(.+)$/.exec(reviewUrl)![1]!;
  const followed = page.getByRole('region', { name: 'Postmortems followed up' });
  await expect(followed).toContainText('Churn freeze');
  await expect(followed).toContainText('Fraud spike');
  await page.getByLabel('Who attended (names, separated by commas)').fill('Amara, Bo');
  await page.getByRole('button', { name: 'Save who attended' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(`${host.url}#/review-present/${reviewId}`);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Opening: what we review');
  await expect(presenter.getByText('Amara, Bo')).toBeVisible();

  // The meeting's keys, once the focus is out of the form (Space on a button presses it).
  await page.getByRole('heading', { name: 'Opening: what we review' }).click();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('meeting-status')).toHaveText('Running');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'The actions, one by one' })).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('The actions, one by one');

  // Most overdue first: the churn fallback, then the two fraud actions.
  await expect(current(page)).toHaveAccessibleName('Action 1 of 3');
  await expect(current(page)).toContainText('Fall back to yesterday’s scores');
  await expect(presenter.getByText('Fall back to yesterday’s scores')).toBeVisible();
  await expect(presenter.getByText('Did it limit the harm when it was needed?')).toBeVisible();
  const fit = await measureFit(presenter);
  expect(fit.small).toEqual([]);
  expect(fit.cut).toEqual([]);

  // Bad input: a clear message naming the fields, nothing saved.
  await outcome(page).getByRole('radio', { name: 'Not done yet' }).check();
  await outcome(page).getByRole('radio', { name: 'Yes, it worked' }).check();
  await outcome(page).getByRole('button', { name: 'Save outcome' }).click();
  const problem = outcome(page).getByRole('alert');
  await expect(problem).toContainText('Worked: an action that is not done cannot have worked yet');
  await expect(problem).toContainText('Next review date: the action is not done');
  await outcome(page).getByRole('radio', { name: 'Not yet known' }).check();
  await outcome(page).getByLabel('Note').fill('Waiting on the vendor');
  await outcome(page).getByLabel('Next review date').fill('2099-01-10');
  await outcome(page).getByRole('button', { name: 'Save and go to the next action' }).click();

  await expect(current(page)).toHaveAccessibleName('Action 2 of 3');
  await expect(current(page)).toContainText('Alert on the flag rate');
  await expect(presenter.getByText('Alert on the flag rate')).toBeVisible();
  await outcome(page).getByRole('radio', { name: 'Done', exact: true }).check();
  await outcome(page).getByRole('radio', { name: 'Yes, it worked' }).check();
  await outcome(page).getByRole('button', { name: 'Save and go to the next action' }).click();

  await expect(current(page)).toHaveAccessibleName('Action 3 of 3');
  await expect(current(page)).toContainText('Freeze the feature schema');
  await outcome(page).getByRole('radio', { name: 'Done', exact: true }).check();
  await outcome(page).getByLabel('Next review date').fill('2099-02-01');
  await outcome(page).getByRole('button', { name: 'Save outcome' }).click();
  await expect(current(page).getByTestId('recorded-outcome')).toContainText(
    'Done, not yet known if it works · next review 2099-02-01',
  );

  await page.getByRole('button', { name: 'Next step' }).click();
  const dates = page.getByRole('table', { name: 'Next review dates' });
  await expect(dates.getByRole('row')).toHaveCount(3);
  await expect(dates.getByRole('row').nth(1)).toContainText('2099-01-10');
  await expect(dates.getByRole('row').nth(2)).toContainText('2099-02-01');
  await page.getByRole('button', { name: 'Next step' }).click();
  const found = page.getByRole('region', { name: 'What the review found' });
  await expect(found).toContainText('3 of 3 actions reviewed');
  await expect(found).toContainText('2 done');

  // The board lists the review, to open it again.
  await openBoard(page, host);
  await expect(
    page.getByRole('list', { name: 'Recent follow-up reviews' }).getByRole('listitem').first(),
  ).toContainText('3 of 3 recorded · running');
  await page.goto(reviewUrl);

  // After a reload: the step, the attendees, every outcome, and the actions themselves.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Close', exact: true })).toBeVisible();
  await expect(found).toContainText('Yes, it worked: 1 · No, it did not: 0 · Not yet known: 2');
  await page.getByRole('button', { name: 'Go to step 1: Opening: what we review' }).click();
  await expect(page.getByLabel('Who attended (names, separated by commas)')).toHaveValue(
    'Amara, Bo',
  );
  await page.getByRole('button', { name: 'Go to step 2: The actions, one by one' }).click();
  const items = page.getByRole('region', { name: 'Actions to review' }).getByRole('listitem');
  await expect(items.nth(0)).toContainText('Open · Not done, not yet known if it works');
  await expect(items.nth(1)).toContainText('Done · Done, worked');
  await expect(items.nth(2)).toContainText('Done · Done, not yet known if it works');

  await page.goto(`${host.url}#/postmortem/${fraud.id}`);
  const second = page
    .getByRole('region', { name: '6. Corrective actions' })
    .getByRole('group', { name: 'Action 1' });
  await expect(second.getByLabel('Status')).toHaveValue('done');
  await expect(second.getByTestId('last-review')).toContainText('Done, worked');

  // The trends count what the review found, per area.
  await page.goto(`${host.url}#/trends`);
  const worked = page.getByRole('region', { name: 'Did the actions work?' });
  await expect(worked.getByRole('row', { name: 'Detection 1 0 0' })).toBeVisible();
  await expect(worked.getByRole('row', { name: 'Prevention 0 0 1' })).toBeVisible();
});

test('a long action is paged on the shared screen and the facilitator turns its pages', async ({
  page,
  host,
  context,
}) => {
  const pm = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Long story' });
  const long = Array.from(
    { length: 40 },
    (_, i) => `Step ${i + 1}: check the replay of logged requests against the training features.`,
  ).join(' ');
  await applyOps(host, pm.id, [action('l1', long, 'prevention', '2020-01-01')]);
  const review = await callApi<{ id: string }>(host, 'reviews.create', {
    scope: 'postmortems',
    postmortemIds: [pm.id],
    today: '2026-03-16',
  });
  await page.goto(`${host.url}#/review/${review.id}`);
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(`${host.url}#/review-present/${review.id}`);
  const cue = presenter.getByTestId('presenter-page');
  await expect(cue).toContainText(/1 \/ [2-9]/);
  await expect(cue).toContainText('More on the next page');
  const screen = page.getByRole('group', { name: 'Shared screen' });
  await expect(screen).toContainText(/page 1 of [2-9]/);
  expect((await measureFit(presenter)).small).toEqual([]);
  await screen.getByRole('button', { name: 'Next page' }).click();
  await expect(cue).toContainText(/2 \/ [2-9]/);
  const fit = await measureFit(presenter);
  expect([fit.small, fit.cut]).toEqual([[], []]);
  // A reload of the shared screen keeps the page.
  await presenter.reload();
  await expect(cue).toContainText(/2 \/ [2-9]/);
});

test('a review of more overdue actions than fit says how many wait for the next one', async ({
  page,
  host,
}) => {
  for (const p of await callApi<{ id: string }[]>(host, 'postmortems.list', {}))
    await callApi(host, 'postmortems.delete', { id: p.id });
  const many = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Many actions' });
  await applyOps(
    host,
    many.id,
    Array.from({ length: 62 }, (_, n) =>
      action(`m${n}`, `Overdue action ${n + 1}`, 'detection', '2020-02-01'),
    ),
  );
  await openBoard(page, host);
  await page.getByRole('button', { name: 'Review the overdue actions' }).click();
  await expect(page.getByRole('heading', { name: 'Opening: what we review' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'This review walks' })).toContainText(
    'This review walks 60 actions (the most overdue first) to stay a short meeting; 2 more actions wait on the actions board for the next review.',
  );
});

test('the review leads back to the actions board, also when it cannot be opened', async ({
  page,
  host,
}) => {
  await seed(host);
  await openBoard(page, host);
  await page.getByRole('button', { name: 'Review the overdue actions' }).click();
  await expect(page.getByRole('heading', { name: 'Opening: what we review' })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Actions board' }).click();
  await expect(page.getByRole('heading', { name: 'Actions board', level: 1 })).toBeVisible();

  await page.goto(`${host.url}#/review/no-such-review`);
  await expect(
    page.getByRole('heading', { name: 'The follow-up review could not be opened' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to the actions board' }).click();
  await expect(page.getByRole('heading', { name: 'Actions board', level: 1 })).toBeVisible();
});
