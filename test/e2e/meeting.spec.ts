import type { Page } from '@playwright/test';
import { callApi, expect, test, type Host } from './fixtures';

/*
 * The facilitated meeting in Chromium through the browser host. The back end stamps every command
 * with its own clock, so time is moved on both sides together: page.clock for the window and
 * POST /api/test/clock for the host (started with --test-clock). Both are paused at the same
 * instant, so every figure is exact to the second.
 *
 * Routes: #/meeting/<id> is the facilitator's screen, #/present/<id> the presenter view.
 */

async function serverClock(host: Host, body: { advanceMs: number } | { pauseAtMs: number }) {
  const response = await fetch(`${host.origin}/api/test/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(body),
  });
  expect(response.ok, 'the host must run with --test-clock').toBe(true);
}

/**
 * Stops both clocks at the same whole minute. It lies ahead of the real time, because the host's
 * test clock never goes back.
 */
async function freezeClocks(page: Page, host: Host) {
  const t0 = Math.ceil((Date.now() + 60_000) / 60_000) * 60_000;
  await page.clock.install({ time: t0 - 1000 });
  await page.clock.pauseAt(t0);
  await serverClock(host, { pauseAtMs: t0 });
}

/** Moves both clocks forward by `seconds`; the window's timers fire on the way. */
async function advance(page: Page, host: Host, seconds: number) {
  await serverClock(host, { advanceMs: seconds * 1000 });
  await page.clock.fastForward(seconds * 1000);
}

async function newPostmortem(host: Host, title: string): Promise<string> {
  const created = await callApi<{ id: string; revision: number }>(host, 'postmortems.create', {
    title,
  });
  return created.id;
}

const meetingUrl = (host: Host, id: string) => `${host.origin}/?token=${host.token}#/meeting/${id}`;
const presenterUrl = (host: Host, id: string) =>
  `${host.origin}/?token=${host.token}#/present/${id}`;

const status = (page: Page) => page.getByTestId('meeting-status');

/**
 * Starts the meeting and waits until the back end has stamped it: a click resolves before its
 * call arrives, and moving the host's clock first would stamp the start later.
 */
async function start(page: Page) {
  await page.getByRole('button', { name: /Start the meeting/ }).click();
  await expect(status(page)).toHaveText('Running');
}

const stepHeading = (page: Page) => page.getByRole('heading', { level: 1 });
const countdown = (page: Page) => page.getByTestId('step-countdown');
const phase = (page: Page) => page.getByTestId('step-phase');

const TITLES = [
  'Opening and ground rules',
  'Incident summary',
  'Timeline of events',
  'What the model was supposed to do',
  'Diagnosis: what went wrong',
  'Root causes',
  'What worked well',
  'Corrective actions',
  'Lessons learned',
  'Closing recap',
];

test('a full meeting runs through every step of the agenda and ends once', async ({
  page,
  host,
}) => {
  const id = await newPostmortem(host, 'Full meeting');
  await page.goto(meetingUrl(host, id));
  await expect(stepHeading(page)).toHaveText(TITLES[0]!);
  await expect(page.getByText('not to find someone to blame', { exact: false })).toBeVisible();
  await expect(page.getByTestId('agenda-sum')).toContainText('1:00:00');
  await page.getByRole('button', { name: /Start the meeting/ }).click();
  await expect(page.getByTestId('meeting-status')).toContainText('Running');
  for (const title of TITLES.slice(1)) {
    await page.getByRole('button', { name: /Next step/ }).click();
    await expect(stepHeading(page)).toHaveText(title);
  }
  await expect(page.getByRole('button', { name: /Next step/ })).toBeDisabled();
  await page.getByRole('button', { name: /End meeting/ }).click();
  const dialog = page.getByRole('dialog', { name: 'End the meeting?' });
  await dialog.getByRole('button', { name: 'End the meeting' }).click();
  await expect(page.getByTestId('meeting-status')).toContainText('Ended');
  await expect(page.getByRole('button', { name: /End meeting/ })).toBeDisabled();
  const log = page.getByRole('table', { name: /Meeting log/ });
  await expect(log.getByRole('row')).toHaveCount(1 + 10 + 1);
  const meeting = await callApi<{ state: { status: string; events: { type: string }[] } }>(
    host,
    'meeting.get',
    { postmortemId: id },
  );
  expect(meeting.state.status).toBe('ended');
  expect(meeting.state.events.filter((e) => e.type === 'ended')).toHaveLength(1);
  expect(meeting.state.events.filter((e) => e.type === 'stepEntered')).toHaveLength(9);
  // No step runs after the end: the clock shows how long the meeting took, not time left.
  await expect(countdown(page)).toHaveAccessibleName(/^The meeting ended after/);
  await expect(phase(page)).toHaveText('Meeting ended · total time');
  await expect(page.getByText(/left in this step/)).toHaveCount(0);
});

test('pausing freezes the countdown and resuming continues it', async ({ page, host }) => {
  const id = await newPostmortem(host, 'Pause and resume');
  await freezeClocks(page, host);
  await page.goto(meetingUrl(host, id));
  await start(page);
  await expect(countdown(page)).toHaveText('3:00');
  await advance(page, host, 30);
  await expect(countdown(page)).toHaveText('2:30');
  await page.getByRole('button', { name: /^Pause/ }).click();
  await expect(phase(page)).toHaveText('Paused · On time');
  await advance(page, host, 120);
  await expect(countdown(page)).toHaveText('2:30');
  await expect(page.getByTestId('meeting-elapsed')).toHaveText('0:30');
  await page.getByRole('button', { name: /^Resume/ }).click();
  await expect(status(page)).toHaveText('Running');
  await advance(page, host, 10);
  await expect(countdown(page)).toHaveText('2:20');
  await expect(phase(page)).toHaveText('On time');
  await expect(page.getByTestId('meeting-elapsed')).toHaveText('0:40');
});

test('a step warns in its last minute and shows its overrun in words', async ({ page, host }) => {
  const id = await newPostmortem(host, 'Overrun');
  await freezeClocks(page, host);
  await page.goto(meetingUrl(host, id));
  const minutes = page.getByRole('spinbutton', { name: 'Minutes for Opening and ground rules' });
  await minutes.fill('2');
  await minutes.press('Enter');
  await expect(page.getByTestId('agenda-sum')).toContainText('59:00');
  await start(page);
  await advance(page, host, 50);
  await expect(phase(page)).toHaveText('On time');
  await advance(page, host, 20);
  await expect(countdown(page)).toHaveText('0:50');
  await expect(phase(page)).toHaveText('Last minute');
  await advance(page, host, 65);
  await expect(countdown(page)).toHaveText('+0:15');
  await expect(phase(page)).toHaveText('Over time by 0:15');
  await expect(page.locator('.step-timer')).toHaveAttribute('data-phase', 'overrun');
  await page.getByRole('button', { name: /\+5 minutes/ }).click();
  await expect(countdown(page)).toHaveText('4:45');
  await expect(phase(page)).toHaveText('On time');
});

test('an absurd timebox is refused with a message beside the field', async ({ page, host }) => {
  const id = await newPostmortem(host, 'Bad timebox');
  await page.goto(meetingUrl(host, id));
  const minutes = page.getByRole('spinbutton', { name: 'Minutes for Root causes' });
  await minutes.fill('-5');
  await minutes.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Step "Root causes"');
  await expect(page.getByRole('alert')).toContainText('cannot be negative');
  await expect(minutes).toHaveAccessibleDescription(/cannot be negative/);
  await expect(page.getByTestId('agenda-sum')).toContainText('1:00:00');
});

test('a reload in the middle of a step comes back on the same step with the same times', async ({
  page,
  host,
}) => {
  const id = await newPostmortem(host, 'Reload');
  await freezeClocks(page, host);
  await page.goto(meetingUrl(host, id));
  await start(page);
  await advance(page, host, 70);
  await page.keyboard.press('n');
  await expect(stepHeading(page)).toHaveText('Incident summary');
  await advance(page, host, 95);
  await expect(countdown(page)).toHaveText('2:25');
  await page.reload();
  await expect(stepHeading(page)).toHaveText('Incident summary');
  await expect(countdown(page)).toHaveText('2:25');
  await expect(page.getByTestId('meeting-elapsed')).toHaveText('2:45');
  await advance(page, host, 5);
  await expect(countdown(page)).toHaveText('2:20');
});

test('the presenter page follows the facilitator within half a second', async ({
  page,
  host,
  context,
}) => {
  const id = await newPostmortem(host, 'Presenter');
  await page.goto(meetingUrl(host, id));
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(presenterUrl(host, id));
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(TITLES[0]!);
  await expect(presenter.getByText('Not started')).toBeVisible();
  await page.getByRole('button', { name: /Start the meeting/ }).click();
  await expect(presenter.getByText('On time')).toBeVisible({ timeout: 500 });
  await expect(presenter.getByText('Step 1 of 10')).toBeVisible();
  for (const title of TITLES.slice(1, 4)) {
    await page.getByRole('button', { name: /Next step/ }).click();
    await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 500 });
  }
  // A capture in the facilitator's window shows on the shared screen.
  await page.getByRole('button', { name: /Previous step/ }).click();
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Timeline of events', {
    timeout: 500,
  });
  await page.getByRole('radio', { name: 'Timeline event' }).check();
  await page
    .getByRole('textbox', { name: 'Timeline event', exact: true })
    .fill('Rollback to v12 started.');
  await page.getByRole('button', { name: 'Add to the timeline' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added to the timeline.' }),
  ).toBeVisible();
  await expect(presenter.getByText('Rollback to v12 started.')).toBeVisible({ timeout: 1000 });

  // No controls on the shared screen, and no text below 20 px at 1280x720.
  await expect(presenter.getByRole('button')).toHaveCount(0);
  // Text on screen only: the shell's skip link waits above the top edge until focused.
  const small = await presenter.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element || !element.checkVisibility()) continue;
      const box = element.getBoundingClientRect();
      const onScreen =
        box.width > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (onScreen && size < 20) found.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    return found;
  });
  expect(small).toEqual([]);
});

test('shortcuts do not fire while typing in a field, and do outside it', async ({ page, host }) => {
  const id = await newPostmortem(host, 'Shortcuts');
  await page.goto(meetingUrl(host, id));
  await page.getByRole('button', { name: /Start the meeting/ }).click();
  await expect(stepHeading(page)).toHaveText(TITLES[0]!);
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.click();
  await page.keyboard.type('n p s e 3 m ? ');
  await page.keyboard.press('Space');
  await expect(note).toHaveValue('n p s e 3 m ?  ');
  await expect(stepHeading(page)).toHaveText(TITLES[0]!);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('meeting-status')).toContainText('Running');
  await page.keyboard.press('Digit5');
  await expect(stepHeading(page)).toHaveText(TITLES[0]!);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  await expect(stepHeading(page)).toHaveText(TITLES[1]!);
  await page.keyboard.press('Digit0');
  await expect(stepHeading(page)).toHaveText(TITLES[9]!);
  await page.keyboard.press('Digit4');
  await expect(stepHeading(page)).toHaveText(TITLES[3]!);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('meeting-status')).toContainText('Paused');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Add 5 minutes to the current step');
  await page.keyboard.press('n'); // the help is open: nothing moves
  await expect(stepHeading(page)).toHaveText(TITLES[3]!);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'End the meeting?' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('meeting-status')).toContainText('Paused');
});

test('"Open presenter view" opens the presenter as a second page that follows', async ({
  page,
  host,
}) => {
  const id = await newPostmortem(host, 'Popup');
  await page.goto(meetingUrl(host, id));
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  const presenter = await popup;
  expect(new URL(presenter.url()).hash).toBe(`#/present/${id}`);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(TITLES[0]!);
  await page.getByRole('button', { name: /Start the meeting/ }).click();
  await expect(presenter.getByText('On time')).toBeVisible({ timeout: 500 });
});

test('a capture right after typing in the step keeps both the typing and the capture', async ({
  page,
  host,
}) => {
  const id = await newPostmortem(host, 'Typing then capture');
  await page.goto(meetingUrl(host, id));
  await page.getByRole('button', { name: /Start the meeting/ }).click();
  await page.getByRole('button', { name: /Next step/ }).click();
  await expect(stepHeading(page)).toHaveText('Incident summary');
  await page.getByRole('textbox', { name: 'What happened' }).fill('Declines tripled overnight.');
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Ask payments for volumes.');
  await page.getByRole('button', { name: 'Add the note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the notes.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue(
    'Declines tripled overnight.',
  );
  const stored = () =>
    callApi<{ summary: { whatHappened: string }; notes: { text: string; step: string }[] }>(
      host,
      'postmortems.get',
      { id },
    );
  // The typing travels on its own batch, the capture on another: neither waits for the other.
  await expect
    .poll(async () => (await stored()).summary.whatHappened)
    .toBe('Declines tripled overnight.');
  expect((await stored()).notes.map((n) => [n.text, n.step])).toEqual([
    ['Ask payments for volumes.', 'Incident summary'],
  ]);
});
