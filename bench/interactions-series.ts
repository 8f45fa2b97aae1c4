// The time-series part of the interactions bench: each quick view in turn, then percentile bands
// of other columns chosen in the Column select (answers no view preloads: the query worker computes
// each while the user waits). Each timed from the click or change to the frame drawn with the new
// title and chart.
import type { Locator, Page } from '@playwright/test';

type UntilDrawn = (page: Page, condition: string, t0: number) => Promise<number>;

/** The title names the series shown; it changes when the new answer is drawn. */
const NEW_SERIES_DRAWN = `const group = document.querySelector('[role="group"][aria-label="Quick views"]');
  const section = group.closest('section');
  const title = section.querySelector('h3');
  return title.textContent !== title.dataset.before &&
    section.querySelectorAll('.recharts-curve, .recharts-area, .recharts-bar-rectangle').length > 0;`;

/** Figures by what was timed (a quick view's label, or "column: <name>"). */
export async function timeSeriesViews(
  page: Page,
  panel: Locator,
  untilDrawn: UntilDrawn,
  into: Map<string, number[]>,
): Promise<void> {
  const add = (what: string, ms: number) => into.set(what, [...(into.get(what) ?? []), ms]);
  await panel.getByRole('tab', { name: 'Over time' }).click();
  await panel.getByRole('img', { name: /over time/ }).waitFor();
  const views = await panel
    .getByRole('group', { name: 'Quick views' })
    .getByRole('button')
    .allTextContents();
  for (const view of [...views.slice(1), views[0]!]) {
    const t = await page.evaluate((name) => {
      const group = document.querySelector('[role="group"][aria-label="Quick views"]')!;
      const button = [...group.querySelectorAll<HTMLElement>('button')].find(
        (b) => b.textContent === name,
      )!;
      if (button.getAttribute('aria-pressed') === 'true') return null; // already shown
      const title = group.closest('section')!.querySelector('h3')!;
      title.dataset.before = title.textContent ?? '';
      const time = performance.now();
      button.click();
      return time;
    }, view);
    if (t !== null) add(view, await untilDrawn(page, NEW_SERIES_DRAWN, t));
  }
  // Percentile bands of columns no quick view shows: computed on the change.
  const bands = views.find((v) => v.startsWith('Distribution of '));
  if (!bands) return;
  await panel.getByRole('button', { name: bands }).click();
  await panel.getByRole('img', { name: /percentiles\) over time/ }).waitFor();
  for (const column of ['amount', 'feature_a', 'feature_b']) {
    const t = await page.evaluate((name) => {
      const group = document.querySelector('[role="group"][aria-label="Quick views"]')!;
      const section = group.closest('section')!;
      const select = [...section.querySelectorAll('select')].find(
        (s) => s.labels?.[0]?.textContent === 'Column',
      );
      if (!select) throw new Error('No Column select');
      const title = section.querySelector('h3')!;
      title.dataset.before = title.textContent ?? '';
      const time = performance.now();
      select.value = name;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return time;
    }, column);
    add(
      `percentile bands of another column (${column})`,
      await untilDrawn(page, NEW_SERIES_DRAWN, t),
    );
  }
}
