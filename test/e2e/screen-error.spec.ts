import { expect, test } from './fixtures';

/*
 * A screen that throws while rendering: the window says so under its header instead of going
 * blank, and trying again brings the screen back with nothing typed lost. The fault is put into
 * the browser's own date formatting (which the editor's time fields call while rendering), not
 * into our code.
 */
test('a screen that throws says so under the header, and trying again loses nothing typed', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const original = Intl.DateTimeFormat.prototype.formatToParts;
    Intl.DateTimeFormat.prototype.formatToParts = function (this: Intl.DateTimeFormat, date) {
      if ((window as { breakDates?: boolean }).breakDates)
        throw new Error('Dates cannot be read (a fault put in by the test)');
      return original.call(this, date);
    };
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New blank postmortem' }).click();
  const whatHappened = page.getByRole('textbox', { name: 'What happened', exact: true });
  await whatHappened.fill('Scores drifted after the vendor rescaled a feature.');

  // The editor is opened again while dates cannot be read: its time fields throw.
  await page.evaluate(() => ((window as { breakDates?: boolean }).breakDates = true));
  await page.getByRole('banner').getByRole('button', { name: 'Library' }).click();
  await page
    .getByRole('button', { name: /Untitled postmortem/ })
    .first()
    .click();
  const failed = page.getByRole('alert').filter({ hasText: 'This screen stopped with an error' });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('Dates cannot be read');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Library' })).toBeVisible();

  await page.evaluate(() => ((window as { breakDates?: boolean }).breakDates = false));
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(failed).toHaveCount(0);
  await expect(whatHappened).toHaveValue('Scores drifted after the vendor rescaled a feature.');
  // React reports what the boundary caught to the console, never as an uncaught page error.
  expect(errors).toEqual([]);
});
