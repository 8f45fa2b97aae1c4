import { useLayoutEffect, useRef, useState } from 'react';

/** The height the presenter's page gives a block, less the block's own padding and margin. */
export function pageHeight(element: HTMLElement): number {
  const page = element.closest('.presenter-viewport');
  return page ? page.clientHeight - 24 : 480;
}

interface Size {
  width: number;
  height: number;
}

/**
 * What `measure` says of a drawing's frame once it is laid out and again whenever the presenter's
 * page is resized (a presenter window dragged onto the projector). `measure` must be a constant
 * of its module: it is read once, when the frame mounts.
 */
function useMeasuredOnPage(
  measure: (frame: HTMLDivElement, box: HTMLDivElement | null) => Size | null,
) {
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const update = () => {
      const next = measure(element, box.current);
      if (!next) return;
      setSize((s) => (s && s.width === next.width && s.height === next.height ? s : next));
    };
    update();
    const observer = new ResizeObserver(update);
    const page = element.closest('.presenter-viewport');
    if (page) observer.observe(page);
    return () => observer.disconnect();
  }, [measure]);
  return { frame, box, size };
}

/** The frame takes the page's height (a taller block would be cut at the page's edge). */
const fillPage = (frame: HTMLDivElement, box: HTMLDivElement | null): Size | null => {
  frame.style.height = `${pageHeight(frame)}px`;
  return box ? { width: box.clientWidth, height: box.clientHeight } : null;
};

/**
 * A drawing's frame on the shared screen: the frame takes the page's height and `size` is the
 * box inside it that the drawing may fill.
 */
export function usePresenterBox() {
  return useMeasuredOnPage(fillPage);
}

/**
 * The room a drawing would have on the page, without taking it yet, as `measure` says (the
 * frame's width and the page's height, less what the frame holds besides the drawing): the frame
 * decides its own height from it.
 */
export function usePresenterRoom(measure: (frame: HTMLDivElement) => Size) {
  return useMeasuredOnPage(measure);
}
