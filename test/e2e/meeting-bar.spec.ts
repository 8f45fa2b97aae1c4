import type { Postmortem } from '../../shared/domain';
import { callApi, expect, test } from './fixtures';
import { meetingAt, meetingUrl } from './presenter-helpers';

// The facilitator's window at a laptop's (and a shared screen's) 1280 × 720.
test.use({ viewport: { width: 1280, height: 720 } });

test('the meeting bar takes at most a sixth of a 1280 × 720 window, its buttons on one row', async ({
  page,
  host,
}) => {
  const { id } = await callApi<Postmortem>(host, 'postmortems.create', { title: 'Compact bar' });
  await meetingAt(host, id, 1);
  await page.goto(meetingUrl(host, id));
  const bar = page.getByRole('banner', { name: 'Meeting clock' });
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Measured: 188 px (two rows of buttons under the clock) before, 108 px after.
  const height = (await bar.boundingBox())?.height ?? Infinity;
  expect(height).toBeLessThanOrEqual(720 / 6);

  // Short labels, full names: each button is found by its full name, its keys in its tooltip.
  const controls = bar.getByRole('group', { name: 'Meeting controls' });
  const named: [string, string][] = [
    ['Pause', 'Pause (Space)'],
    ['Previous step', 'Previous step (P or ←)'],
    ['Next step', 'Next step (N or →)'],
    ['+1 minute', '+1 minute (+ or M)'],
    ['+5 minutes', '+5 minutes (Shift+M)'],
    ['−1 minute', '−1 minute (-)'],
    ['Skip step', 'Skip step (S)'],
    ['End meeting…', 'End meeting… (E)'],
  ];
  const tops = new Set<number>();
  for (const [name, title] of named) {
    const button = controls.getByRole('button', { name, exact: true });
    await expect(button).toHaveAttribute('title', title);
    tops.add(Math.round((await button.boundingBox())?.y ?? -1));
  }
  expect([...tops]).toHaveLength(1);
  await expect(bar.getByRole('button', { name: 'Open presenter view' })).toBeVisible();

  // What a meeting needs once waits under "More": still reachable by role and name.
  const more = bar.getByRole('button', { name: 'More meeting controls' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('group', { name: 'More meeting controls' });
  await menu.getByRole('checkbox', { name: 'Chime at the last minute and at overrun' }).check();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  await more.click();
  await expect(menu.getByRole('checkbox', { name: /^Chime/ })).toBeChecked();
  await menu.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(menu).toBeHidden();
});
