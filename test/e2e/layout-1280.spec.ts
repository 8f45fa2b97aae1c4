import type { Locator } from '@playwright/test';
import type { Postmortem } from '../../shared/domain';
import { callApi, expect, test } from './fixtures';

// A projector's 1280 × 720: what the room sees must not be cut, squeezed or laid over itself.
test.use({ viewport: { width: 1280, height: 720 } });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('Not laid out.');
  return b;
}

const lineHeight = (locator: Locator) =>
  locator.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));

test('a library row keeps its facts on one line each, none laid over another', async ({
  page,
  host,
}) => {
  await callApi<Postmortem>(host, 'postmortems.create', {
    title: 'Churn model over-predicts for new customers in three regions',
  });
  await page.goto(host.url);
  const row = page
    .getByRole('list', { name: 'Postmortems' })
    .getByRole('listitem')
    .filter({ hasText: 'Churn model over-predicts' });
  await expect(row).toContainText('just now');
  const labels = row.locator('.row-meta dt');
  const values = row.locator('.row-meta dd');
  await expect(labels).toHaveText(['Incident', 'Status', 'Last change']);
  for (const cell of [...(await labels.all()), ...(await values.all())]) {
    // One line: "Last change" and "1 minute ago" wrapped into two and three.
    expect((await box(cell)).height).toBeLessThan((await lineHeight(cell)) * 1.6);
  }
  const badge = await box(row.locator('.row-meta .badge'));
  const next = await box(labels.nth(2));
  expect(badge.x + badge.width).toBeLessThanOrEqual(next.x);
});

test('the drift table splits no number or word over two lines, only a column’s name may', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /Fraud model v13 flagged legitimate transactions/ })
    .first()
    .click();
  const panel = page.getByRole('region', { name: 'Evidence', exact: true });
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('tab', { name: 'Drift table' }).click();
  const table = panel.getByRole('table', { name: 'Drift per column' });
  await expect(table.getByRole('rowheader', { name: /^amount/ })).toBeVisible({ timeout: 15_000 });
  const split = await table.evaluate((t) => {
    const found: string[] = [];
    for (const cell of t.querySelectorAll('thead th, tbody td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A break after a hyphen is a normal one ("Jensen-\nShannon").
        for (const m of text.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // A word laid out on two lines has a box on each.
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(m[0]);
        }
      }
    }
    return found;
  });
  expect(split).toEqual([]);
});

test('the board’s “Overdue only” box sits beside its words, level with the other filters', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Actions board' }).click();
  // Measured until the board has settled: the filters move while its rows load (a full run at
  // load 12 measured them mid-way).
  const misplaced = async () => {
    const box1 = await box(page.getByRole('checkbox', { name: 'Overdue only' }));
    const words = await box(page.locator('label[for="board-overdue"]'));
    const status = await box(page.getByRole('combobox', { name: 'Status', exact: true }));
    const middle = box1.y + box1.height / 2;
    const wrong: string[] = [];
    if (box1.x + box1.width > words.x) wrong.push('the box is not left of its words');
    if (!(middle > words.y && middle < words.y + words.height))
      wrong.push('not level with its words');
    if (!(middle > status.y && middle < status.y + status.height))
      wrong.push('not level with the Status filter');
    return wrong;
  };
  await expect.poll(misplaced).toEqual([]);
});

test('the library’s search shows its whole example in the field', async ({ page, host }) => {
  await page.goto(host.url);
  const search = page.getByLabel('Search everything written');
  await expect(search).toBeVisible();
  const fit = await search.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('No canvas.');
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
  // "…merchant_category, Al": the example was cut in its 360 px field.
  expect(fit.text).toBeLessThanOrEqual(fit.room);
});

test('an action’s root causes show one marker each: the box, the words beside it', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /Fraud model v13 flagged legitimate transactions/ })
    .first()
    .click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Corrective actions/ })
    .click();
  const causes = page.getByRole('group', { name: 'Root causes it answers' }).first();
  await causes.scrollIntoViewIfNeeded();
  const items = causes.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    // A bullet and a box per cause read as two markers.
    expect(await item.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
    const tick = await box(item.getByRole('checkbox'));
    const words = await box(item.locator('label > span'));
    // The words hang beside the box: a second line starts under the first, not under the box.
    expect(words.x).toBeGreaterThanOrEqual(tick.x + tick.width);
  }
});
