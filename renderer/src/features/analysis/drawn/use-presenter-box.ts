import { useLayoutEffect, useRef, useState } from 'react';

/** The height the presenter's page gives a block, less the block's own padding and margin. */
export function pageHeight(element: HTMLElement): number {
  const page = element.closest('.presenter-viewport');
  return page ? page.clientHeight - 24 : 480;
}

/**
 * A drawing's frame on the shared screen: the frame takes the page's height (a taller block would
 * be cut at the page's edge) and `size` is the box inside it that the drawing may fill, measured
 * again whenever the page is resized.
 */
export function usePresenterBox() {
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => {
      element.style.height = `${pageHeight(element)}px`;
      const b = box.current;
      if (!b) return;
      setSize((s) =>
        s && s.width === b.clientWidth && s.height === b.clientHeight
          ? s
          : { width: b.clientWidth, height: b.clientHeight },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    const page = element.closest('.presenter-viewport');
    if (page) observer.observe(page);
    return () => observer.disconnect();
  }, []);
  return { frame, box, size };
}
