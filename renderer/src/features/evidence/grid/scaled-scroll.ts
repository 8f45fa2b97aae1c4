import {
  elementScroll,
  observeElementOffset,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

/**
 * Browsers cap an element's height (Chrome near 33.5 million px, Firefox near 17.9 million), so
 * 1.5 million rows of 36 px cannot all be scrolled to. Past this height the scroll bar is scaled:
 * the element is at most this tall, and the virtualizer is told the scaled offset, so the last
 * row is reached exactly when the scroll bar is at its end.
 */
export const MAX_PHYSICAL_PX = 8_000_000;

export function physicalHeight(virtualPx: number): number {
  return Math.min(virtualPx, MAX_PHYSICAL_PX);
}

/** Virtual pixels per physical pixel of scrolling, for a viewport of `viewportPx`. */
export function scrollScale(virtualPx: number, viewportPx: number): number {
  const physical = physicalHeight(virtualPx);
  if (physical >= virtualPx || physical <= viewportPx) return 1;
  return (virtualPx - viewportPx) / (physical - viewportPx);
}

type Options = VirtualizerOptions<HTMLDivElement, Element>;

/** The scroller's height less its sticky header: the height the rows are seen through. */
export function bodyViewport(el: HTMLDivElement | null): number {
  if (!el) return 0;
  const head = el.querySelector<HTMLElement>('[data-sticky-head]');
  return el.clientHeight - (head?.offsetHeight ?? 0);
}

/** The virtualizer's offset reader and scroller, converting between physical and virtual offsets. */
export function scaledScrolling(
  getVirtualPx: () => number,
): Pick<Options, 'observeElementOffset' | 'scrollToFn'> {
  const scaleOf = (el: HTMLDivElement | null) => scrollScale(getVirtualPx(), bodyViewport(el));
  return {
    observeElementOffset: (instance, cb) =>
      observeElementOffset(instance, (offset, isScrolling) =>
        cb(offset * scaleOf(instance.scrollElement), isScrolling),
      ),
    scrollToFn: (offset, options, instance) =>
      elementScroll(offset / scaleOf(instance.scrollElement), options, instance),
  };
}
