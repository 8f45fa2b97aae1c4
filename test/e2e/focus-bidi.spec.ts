import type { Locator, Page } from '@playwright/test';
import { diffDocs } from '../../shared/doc/diff';
import type { Postmortem } from '../../shared/domain';
import { applyOps, callApi, expect, test, type Host } from './fixtures';
import { meetingAt, presenterUrl } from './presenter-helpers';

/*
 * Keyboard and screen-reader basics in Chromium: focus never falls to the page's body after a
 * view changes under it, and right-to-left text in one field never reorders another field.
 */

const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE, left unclosed on purpose

/** What has the focus: the body, or an element with its role and name. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent;
    return `${el.tagName.toLowerCase()}: ${(name ?? '').trim().slice(0, 60)}`;
  });
}

/** Changes the stored postmortem as another window would: the difference, as operations. */
async function saveContent(host: Host, id: string, edit: (doc: Record<string, unknown>) => void) {
  const stored = await callApi<Postmortem>(host, 'postmortems.get', { id });
  const content = structuredClone(stored) as unknown as Record<string, unknown>;
  edit(content);
  await applyOps(host, id, diffDocs(stored, content as unknown as Postmortem));
}

test('focus stays on the page: opening a postmortem, removing items, entering the meeting', async ({
  page,
  host,
}) => {
  const { id } = await callApi<{ id: string }>(host, 'postmortems.create', { title: 'Focus' });
  await saveContent(host, id, (doc) => {
    doc.rootCauses = ['one', 'two', 'three'].map((text, i) => ({
      id: `rc${i}`,
      layer: 'data',
      description: `Cause ${text}`,
      hint: '',
    }));
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Focus', exact: true }).press('Enter');
  await expect(page.getByRole('main', { name: 'Postmortem document' })).toBeFocused();

  const causes = page.getByRole('region', { name: '4. Root causes' });
  const description = (n: number) =>
    causes.getByRole('group', { name: `Root cause ${n}` }).getByLabel('Layer');
  // The middle one: focus goes to the item that takes its place.
  await causes.getByRole('button', { name: 'Remove Root cause 2' }).click();
  await expect(description(2)).toBeFocused();
  await expect(
    causes.getByRole('group', { name: 'Root cause 2' }).getByLabel('Description'),
  ).toHaveValue('Cause three');
  // The last one: focus goes to the one before it.
  await causes.getByRole('button', { name: 'Remove Root cause 2' }).click();
  await expect(description(1)).toBeFocused();
  // The only one: focus goes to the list's add button.
  await causes.getByRole('button', { name: 'Remove Root cause 1' }).click();
  await expect(causes.getByRole('button', { name: 'Add root cause' })).toBeFocused();

  await page.getByRole('button', { name: 'Run the meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Opening and ground rules' }),
  ).toBeFocused();
  expect(await focused(page)).not.toBe('body');
});

/**
 * True when the characters of `text` are drawn left to right, in the order they were typed,
 * wherever it appears inside `scope` (its first occurrence in one text node).
 */
async function drawnInOrder(scope: Locator, text: string): Promise<boolean> {
  return scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      // Left to right on each line it takes (it may wrap onto the next).
      let previous: DOMRect | null = null;
      for (let i = 0; i < wanted.length; i++) {
        if (wanted[i] === ' ') continue;
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        const box = range.getBoundingClientRect();
        const sameLine = previous !== null && Math.abs(box.top - previous.top) < box.height / 2;
        if (sameLine && box.left <= previous!.left) return false;
        previous = box;
      }
      return true;
    }
    throw new Error(`"${wanted}" is not on the page.`);
  }, text);
}

test('an unclosed right-to-left override in one field never reorders another', async ({
  page,
  host,
}) => {
  const { id } = await callApi<{ id: string }>(host, 'postmortems.create', {
    title: `Scorer ${RLO}override`,
  });
  await saveContent(host, id, (doc) => {
    const summary = doc.summary as Record<string, unknown>;
    summary.modelName = `scorer${RLO}`;
    summary.modelVersion = 'v13 build';
    doc.actions = [
      {
        id: 'a1',
        area: 'prevention',
        description: `Add a canary${RLO}`,
        owner: 'Ana Lima',
        dueDate: '2026-04-01',
        status: 'open',
        reviewDate: null,
        hint: '',
      },
    ];
    doc.participants = [{ id: 'p1', name: `Ben${RLO}`, team: 'Risk team', role: 'scribe' }];
  });

  // The library row: model name, then version.
  await page.goto(host.url);
  const row = page.getByRole('listitem').filter({ hasText: 'override' });
  expect(await drawnInOrder(row, 'v13 build')).toBe(true);
  expect(await drawnInOrder(row, 'Incident')).toBe(true);

  // The meeting's opening (attendance: name, then team) and the recap (description, then owner).
  await meetingAt(host, id, 0);
  await page.goto(`${host.origin}/?token=${host.token}#/meeting/${id}`);
  const attendance = page.getByRole('group', { name: 'Who is present' });
  expect(await drawnInOrder(attendance, 'Risk team')).toBe(true);
  await meetingAt(host, id, 9);
  const recap = page.getByRole('region', { name: 'Actions to confirm' });
  expect(await drawnInOrder(recap, 'Ana Lima')).toBe(true);
  expect(await drawnInOrder(recap, 'due:')).toBe(true);

  // The shared screen: the summary's facts and the actions.
  const presenter = page;
  await meetingAt(host, id, 1);
  await presenter.goto(presenterUrl(host, id));
  const main = presenter.getByTestId('presenter');
  await expect(main.getByText('v13 build')).toBeVisible();
  expect(await drawnInOrder(main, 'v13 build')).toBe(true);
  await meetingAt(host, id, 7);
  await expect(main.getByText('Ana Lima')).toBeVisible();
  expect(await drawnInOrder(main, 'Ana Lima')).toBe(true);
  expect(await drawnInOrder(main, 'due:')).toBe(true);
});
