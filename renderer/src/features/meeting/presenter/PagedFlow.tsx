import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ScreenLayout } from '../../../../../shared/meeting';
import type { PresenterBlock } from './blocks';

interface Props {
  blocks: readonly PresenterBlock[];
  /** The page to show, from 0 (already clamped by the caller to the measured layout). */
  page: number;
  focus: string | null;
  /** Called with the layout at this window's size whenever it changes. */
  onLayout: (layout: ScreenLayout) => void;
  /** One column to a page (beside a chart) instead of two on a wide screen. */
  narrow?: boolean;
}

interface Measured extends ScreenLayout {
  /** Pixels from one page to the next: the viewport's width plus the gap between columns. */
  stride: number;
}

function measure(viewport: HTMLElement, flow: HTMLElement): Measured {
  const gap = parseFloat(getComputedStyle(flow).columnGap) || 0;
  const stride = viewport.clientWidth + gap;
  const left = flow.getBoundingClientRect().left;
  const itemPages: Record<string, number> = {};
  let right = 0;
  for (const child of Array.from(flow.children)) {
    const rects = Array.from(child.getClientRects());
    const first = rects[0];
    if (!first) continue;
    const key = (child as HTMLElement).dataset.item;
    const page = Math.max(0, Math.floor((first.left - left + 1) / stride));
    if (key) itemPages[key] = page;
    // Items inside a block (the cause tree's nodes) are on the block's page.
    for (const sub of (child as HTMLElement).dataset.items?.split(' ') ?? []) {
      if (sub) itemPages[sub] = page;
    }
    for (const r of rects) right = Math.max(right, r.right - left);
  }
  const pageCount = Math.max(1, Math.ceil((right - 1) / stride));
  return { pageCount, itemPages, stride };
}

const same = (a: Measured | null, b: Measured): boolean =>
  a !== null &&
  a.stride === b.stride &&
  a.pageCount === b.pageCount &&
  JSON.stringify(a.itemPages) === JSON.stringify(b.itemPages);

/**
 * The step's content in columns of the viewport's height (two per page on a wide screen), paged
 * sideways. Columns break between lines, never through one, so nothing is cut: what does not
 * fit goes to the next page, and the caller shows "1 / 3". Items carry data-item for the
 * highlight and for the layout the facilitator's window pages with.
 */
export const PagedFlow = memo(function PagedFlow({
  blocks,
  page,
  focus,
  onLayout,
  narrow = false,
}: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<Measured | null>(null);
  const latest = useRef({ measured, onLayout });
  useEffect(() => {
    latest.current = { measured, onLayout };
  });

  const remeasure = useCallback(() => {
    if (!viewport.current || !flow.current) return;
    const next = measure(viewport.current, flow.current);
    if (same(latest.current.measured, next)) return;
    latest.current.measured = next;
    setMeasured(next);
    latest.current.onLayout({ pageCount: next.pageCount, itemPages: next.itemPages });
  }, []);

  // After every change of the content (the caller memoises the blocks).
  useLayoutEffect(() => remeasure(), [blocks, remeasure]);
  useEffect(() => {
    const observer = new ResizeObserver(() => remeasure());
    if (viewport.current) observer.observe(viewport.current);
    // Text measured before the fonts arrive would fall into other pages once they do.
    void document.fonts.ready.then(() => remeasure());
    return () => observer.disconnect();
  }, [remeasure]);

  const shift = measured ? page * measured.stride : 0;
  return (
    <div className="presenter-viewport" ref={viewport} data-paged="true">
      <div
        className={narrow ? 'presenter-flow narrow' : 'presenter-flow'}
        ref={flow}
        style={{ transform: shift ? `translateX(-${shift}px)` : undefined }}
      >
        {blocks.map((b) => (
          <div
            key={b.key}
            className={b.heading ? 'presenter-block presenter-heading' : 'presenter-block'}
            data-item={b.label ? b.key : undefined}
            data-items={b.subItems?.map((i) => i.key).join(' ') || undefined}
            data-focused={focus !== null && focus === b.key ? 'true' : undefined}
          >
            {b.node}
          </div>
        ))}
      </div>
    </div>
  );
});
