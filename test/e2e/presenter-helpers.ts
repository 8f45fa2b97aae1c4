import type { Page } from '@playwright/test';
import { diffDocs } from '../../shared/doc/diff';
import type { Postmortem } from '../../shared/domain';
import { applyOps, callApi, expect, type Host } from './fixtures';

/*
 * Shared by the presenter specs: a postmortem heavy enough to need pages, the routes, and the
 * fit check measured in Chromium (what "no text cut" means on the shared screen).
 */

export const meetingUrl = (host: Host, id: string) =>
  `${host.origin}/?token=${host.token}#/meeting/${id}`;
export const presenterUrl = (host: Host, id: string) =>
  `${host.origin}/?token=${host.token}#/present/${id}`;

const sentence = (n: number) =>
  `Sentence ${n} of the account: the scorer flagged good payments from returning customers, and the support queue grew while nobody looked at the decline rate.`;

/** A postmortem whose every step holds more than a page at 1280x720. */
export async function heavyPostmortem(host: Host, title: string): Promise<string> {
  const created = await callApi<Postmortem>(host, 'postmortems.create', { title });
  const { id } = created;
  const doc = created;
  const ids = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
  const long = Array.from({ length: 34 }, (_, i) => sentence(i + 1)).join(' ');
  const content: Postmortem = {
    ...doc,
    summary: {
      ...doc.summary,
      modelName: 'fraud-scorer',
      modelVersion: 'v13',
      severity: 'SEV2',
      whatHappened: long.slice(0, 5000),
      startedAt: '2026-03-12T02:00:00.000Z',
      detectedAt: '2026-03-12T04:40:00.000Z',
      endedAt: '2026-03-12T09:30:00.000Z',
      detectedBy: 'Support lead',
      impactedWho: 'Returning card holders',
      impactedCount: 18234,
      impactedUnit: 'payments',
    },
    timeline: ids('ev', 30).map((eventId, i) => ({
      id: eventId,
      at: new Date(Date.UTC(2026, 2, 12, 2, i * 7)).toISOString(),
      kind: 'other',
      text: `Event ${i + 1}: the on-call engineer looked at the dashboard and wrote what they saw.`,
    })),
    diagnosis: doc.diagnosis.map((a, i) => ({
      ...a,
      status: i % 2 ? 'ruled_out' : 'contributed',
      findings: `${sentence(i)} ${sentence(i + 10)}`,
    })),
    rootCauses: ids('rc', 12).map((causeId, i) => ({
      id: causeId,
      layer: 'process',
      description: `Cause ${i + 1}: a release step that nobody owned let the change through. ${sentence(i)}`,
      hint: '',
    })),
    workedWell: ids('ww', 10).map((itemId, i) => ({
      id: itemId,
      text: `Worked ${i + 1}: ${sentence(i)}`,
    })),
    actions: ids('ac', 15).map((actionId, i) => ({
      id: actionId,
      area: 'prevention',
      description: `Action ${i + 1}: add a canary stage with an alert on the decline rate per segment.`,
      owner: 'Ana',
      dueDate: '2026-04-01',
      status: 'open',
      reviewDate: null,
      hint: '',
    })),
    lessons: doc.lessons.map((l, i) => ({ ...l, answer: `${sentence(i)} ${sentence(i + 5)}` })),
    parkingLot: ids('pl', 8).map((itemId, i) => ({
      id: itemId,
      text: `Parked ${i + 1}: ask payments for the volumes per merchant.`,
      createdAt: '2026-03-13T10:00:00.000Z',
    })),
  };
  await applyOps(host, id, diffDocs(created, content));
  return id;
}

/** Starts the meeting from the back end and moves it to a step, as a window would. */
export async function meetingAt(host: Host, id: string, stepIndex: number): Promise<void> {
  const get = () =>
    callApi<{ state: { revision: number; status: string; currentStepIndex: number } }>(
      host,
      'meeting.get',
      { postmortemId: id },
    );
  let meeting = await get();
  if (meeting.state.status === 'planned') {
    await callApi(host, 'meeting.command', {
      postmortemId: id,
      command: { type: 'start', expectedRevision: meeting.state.revision },
    });
    meeting = await get();
  }
  if (meeting.state.currentStepIndex !== stepIndex) {
    await callApi(host, 'meeting.command', {
      postmortemId: id,
      command: { type: 'jump', stepIndex, expectedRevision: meeting.state.revision },
    });
  }
}

export interface FitReport {
  /** Elements whose content overflows their box with no visible cue. */
  overflowing: string[];
  /** Lines of text crossing an edge of the shared screen or of the page. */
  cut: string[];
  /** Visible text under 20 px. */
  small: string[];
  /** The header's height and the title's lines. */
  headerHeight: number;
  titleLines: number;
  page: number;
  pages: number;
}

/**
 * Measures the presenter as it is on screen. An element may hold more than its box only when it
 * is the paged content and the page cue ("n / N" with N > 1) is visible; a line of text may be
 * wholly on the page or wholly off it (on another page), never across an edge.
 */
export async function measureFit(page: Page): Promise<FitReport> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-testid="presenter"]')!;
    const viewport = root.querySelector<HTMLElement>('[data-paged]');
    const chart = root.querySelector<HTMLElement>('.presenter-chart');
    const flow = viewport?.querySelector<HTMLElement>('.presenter-flow') ?? null;
    // The columns of the page on screen: a line of text must stay within its column.
    const columnBands = (() => {
      if (!flow || !viewport) return null;
      const style = getComputedStyle(flow);
      const count = Number(style.columnCount) || 1;
      const gap = parseFloat(style.columnGap) || 0;
      const left = viewport.getBoundingClientRect().left;
      const width = (viewport.clientWidth - gap * (count - 1)) / count;
      return { left, width, gap };
    })();
    const inColumn = (r: DOMRect) => {
      if (!columnBands) return true;
      const { left, width, gap } = columnBands;
      const index = Math.floor((r.left - left + 1) / (width + gap));
      const start = left + index * (width + gap);
      return r.left >= start - 1 && r.right <= start + width + 1;
    };
    const cue = root.querySelector<HTMLElement>('[data-testid="presenter-page"]');
    const match = /(\d+) \/ (\d+)/.exec(cue?.textContent ?? '');
    const pageNo = match ? Number(match[1]) : 1;
    const pages = match ? Number(match[2]) : 1;
    const cueShown = Boolean(cue?.checkVisibility()) && pages > 1;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').replace(/ /g, '.')} "${(el.textContent ?? '').trim().slice(0, 50)}"`;

    // A box that clips (overflow other than visible) must not hold more than it shows, unless it
    // is the paged content with its cue; a box that lets content spill must not spill its own
    // text (a zero-size wrapper that only positions other boxes, as charts use, is no text).
    const overflowing: string[] = [];
    const paged = new Set(Array.from(root.querySelectorAll('[data-paged]')));
    for (const el of [root, ...Array.from(root.querySelectorAll<HTMLElement>('*'))]) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents') continue;
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      let over: boolean;
      if (clips) {
        over = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
        if (over && paged.has(el) && cueShown) continue;
      } else {
        // Inside the paged columns a box is broken over columns and reports its unbroken size;
        // the lines there are checked against their column below.
        const box = el.getBoundingClientRect();
        over =
          !el.closest('.presenter-flow') &&
          Array.from(el.childNodes).some((child) => {
            if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) return false;
            const range = document.createRange();
            range.selectNodeContents(child);
            return Array.from(range.getClientRects()).some(
              (r) =>
                r.width > 0 &&
                (r.left < box.left - 1 ||
                  r.right > box.right + 1 ||
                  r.top < box.top - 1 ||
                  r.bottom > box.bottom + 1),
            );
          });
      }
      if (over) {
        overflowing.push(
          `${describe(el)} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
        );
      }
    }

    const screenBox = root.getBoundingClientRect();
    const pageBox = viewport?.getBoundingClientRect() ?? screenBox;
    const cut: string[] = [];
    const small: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || !element.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = viewport?.contains(node)
        ? pageBox
        : chart?.contains(node)
          ? chart.getBoundingClientRect()
          : screenBox;
      let onScreen = false;
      for (const r of Array.from(range.getClientRects())) {
        if (r.width === 0 || r.height === 0) continue;
        const inside =
          r.left >= box.left - 1 &&
          r.right <= box.right + 1 &&
          r.top >= box.top - 1 &&
          r.bottom <= box.bottom + 1;
        const outside =
          r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom;
        if (inside) onScreen = true;
        else if (!outside)
          cut.push(`${text.slice(0, 50)} at ${Math.round(r.left)},${Math.round(r.top)}`);
        if (inside && flow?.contains(node) && !inColumn(r))
          cut.push(`${text.slice(0, 50)} runs out of its column at ${Math.round(r.left)}`);
      }
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (onScreen && size < 20) small.push(`${size}px: ${text.slice(0, 40)}`);
    }

    const header = root.querySelector('header')!;
    const title = root.querySelector('h1')!;
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
    return {
      overflowing,
      cut,
      small,
      headerHeight: header.getBoundingClientRect().height,
      titleLines: Math.round(title.getBoundingClientRect().height / lineHeight),
      page: pageNo,
      pages,
    };
  });
}

/** The fit check every presenter page must pass. */
export async function expectFits(page: Page, where: string): Promise<FitReport> {
  const fit = await measureFit(page);
  expect(fit.overflowing, `${where}: content overflowing its box without a cue`).toEqual([]);
  expect(fit.cut, `${where}: lines cut at an edge`).toEqual([]);
  expect(fit.small, `${where}: text under 20 px`).toEqual([]);
  expect(fit.titleLines, `${where}: the header's title on one line`).toBe(1);
  expect(fit.headerHeight, `${where}: a one-line header`).toBeLessThanOrEqual(80);
  return fit;
}
