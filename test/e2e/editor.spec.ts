import type { Page } from '@playwright/test';
import type { Postmortem } from '../../shared/domain';
import { diagnosisQuestionId, lessonPromptId } from '../../shared/domain';
import path from 'node:path';
import { applyOps, callApi, expect, test, type Host } from './fixtures';

const SMALL_CSV = path.resolve('test/fixtures/csv/e2e-small.csv');

async function stored(page: Page, host: Host, title: string): Promise<Postmortem> {
  const rows = await callApi<{ id: string; title: string }[]>(host, 'postmortems.list', {});
  const row = rows.find((r) => r.title === title);
  if (!row) throw new Error(`No stored postmortem titled "${title}".`);
  return callApi<Postmortem>(host, 'postmortems.get', { id: row.id });
}

const saveStatus = (page: Page) => page.getByRole('banner').getByRole('status');

async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText(/(^|\s)Saved$/, { timeout: 10_000 });
}

async function createBlank(page: Page, host: Host, title: string) {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New blank postmortem' }).click();
  const titleField = page.getByLabel('Title', { exact: true });
  await expect(titleField).toHaveValue('Untitled postmortem');
  await titleField.fill(title);
  await expectSaved(page);
}

const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test('every section filled in is stored and comes back after a reload', async ({ page, host }) => {
  test.slow(); // About sixty fields typed and checked one by one.
  await createBlank(page, host, 'Fraud model flagged legitimate payments');
  await page.getByLabel('Document status').selectOption({ label: 'In review' });

  const summary = region(page, '1. Incident summary');
  await summary.getByLabel('Model name').fill('fraud-scorer');
  await summary.getByLabel('Model version').fill('v13');
  await summary
    .getByLabel('What happened')
    .fill('The fraud model wrongly flagged 42 legitimate transactions.');
  await summary.getByLabel('Severity').selectOption({ label: 'SEV2 – major' });
  await summary.getByLabel('Time zone of the times below').selectOption('Europe/Berlin');
  await summary.getByLabel('Started').fill('2024-03-12T02:00');
  await summary.getByLabel('Ended').fill('2024-03-12T05:00');
  await summary.getByLabel('Detected', { exact: true }).fill('2024-03-12T02:40');
  await summary.getByLabel('Detected by').fill('Payments on-call');
  await summary.getByLabel('How it was discovered').selectOption({ label: 'Automated alert' });
  await summary.getByLabel('Who was impacted').fill('Card holders in the EU');
  await summary.getByLabel('How many were impacted').fill('13');
  await summary.getByLabel('Unit of the impact').fill('customers');

  const timeline = region(page, 'Timeline of events');
  await timeline.getByRole('button', { name: 'Add event' }).click();
  const alert = timeline.getByRole('group', { name: 'Event 1' });
  await alert.getByLabel('What happened').fill('Alert on the flag rate fired');
  await alert.getByLabel('Kind').selectOption({ label: 'Detection' });
  await alert.getByLabel('When').fill('2024-03-12T02:40');
  await timeline.getByRole('button', { name: 'Add event' }).click();
  const deploy = timeline.getByRole('group', { name: 'Event 2' });
  await deploy.getByLabel('What happened').fill('v13 deployed');
  await deploy.getByLabel('Kind').selectOption({ label: 'Deployment' });
  // Earlier than the alert: the list re-sorts by instant, so the deployment becomes event 1.
  await deploy.getByLabel('When').fill('2024-03-12T01:55');
  await expect(
    timeline.getByRole('group', { name: 'Event 1' }).getByLabel('What happened'),
  ).toHaveValue('v13 deployed');

  const purpose = region(page, '2. What the model was supposed to do');
  await purpose.getByLabel('Business objective').fill('Stop fraudulent card payments.');
  await purpose.getByLabel('Kind of task').selectOption({ label: 'Classification' });
  await purpose.getByRole('button', { name: 'Add KPI' }).click();
  const kpi = purpose.getByRole('group', { name: 'KPI 1' });
  await kpi.getByLabel('Name').fill('precision');
  await kpi.getByLabel('Target').fill('0.95');
  await kpi.getByLabel('Unit').fill('ratio');
  await purpose.getByRole('button', { name: 'Add accepted risk' }).click();
  const risk = purpose.getByRole('group', { name: 'Accepted risk 1' });
  await risk.getByLabel('Name').fill('false-positive rate');
  await risk.getByLabel('Value').fill('0.5');
  await risk.getByLabel('Unit').fill('%');

  const diagnosis = region(page, '3. Diagnosis: what went wrong');
  for (const [index, id] of diagnosisQuestionId.values.entries()) {
    const question = diagnosis.getByRole('group', { name: diagnosisQuestionId.labels[id] });
    await question.getByRole('radio', { name: index % 2 ? 'Contributed' : 'Ruled out' }).check();
    await question.getByLabel('Findings and evidence').fill(`Finding ${index + 1}`);
  }

  const causes = region(page, '4. Root causes');
  await causes.getByRole('button', { name: 'Add root cause' }).click();
  await causes
    .getByRole('group', { name: 'Root cause 1' })
    .getByLabel('Description')
    .fill('Schema changed');
  await causes.getByRole('button', { name: 'Add root cause' }).click();
  const second = causes.getByRole('group', { name: 'Root cause 2' });
  await second.getByLabel('Layer').selectOption({ label: 'Monitoring' });
  await second.getByLabel('Description').fill('No drift alert');
  await causes.getByRole('button', { name: 'Move Root cause 2 up' }).click();
  await expect(
    causes.getByRole('group', { name: 'Root cause 1' }).getByLabel('Description'),
  ).toHaveValue('No drift alert');

  const workedWell = region(page, '5. What worked well');
  await workedWell.getByRole('button', { name: 'Add what worked well' }).click();
  await workedWell
    .getByRole('textbox', { name: 'What worked well' })
    .fill('Rollback took five minutes');

  const actions = region(page, '6. Corrective actions');
  await actions.getByRole('button', { name: 'Add corrective action' }).click();
  const action = actions.getByRole('group', { name: 'Action 1' });
  await action.getByLabel('What we will do').fill('Validate the schema before scoring');
  await action.getByLabel('Area').selectOption({ label: 'Prevention' });
  await action.getByLabel('Owner').fill('Data platform');
  await action.getByLabel('Status').selectOption({ label: 'In progress' });
  await action.getByLabel('Due date').fill('2024-04-30');
  await action.getByLabel('Review date').fill('2024-05-15');

  const lessons = region(page, '7. Lessons learned');
  for (const id of lessonPromptId.values) {
    await lessons.getByLabel(lessonPromptId.labels[id]).fill(`Lesson: ${id}`);
  }

  const people = region(page, 'Participants');
  await people.getByRole('button', { name: 'Add participant' }).click();
  const first = people.getByRole('group', { name: 'Participant 1' });
  await first.getByLabel('Name').fill('Ada');
  await first.getByLabel('Team').fill('ML platform');
  await people.getByRole('button', { name: 'Add participant' }).click();
  const scribe = people.getByRole('group', { name: 'Participant 2' });
  await scribe.getByLabel('Name').fill('Sam');
  await scribe.getByLabel('Team').fill('Payments');
  await scribe.getByLabel('Role').selectOption({ label: 'Scribe' });

  await expectSaved(page);
  await page.reload();

  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
    'Fraud model flagged legitimate payments',
  );
  await expect(page.getByLabel('Document status')).toHaveValue('in_review');
  await expect(summary.getByLabel('Model name')).toHaveValue('fraud-scorer');
  await expect(summary.getByLabel('Model version')).toHaveValue('v13');
  await expect(summary.getByLabel('What happened')).toHaveValue(
    'The fraud model wrongly flagged 42 legitimate transactions.',
  );
  await expect(summary.getByLabel('Severity')).toHaveValue('SEV2');
  await expect(summary.getByLabel('Time zone of the times below')).toHaveValue('Europe/Berlin');
  await expect(summary.getByLabel('Started')).toHaveValue('2024-03-12T02:00');
  await expect(summary.getByLabel('Ended')).toHaveValue('2024-03-12T05:00');
  await expect(summary.getByLabel('Detected', { exact: true })).toHaveValue('2024-03-12T02:40');
  await expect(summary.getByLabel('Detected by')).toHaveValue('Payments on-call');
  await expect(summary.getByLabel('How it was discovered')).toHaveValue('alert');
  await expect(summary.getByLabel('Who was impacted')).toHaveValue('Card holders in the EU');
  await expect(summary.getByLabel('How many were impacted')).toHaveValue('13');
  await expect(summary.getByLabel('Unit of the impact')).toHaveValue('customers');

  const event1 = timeline.getByRole('group', { name: 'Event 1' });
  const event2 = timeline.getByRole('group', { name: 'Event 2' });
  await expect(event1.getByLabel('When')).toHaveValue('2024-03-12T01:55');
  await expect(event1.getByLabel('Kind')).toHaveValue('deployment');
  await expect(event1.getByLabel('What happened')).toHaveValue('v13 deployed');
  await expect(event2.getByLabel('When')).toHaveValue('2024-03-12T02:40');
  await expect(event2.getByLabel('Kind')).toHaveValue('detection');
  await expect(event2.getByLabel('What happened')).toHaveValue('Alert on the flag rate fired');

  await expect(purpose.getByLabel('Business objective')).toHaveValue(
    'Stop fraudulent card payments.',
  );
  await expect(purpose.getByLabel('Kind of task')).toHaveValue('classification');
  await expect(kpi.getByLabel('Name')).toHaveValue('precision');
  await expect(kpi.getByLabel('Target')).toHaveValue('0.95');
  await expect(kpi.getByLabel('Unit')).toHaveValue('ratio');
  await expect(risk.getByLabel('Name')).toHaveValue('false-positive rate');
  await expect(risk.getByLabel('Value')).toHaveValue('0.5');
  await expect(risk.getByLabel('Unit')).toHaveValue('%');

  for (const [index, id] of diagnosisQuestionId.values.entries()) {
    const question = diagnosis.getByRole('group', { name: diagnosisQuestionId.labels[id] });
    await expect(
      question.getByRole('radio', { name: index % 2 ? 'Contributed' : 'Ruled out' }),
    ).toBeChecked();
    await expect(question.getByLabel('Findings and evidence')).toHaveValue(`Finding ${index + 1}`);
  }

  const cause1 = causes.getByRole('group', { name: 'Root cause 1' });
  await expect(cause1.getByLabel('Layer')).toHaveValue('monitoring');
  await expect(cause1.getByLabel('Description')).toHaveValue('No drift alert');
  const cause2 = causes.getByRole('group', { name: 'Root cause 2' });
  await expect(cause2.getByLabel('Layer')).toHaveValue('data');
  await expect(cause2.getByLabel('Description')).toHaveValue('Schema changed');

  await expect(workedWell.getByRole('textbox', { name: 'What worked well' })).toHaveValue(
    'Rollback took five minutes',
  );

  await expect(action.getByLabel('What we will do')).toHaveValue(
    'Validate the schema before scoring',
  );
  await expect(action.getByLabel('Area')).toHaveValue('prevention');
  await expect(action.getByLabel('Owner')).toHaveValue('Data platform');
  await expect(action.getByLabel('Status')).toHaveValue('in_progress');
  await expect(action.getByLabel('Due date')).toHaveValue('2024-04-30');
  await expect(action.getByLabel('Review date')).toHaveValue('2024-05-15');

  for (const id of lessonPromptId.values) {
    await expect(lessons.getByLabel(lessonPromptId.labels[id])).toHaveValue(`Lesson: ${id}`);
  }

  await expect(first.getByLabel('Name')).toHaveValue('Ada');
  await expect(first.getByLabel('Team')).toHaveValue('ML platform');
  await expect(first.getByLabel('Role')).toHaveValue('facilitator');
  await expect(scribe.getByLabel('Name')).toHaveValue('Sam');
  await expect(scribe.getByLabel('Role')).toHaveValue('scribe');

  // The clock times were read in Berlin (UTC+1 in March): the store holds the UTC instants.
  const doc = await stored(page, host, 'Fraud model flagged legitimate payments');
  expect(doc.summary.startedAt).toBe('2024-03-12T01:00:00.000Z');
  expect(doc.summary.endedAt).toBe('2024-03-12T04:00:00.000Z');
  expect(doc.timeline.map((e) => e.at).sort()).toEqual([
    '2024-03-12T00:55:00.000Z',
    '2024-03-12T01:40:00.000Z',
  ]);
  expect(doc.purpose.kpis[0]?.target).toBe(0.95);
  expect(doc.summary.impactedCount).toBe(13);
});

test('an end before the start is flagged at the field, stored as typed, and cleared once fixed', async ({
  page,
  host,
}) => {
  await createBlank(page, host, 'Order check');
  const summary = region(page, '1. Incident summary');
  await summary.getByLabel('Started').fill('2024-03-12T05:00');
  const ended = summary.getByLabel('Ended');
  await ended.fill('2024-03-12T02:00');
  await expect(ended).toHaveAttribute('aria-invalid', 'true');
  await expect(ended).toHaveAccessibleDescription(/cannot end before it started/);
  // Never refused: a co-author may be fixing the start at this very moment; nothing typed is lost.
  await summary.getByLabel('Model name').fill('order-checker');
  await expectSaved(page);
  const before = await stored(page, host, 'Order check');
  expect(before.summary.endedAt).toBe('2024-03-12T02:00:00.000Z');
  expect(before.summary.modelName).toBe('order-checker');

  await ended.fill('2024-03-12T07:30');
  await expect(ended).not.toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);
  const after = await stored(page, host, 'Order check');
  expect(Date.parse(after.summary.endedAt!)).toBeGreaterThan(Date.parse(after.summary.startedAt!));
});

test('a field that refuses a value keeps what was typed, says why, and stores the last good one', async ({
  page,
  host,
}) => {
  await createBlank(page, host, 'Kept title');
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('');
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/cannot be empty/);
  // The header does not claim "Saved" for a value that was never sent.
  await expect(saveStatus(page)).toHaveText(/Not saved: a field needs fixing$/);
  expect((await stored(page, host, 'Kept title')).title).toBe('Kept title');
  await title.fill('A better title');
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);
  expect((await stored(page, host, 'A better title')).title).toBe('A better title');
});

test('a text over its limit is not called saved, and the header leads back to it', async ({
  page,
  host,
}) => {
  await createBlank(page, host, 'Long story');
  const summary = region(page, '1. Incident summary');
  const what = summary.getByLabel('What happened');
  await what.fill('short');
  await expectSaved(page);
  await what.fill('x'.repeat(20_001));
  await expect(what).toHaveAttribute('aria-invalid', 'true');
  await expect(saveStatus(page)).toHaveText(/Not saved: a field needs fixing$/);
  await page.getByLabel('Title', { exact: true }).focus();
  await page.getByRole('banner').getByRole('button', { name: 'Show the field' }).click();
  await expect(what).toBeFocused();
  expect((await stored(page, host, 'Long story')).summary.whatHappened).toBe('short');
  await what.fill('x'.repeat(20_000));
  await expectSaved(page);
  await expect(
    page.getByRole('banner').getByRole('button', { name: 'Show the field' }),
  ).toHaveCount(0);
});

test('typing and reloading at once, before the autosave, loses nothing', async ({ page, host }) => {
  await createBlank(page, host, 'Reload test');
  const summary = region(page, '1. Incident summary');
  await summary.getByLabel('What happened').fill('Typed a moment before the reload');
  await summary.getByLabel('Model name').fill('quick-model');
  await page.reload();

  await expect(summary.getByLabel('What happened')).toHaveValue('Typed a moment before the reload');
  await expect(summary.getByLabel('Model name')).toHaveValue('quick-model');
  await expectSaved(page);
  const doc = await stored(page, host, 'Reload test');
  expect(doc.summary.whatHappened).toBe('Typed a moment before the reload');
  expect(doc.summary.modelName).toBe('quick-model');
});

test('undo and redo by keyboard and buttons, typing bursts as one step', async ({ page, host }) => {
  await createBlank(page, host, 'Undo test');
  const summary = region(page, '1. Incident summary');
  const model = summary.getByLabel('Model name');
  const version = summary.getByLabel('Model version');
  await model.pressSequentially('scorer', { delay: 40 });
  await page.waitForTimeout(1200);
  await version.pressSequentially('v2', { delay: 40 });

  const modifier = process.platform === 'darwin' ? 'Meta' : 'Control';
  await page.keyboard.press(`${modifier}+z`);
  await expect(version).toHaveValue('');
  await expect(model).toHaveValue('scorer');
  await page.keyboard.press(`${modifier}+z`);
  await expect(model).toHaveValue('');

  await page.keyboard.press(`${modifier}+Shift+z`);
  await expect(model).toHaveValue('scorer');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(version).toHaveValue('v2');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(version).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(version).toHaveValue('v2');
  await page.getByRole('button', { name: 'Undo' }).click();

  await expectSaved(page);
  await page.reload();
  await expect(model).toHaveValue('scorer');
  await expect(version).toHaveValue('');
});

test('a save from another window shows up when nothing is pending here', async ({
  page,
  host,
  context,
}) => {
  await createBlank(page, host, 'Two windows');
  const second = await context.newPage();
  // A new tab has no session token yet: open the host's address with the editor's hash.
  await second.goto(host.url + new URL(page.url()).hash);
  const secondModel = region(second, '1. Incident summary').getByLabel('Model name');
  await expect(secondModel).toHaveValue('');

  await region(page, '1. Incident summary').getByLabel('Model name').fill('shared-model');
  await expectSaved(page);
  await expect(secondModel).toHaveValue('shared-model');
});

test('the same field typed in two windows: the later write wins, the earlier writer keeps its text and can put it back', async ({
  page,
  host,
}) => {
  await createBlank(page, host, 'Same field');
  const mine = region(page, '1. Incident summary').getByLabel('Detected by');
  await mine.fill('Payments on-call');
  await expectSaved(page);
  // Another window that had not seen this text yet (its base is the empty field) writes over it.
  const { id } = await stored(page, host, 'Same field');
  await applyOps(host, id, [
    { op: 'set', list: 'doc', field: 'summary.detectedBy', value: 'The review team', base: '' },
  ]);
  await expect(mine).toHaveValue('The review team');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Another window replaced your text in Detected by' });
  await expect(notice).toContainText('Payments on-call');
  await notice.getByRole('button', { name: 'Put mine back' }).click();
  await expect(mine).toHaveValue('Payments on-call');
  await expectSaved(page);
  expect((await stored(page, host, 'Same field')).summary.detectedBy).toBe('Payments on-call');
});

test('two windows typing into different fields at the same moment, ten rounds: after a reload both texts are all there', async ({
  page,
  host,
  context,
}) => {
  test.slow();
  await createBlank(page, host, 'Scribe and facilitator');
  const second = await context.newPage();
  await second.goto(host.url + new URL(page.url()).hash);
  const facilitator = region(page, '1. Incident summary').getByLabel('What happened');
  const scribe = region(second, '1. Incident summary').getByLabel('Who was impacted');
  await expect(scribe).toBeVisible();
  let said = '';
  let impacted = '';
  for (let round = 1; round <= 10; round++) {
    said += ` F${round}.`;
    impacted += ` S${round}.`;
    await Promise.all([
      facilitator.pressSequentially(` F${round}.`, { delay: 15 }),
      scribe.pressSequentially(` S${round}.`, { delay: 15 }),
    ]);
  }
  await expectSaved(page);
  await expectSaved(second);
  await expect(facilitator).toHaveValue(said);
  await expect(region(page, '1. Incident summary').getByLabel('Who was impacted')).toHaveValue(
    impacted,
  );
  await expect(region(second, '1. Incident summary').getByLabel('What happened')).toHaveValue(said);
  await page.reload();
  await expect(facilitator).toHaveValue(said);
  await expect(region(page, '1. Incident summary').getByLabel('Who was impacted')).toHaveValue(
    impacted,
  );
  const doc = await stored(page, host, 'Scribe and facilitator');
  expect(doc.summary).toMatchObject({ whatHappened: said, impactedWho: impacted });
});

test('deleting a timeline event removes its pins, and undo brings both back', async ({
  page,
  host,
}) => {
  await createBlank(page, host, 'Pinned event');
  const timeline = region(page, 'Timeline of events');
  await timeline.getByRole('button', { name: 'Add event' }).click();
  await timeline
    .getByRole('group', { name: 'Event 1' })
    .getByLabel('What happened')
    .fill('v13 deployed');
  await expectSaved(page);
  const doc = await stored(page, host, 'Pinned event');
  const eventId = doc.timeline[0]!.id;
  const preview = await callApi<{ stagingId: string }>(host, 'evidence.stage', {
    postmortemId: doc.id,
    filePath: SMALL_CSV,
  });
  const evidence = await callApi<{ id: string }>(host, 'evidence.commit', {
    stagingId: preview.stagingId,
  });
  await callApi(host, 'pins.create', {
    postmortemId: doc.id,
    target: { kind: 'timeline', eventId },
    spec: {
      kind: 'histogram',
      query: {
        evidenceId: evidence.id,
        column: 'units',
        baseline: {
          kind: 'time',
          column: 'timestamp',
          start: '2026-03-11T00:00:00Z',
          end: '2026-03-12T00:00:00Z',
        },
        incident: {
          kind: 'time',
          column: 'timestamp',
          start: '2026-03-12T00:00:00Z',
          end: '2026-03-13T00:00:00Z',
        },
      },
    },
    caption: 'On the event',
  });
  const pins = () => callApi<unknown[]>(host, 'pins.list', { postmortemId: doc.id });
  expect(await pins()).toHaveLength(1);
  await timeline.getByRole('button', { name: 'Remove Event 1' }).click();
  await expectSaved(page);
  await expect.poll(async () => (await pins()).length).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    timeline.getByRole('group', { name: 'Event 1' }).getByLabel('What happened'),
  ).toHaveValue('v13 deployed');
  await expect.poll(async () => (await pins()).length).toBe(1);
});

test('undo in one window never reverts what another window wrote', async ({
  page,
  host,
  context,
}) => {
  await createBlank(page, host, 'Two undos');
  const second = await context.newPage();
  await second.goto(host.url + new URL(page.url()).hash);
  const model = region(page, '1. Incident summary').getByLabel('Model name');
  const version = region(second, '1. Incident summary').getByLabel('Model version');
  await model.fill('scorer');
  await expectSaved(page);
  await version.fill('v13');
  await expectSaved(second);
  await expect(region(page, '1. Incident summary').getByLabel('Model version')).toHaveValue('v13');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(model).toHaveValue('');
  await expect(region(page, '1. Incident summary').getByLabel('Model version')).toHaveValue('v13');
  await expect(region(second, '1. Incident summary').getByLabel('Model name')).toHaveValue('');
  // The other window's own undo reverts its own edit only.
  await second.getByRole('button', { name: 'Undo' }).click();
  await expect(version).toHaveValue('');
  const doc = await stored(page, host, 'Two undos');
  expect(doc.summary).toMatchObject({ modelName: '', modelVersion: '' });
});

test('changing the time zone keeps the clock times typed', async ({ page, host }) => {
  await createBlank(page, host, 'Zone test');
  const summary = region(page, '1. Incident summary');
  await summary.getByLabel('Time zone of the times below').selectOption('UTC');
  await summary.getByLabel('Started').fill('2024-07-01T09:00');
  await summary.getByLabel('Time zone of the times below').selectOption('America/New_York');
  await expect(summary.getByLabel('Started')).toHaveValue('2024-07-01T09:00');
  await expect(summary.getByText('America/New_York is UTC−04:00 at the incident')).toBeVisible();
  await expectSaved(page);
  const doc = await stored(page, host, 'Zone test');
  expect(doc.summary.timeZone).toBe('America/New_York');
  expect(doc.summary.startedAt).toBe('2024-07-01T13:00:00.000Z');
});

test('every control of the editor has an accessible name', async ({ page, host }) => {
  test.slow(); // One assertion per control, well over a hundred.
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New blank postmortem' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Untitled postmortem');
  // One item in every list, so that the item controls are there too.
  for (const add of [
    'Add event',
    'Add KPI',
    'Add accepted risk',
    'Add root cause',
    'Add what worked well',
    'Add corrective action',
    'Add participant',
  ]) {
    await page.getByRole('button', { name: add }).click();
  }
  // The evidence workspace inside the diagnosis is another feature's and has its own tests.
  const controls = page.locator(
    'header :is(input, select, textarea, button), main :is(input, select, textarea, button):not(.ev-panel *)',
  );
  const count = await controls.count();
  expect(count).toBeGreaterThan(80);
  for (let i = 0; i < count; i++) {
    await expect(controls.nth(i)).toHaveAccessibleName(/\S/);
  }
});
