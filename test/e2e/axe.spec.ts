import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { callApi, expect, test, type Host } from './fixtures';
import { meetingAt, meetingUrl, presenterUrl } from './presenter-helpers';

/*
 * An accessibility scan (axe-core, WCAG 2.x A and AA plus best practices) of every screen: the
 * library, each part of the editor, the meeting, the presenter and the tabs of the evidence
 * workspace, on the demo postmortem (which has evidence and pins). Serious and critical findings
 * fail the test; the others are attached to the report for reading.
 */

const DEMO_TITLE = /Fraud model v13 flagged legitimate transactions/;
/**
 * A full-page scan of the editor or the meeting takes seconds of CPU, many more on a machine that
 * runs other suites beside it (one test took 96 s there): generous, as a timeout is not a measure.
 */
const SCAN_TIMEOUT = 180_000;
/** Meeting steps scanned besides the start: the diagnosis (evidence) and the recap (the longest). */
const STEPS = [
  [4, 'Diagnosis: what went wrong'],
  [9, 'Closing recap'],
] as const;

async function demoId(host: Host): Promise<string> {
  const list = await callApi<{ id: string; title: string }[]>(host, 'postmortems.list', {});
  const demo = list.find((p) => DEMO_TITLE.test(p.title));
  if (!demo) throw new Error('The demo postmortem was not seeded.');
  return demo.id;
}

/** Scans the page (or one part of it) and fails on serious or critical violations. */
async function scan(page: Page, testInfo: TestInfo, where: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lesser = violations.filter((v) => !grave.includes(v));
  if (lesser.length > 0) {
    await testInfo.attach(`axe (moderate, minor): ${where}`, {
      body: JSON.stringify(
        lesser.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) })),
        null,
        2,
      ),
      contentType: 'application/json',
    });
  }
  expect(
    grave.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    })),
    `${where}: serious or critical accessibility violations`,
  ).toEqual([]);
}

test('the library and every part of the editor', async ({ page, host }, testInfo) => {
  test.setTimeout(SCAN_TIMEOUT);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: DEMO_TITLE }).first()).toBeVisible();
  await scan(page, testInfo, 'library');

  await page.getByRole('button', { name: DEMO_TITLE }).first().click();
  const editor = page.getByRole('main', { name: 'Postmortem document' });
  await expect(editor).toBeVisible();
  // Every part of the editor is on this one page: one scan covers each of them.
  const parts = page.getByRole('navigation', { name: 'Sections' }).getByRole('button');
  expect(await parts.count()).toBeGreaterThanOrEqual(10);
  expect(await editor.locator('section.doc-section').count()).toBe(await parts.count());
  await scan(page, testInfo, 'editor, every part');
});

test('the tabs of the evidence workspace', async ({ page, host }, testInfo) => {
  test.setTimeout(SCAN_TIMEOUT);
  await page.goto(host.url);
  await page.getByRole('button', { name: DEMO_TITLE }).first().click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Diagnosis/ })
    .click();
  const panel = page.getByRole('region', { name: 'Evidence', exact: true });
  await panel.scrollIntoViewIfNeeded();
  for (const [tab, ready] of [
    ['Data', /rows/],
    ['Over time', /Rows per/],
    ['Compare windows', /Baseline/],
    ['Drift table', /tested features drift/],
  ] as const) {
    await panel.getByRole('tab', { name: tab }).click();
    await expect(panel.getByRole('tabpanel')).toContainText(ready, { timeout: 20_000 });
    await scan(page, testInfo, `evidence: ${tab}`, 'section[aria-label="Evidence"]');
  }
});

// Meeting and presenter are two tests: nine full-page scans in one outgrew its time on a busy machine.
test('the meeting at its start, diagnosis and recap, and its dialogs', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(SCAN_TIMEOUT);
  const id = await demoId(host);
  await page.goto(meetingUrl(host, id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opening and ground rules');
  await scan(page, testInfo, 'meeting: before the start');
  for (const [step, title] of STEPS) {
    await meetingAt(host, id, step);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await scan(page, testInfo, `meeting: ${title}`);
  }

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await scan(page, testInfo, 'meeting: the keyboard shortcuts');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /End meeting/ }).click();
  await expect(page.getByRole('dialog', { name: 'End the meeting?' })).toBeVisible();
  await scan(page, testInfo, 'meeting: ending');
});

test('the presenter with content, with the drift table and with a chart', async ({
  page,
  host,
  context,
}, testInfo) => {
  test.setTimeout(SCAN_TIMEOUT);
  const id = await demoId(host);
  await page.goto(meetingUrl(host, id));
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(presenterUrl(host, id));
  await expect(presenter.getByText('Not started')).toBeVisible();
  await scan(presenter, testInfo, 'presenter: before the start');
  for (const [step, title] of STEPS) {
    await meetingAt(host, id, step);
    await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(title);
    await scan(presenter, testInfo, `presenter: ${title}`);
  }

  await meetingAt(host, id, 4);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEPS[0][1]);
  const show = page
    .getByRole('group', { name: /Did the production data drift/ })
    .getByRole('button', { name: 'Show on shared screen' });
  await show.first().click();
  await expect(presenter.getByText(/tested features drift/).first()).toBeVisible();
  await scan(presenter, testInfo, 'presenter: the drift table');
  await show.nth(1).click();
  await expect(presenter.getByRole('img', { name: /Distribution of amount/ })).toBeVisible();
  await scan(presenter, testInfo, 'presenter: a histogram');
});

test('a follow-up review: the opening, the walk with its form, and its shared screen', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(SCAN_TIMEOUT);
  const review = await callApi<{ id: string }>(host, 'reviews.create', {
    scope: 'postmortems',
    postmortemIds: [await demoId(host)],
    today: '2026-03-16',
  });
  await page.goto(`${host.url}#/review/${review.id}`);
  await expect(page.getByRole('heading', { name: 'Opening: what we review' })).toBeVisible();
  await scan(page, testInfo, 'review opening');
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('form', { name: 'Outcome of this action' })).toBeVisible();
  await scan(page, testInfo, 'review walk');
  await page.goto(`${host.url}#/review-present/${review.id}`);
  await expect(page.getByRole('heading', { name: 'The actions, one by one' })).toBeVisible();
  await scan(page, testInfo, 'review presenter');
});
