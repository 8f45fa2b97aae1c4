import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { callApi, expect, test, type Host } from './fixtures';
import { meetingAt, meetingUrl, presenterUrl } from './presenter-helpers';

/*
 * The drawn cause tree and the fishbone (editor and shared screen), and the blameless-language
 * hints, in Chromium through the browser host.
 */

const DEMO_TITLE = /Fraud model v13 flagged legitimate transactions/;

async function demoId(host: Host): Promise<string> {
  const list = await callApi<{ id: string; title: string }[]>(host, 'postmortems.list', {});
  const demo = list.find((p) => DEMO_TITLE.test(p.title));
  if (!demo) throw new Error('The demo postmortem was not seeded.');
  return demo.id;
}

async function openRootCauses(page: Page, host: Host): Promise<Locator> {
  await page.goto(host.url);
  await page.getByRole('button', { name: DEMO_TITLE }).first().click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Root causes/ })
    .click();
  const diagrams = page.getByRole('region', { name: 'Diagrams of the causes' });
  await diagrams.scrollIntoViewIfNeeded();
  return diagrams;
}

/** The drawing's box on screen against its viewport's. */
async function boxes(diagrams: Locator) {
  const viewport = await diagrams.getByRole('group', { name: /Drawn cause tree/ }).boundingBox();
  const drawing = await diagrams.getByRole('img', { name: /^Cause tree of/ }).boundingBox();
  if (!viewport || !drawing) throw new Error('The drawn tree is not on screen.');
  return { viewport, drawing };
}

/**
 * The demo's meeting at its root-cause step in `page`, and its shared screen at a size in a second
 * page, with the facilitator's "Highlighted on the shared screen" choice and the screen's errors.
 */
async function rootCausesShared(
  page: Page,
  context: BrowserContext,
  host: Host,
  width: number,
  height: number,
) {
  const id = await demoId(host);
  await meetingAt(host, id, 5); // root causes
  await page.goto(meetingUrl(host, id));
  const presenter = await context.newPage();
  const errors: string[] = [];
  presenter.on('pageerror', (e) => errors.push(e.message));
  await presenter.setViewportSize({ width, height });
  await presenter.goto(presenterUrl(host, id));
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Root causes');
  const chosen = page
    .getByRole('region', { name: 'Shared screen' })
    .getByRole('combobox', { name: 'Highlighted on the shared screen' });
  return { presenter, chosen, errors };
}

const inside = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x >= b.x - 1 &&
  a.y >= b.y - 1 &&
  a.x + a.width <= b.x + b.width + 1 &&
  a.y + a.height <= b.y + b.height + 1;

test('the drawn tree and the fishbone: named, fit on open, pan, zoom, fit, text alternatives, axe-clean', async ({
  page,
  host,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const diagrams = await openRootCauses(page, host);
  await expect(diagrams.getByRole('tab', { name: 'Drawn tree' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Fit on open: the whole drawing inside its viewport.
  await expect(diagrams.getByRole('img', { name: /^Cause tree of / })).toBeVisible();
  let { viewport, drawing } = await boxes(diagrams);
  expect(inside(drawing, viewport)).toBe(true);
  // The demo's layers are named in words in the drawing, not by colour alone.
  await expect(diagrams.locator('svg text', { hasText: /^Monitoring · Root cause$/ })).toHaveCount(
    1,
  );

  // Zoom with the button and the keys, pan with the arrows and by dragging, fit again.
  const zoom = diagrams.locator('.drawn-zoom');
  const before = await zoom.textContent();
  await diagrams.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoom).not.toHaveText(before ?? '');
  const view = diagrams.getByRole('group', { name: /Drawn cause tree/ });
  await view.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  ({ drawing } = await boxes(diagrams));
  const zoomed = drawing;
  expect(zoomed.width).toBeGreaterThan(viewport.width);
  await page.keyboard.press('ArrowLeft');
  ({ drawing } = await boxes(diagrams));
  expect(drawing.x).toBeGreaterThan(zoomed.x);
  const start = drawing;
  await page.mouse.move(viewport.x + 200, viewport.y + 200);
  await page.mouse.down();
  await page.mouse.move(viewport.x + 120, viewport.y + 150, { steps: 5 });
  await page.mouse.up();
  ({ drawing } = await boxes(diagrams));
  expect(Math.round(start.x - drawing.x)).toBe(80);
  await page.mouse.move(viewport.x + 300, viewport.y + 200);
  await page.mouse.wheel(0, 400);
  await expect.poll(async () => (await boxes(diagrams)).drawing.width).toBeLessThan(drawing.width);
  await diagrams.getByRole('button', { name: 'Fit' }).click();
  ({ viewport, drawing } = await boxes(diagrams));
  expect(inside(drawing, viewport)).toBe(true);

  // The text alternative: the causes as a list.
  await diagrams.getByText('The causes as a list').click();
  const list = diagrams.locator('.cause-list li');
  expect(await list.count()).toBeGreaterThanOrEqual(3);
  // The demo's analysis has several monitoring root causes; each is listed with its label.
  await expect(list.filter({ hasText: 'Monitoring (root cause)' }).first()).toBeVisible();

  await new AxeBuilder({ page })
    .include('.cause-diagrams')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
    .analyze()
    .then((r) => expect(r.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]));

  // The fishbone of the same causes, by arrow key on the tabs.
  await diagrams.getByRole('tab', { name: 'Drawn tree' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(diagrams.getByRole('tab', { name: 'Fishbone' })).toBeFocused();
  const fishbone = diagrams.getByRole('img', {
    name: /^Fishbone of .*causes by layer$/,
  });
  await expect(fishbone).toBeVisible();
  await expect(fishbone.locator('.bone')).toHaveCount(7);
  // At 1280 px wide the whole drawing is in view, the incident at its head included: the diagrams
  // take the section's full width (in the fields' column the head was scrolled out of view).
  expect(page.viewportSize()?.width).toBe(1280);
  const scroller = (await diagrams.getByRole('group', { name: /^Fishbone/ }).boundingBox())!;
  expect(inside((await fishbone.locator('g.head').boundingBox())!, scroller)).toBe(true);
  expect(inside((await fishbone.boundingBox())!, scroller)).toBe(true);
  await diagrams.getByText('The causes by layer, as a list').click();
  await expect(diagrams.locator('.cause-list dt')).toHaveCount(7);
  await new AxeBuilder({ page })
    .include('.cause-diagrams')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
    .analyze()
    .then((r) => expect(r.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]));
});

test('the shared screen shows the tree at 20 px or more at 1280x720 and follows the highlighted cause', async ({
  page,
  host,
  context,
}) => {
  test.slow();
  const { presenter, chosen } = await rootCausesShared(page, context, host, 1280, 720);
  // The demo's tree has more than one monitoring node: highlight the first.
  const option = chosen.locator('option', { hasText: /In the tree: Monitoring/ }).first();
  await expect(option).toBeAttached();
  const key = await option.getAttribute('value');
  await chosen.selectOption(key!);

  const tree = presenter.getByTestId('presenter-tree');
  await expect(tree).toBeVisible();
  const nodeId = key!.replace(/^node-/, '');
  const selected = tree.locator(`g[data-node-id="${nodeId}"]`);
  await expect(selected.locator('rect.selected')).toHaveCount(1);
  // The highlighted cause is on screen, whole, and no text of the drawing is under 20 px.
  const frame = (await tree.locator('.presenter-tree-box').boundingBox())!;
  expect(inside((await selected.boundingBox())!, frame)).toBe(true);
  const sizes = await tree.locator('svg text').evaluateAll((texts) =>
    texts.map((t) => {
      const svg = (t as SVGTextElement).ownerSVGElement!;
      const ctm = svg.getScreenCTM()!;
      return parseFloat(getComputedStyle(t).fontSize) * ctm.a;
    }),
  );
  expect(sizes.length).toBeGreaterThan(2);
  // Exactly the size the boxes were laid out for: larger text would overflow them.
  expect(new Set(sizes)).toEqual(new Set([20]));

  // Another cause: the tree follows.
  const other = chosen.locator('option', { hasText: /In the tree: Deployment pipeline/ }).first();
  const otherKey = (await other.getAttribute('value'))!;
  await chosen.selectOption(otherKey);
  const otherNode = tree.locator(`g[data-node-id="${otherKey.replace(/^node-/, '')}"]`);
  await expect(otherNode.locator('rect.selected')).toHaveCount(1);
  await expect(selected.locator('rect.selected')).toHaveCount(0);
});

test('the shared screen shows the fishbone after the tree, whole and at 20 px, or says it does not fit', async ({
  page,
  host,
  context,
}) => {
  test.slow();
  const { presenter, chosen, errors } = await rootCausesShared(page, context, host, 1920, 1080);
  await chosen.selectOption({ label: 'The fishbone' });

  const fishbone = presenter.getByTestId('presenter-fishbone');
  const drawing = fishbone.getByRole('img', { name: /^Fishbone of/ });
  await expect(drawing).toBeVisible();
  // Whole inside its frame, every bone named, no text under 20 px. Polled: the drawing is fitted
  // once its frame is measured, a frame or two after it shows (failed once on a loaded machine).
  const frameBox = fishbone.locator('.presenter-tree-box');
  await expect
    .poll(async () => inside((await drawing.boundingBox())!, (await frameBox.boundingBox())!))
    .toBe(true);
  await expect(drawing.locator('g.bone')).toHaveCount(7);
  const sizes = await drawing.locator('text').evaluateAll((texts) =>
    texts.map((t) => {
      const ctm = (t as SVGTextElement).ownerSVGElement!.getScreenCTM()!;
      return parseFloat(getComputedStyle(t).fontSize) * ctm.a;
    }),
  );
  expect(sizes.length).toBeGreaterThan(7);
  expect(new Set(sizes)).toEqual(new Set([20]));

  // The demo's long causes are cut to fewer lines to fit; the note says so.
  await expect(fishbone.getByText(/Long causes are cut to (two|three) lines here/)).toBeVisible();

  // A small screen: the same bones at 20 px would be cut, so one line says so instead.
  await presenter.setViewportSize({ width: 800, height: 600 });
  await expect(fishbone.getByText(/needs a larger screen to be read at 20 px/)).toBeVisible();
  await expect(drawing).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a hint appears under a blaming sentence, never blocks typing, and stays dismissed after a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New blank postmortem' }).click();
  const summary = page.getByRole('region', { name: '1. Incident summary' });
  const field = summary.getByLabel('What happened');
  const typed = 'At 02:10 Alice forgot to renew the certificate. Obviously the alert was muted.';
  await field.pressSequentially(typed, { delay: 5 });
  await expect(field).toHaveValue(typed);
  const hints = summary.locator('.language-hint');
  await expect(hints).toHaveCount(2);
  await expect(hints.first()).toContainText('Alice forgot');
  await expect(hints.first()).toContainText('Names a person as the cause of a failure.');
  await expect(hints.nth(1)).toContainText('Hindsight');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/(^|\s)Saved$/, {
    timeout: 10_000,
  });

  await summary.getByRole('button', { name: /^Dismiss the hint on \W*Alice forgot\W*$/ }).click();
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText('Obviously');
  await page.reload();
  await expect(field).toHaveValue(typed);
  await expect(summary.locator('.language-hint')).toHaveCount(1);
  await expect(summary.locator('.language-hint').first()).toContainText('Obviously');
  // A new occurrence of the same words is hinted again.
  await field.press('End');
  await field.pressSequentially(' Then Alice forgot the runbook.');
  await expect(summary.locator('.language-hint')).toHaveCount(2);
  await new AxeBuilder({ page })
    .include('.language-hints')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze()
    .then((r) => expect(r.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]));
});

/** WCAG contrast of each outliner badge's text against the colour behind it. */
async function badgeContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(`(() => {
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const behind = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll('.cause-tree .cause-badge')].map((b) => {
      const [a, z] = [lum(rgb(getComputedStyle(b).color).slice(0, 3)), lum(behind(b))];
      return { text: b.textContent, ratio: (Math.max(a, z) + 0.05) / (Math.min(a, z) + 0.05) };
    });
  })()`);
}

test('the outliner’s badges, the root-cause flag among them, read at 4.5:1 or better in both themes', async ({
  page,
  host,
}) => {
  await openRootCauses(page, host);
  const tree = page.getByRole('tree', { name: 'Cause tree' });
  await expect(tree.locator('.cause-badge.root').first()).toHaveText('Root cause');
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const badges = await badgeContrasts(page);
    expect(badges.filter((b) => b.text === 'Root cause').length).toBeGreaterThan(0);
    const faint = badges.filter((b) => b.ratio < 4.5);
    expect(faint, `badges under 4.5:1 in the ${theme} theme`).toEqual([]);
  }
  // A deep row keeps room for its words: its badges wrap before the words are squeezed.
  const widths = await tree
    .locator('.cause-row-line')
    .evaluateAll((rows) =>
      rows.map(
        (r) =>
          (r.querySelector('.node-text, .cause-words') as HTMLElement | null)?.offsetWidth ?? 0,
      ),
    );
  expect(Math.min(...widths.filter((w) => w > 0))).toBeGreaterThanOrEqual(160);
  // Two badges stack, and their box is no wider than the wider of them: a wrapping row kept its
  // whole 14rem and left the cause's words a gap of empty space.
  const boxes = await tree.locator('.cause-badges').evaluateAll((all) =>
    all
      .filter((box) => box.children.length > 1)
      .map((box) => ({
        box: box.getBoundingClientRect().width,
        widest: Math.max(...[...box.children].map((b) => b.getBoundingClientRect().width)),
      })),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const { box, widest } of boxes) expect(box).toBeLessThanOrEqual(widest + 1);
});
