import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';

export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** The view that shows a width x height drawing whole and centred in the viewport. */
export function fitView(width: number, height: number, vw: number, vh: number, max = 1.5): View {
  const scale = clamp(Math.min(max, (vw - 16) / width, (vh - 16) / height));
  return { scale, x: (vw - width * scale) / 2, y: (vh - height * scale) / 2 };
}

/**
 * Pan (drag, arrow keys) and zoom (wheel, + and -) over a drawing, and fit (0, the button, and
 * on first show). The wheel listener is attached by hand: React's is passive and could not keep
 * the page from scrolling.
 */
export function usePanZoom(size: { width: number; height: number }) {
  const viewport = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const fitted = useRef(false);
  const sizeRef = useRef(size);
  useEffect(() => {
    sizeRef.current = size;
  });

  const fit = useCallback(() => {
    const el = viewport.current;
    if (!el || el.clientWidth === 0) return;
    const { width, height } = sizeRef.current;
    setView(fitView(width, height, el.clientWidth, el.clientHeight));
  }, []);

  useLayoutEffect(() => {
    if (fitted.current) return;
    const el = viewport.current;
    if (!el || el.clientWidth === 0) return;
    fitted.current = true;
    fit();
  });

  const zoomBy = useCallback((factor: number, at?: { x: number; y: number }) => {
    const el = viewport.current;
    const cx = at?.x ?? (el ? el.clientWidth / 2 : 0);
    const cy = at?.y ?? (el ? el.clientHeight / 2 : 0);
    setView((v) => {
      const scale = clamp(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
    });
  }, []);

  const panBy = useCallback((dx: number, dy: number) => {
    setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  }, []);

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      zoomBy(Math.exp(-e.deltaY * 0.0015), { x: e.clientX - r.left, y: e.clientY - r.top });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const handlers = {
    onPointerDown(e: PointerEvent<HTMLDivElement>) {
      if (e.button !== 0) return;
      drag.current = { x: e.clientX, y: e.clientY, moved: false };
    },
    onPointerMove(e: PointerEvent<HTMLDivElement>) {
      const d = drag.current;
      if (!d) return;
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < 4) return;
      // Captured once it is a drag: a click that does not move stays on the node it hit
      // (capture would send it to the viewport, and the node could not be selected).
      if (!d.moved) e.currentTarget.setPointerCapture(e.pointerId);
      d.moved = true;
      d.x = e.clientX;
      d.y = e.clientY;
      panBy(dx, dy);
    },
    onPointerUp(e: PointerEvent<HTMLDivElement>) {
      if (e.currentTarget.hasPointerCapture(e.pointerId))
        e.currentTarget.releasePointerCapture(e.pointerId);
      drag.current = null;
    },
    onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const step = 60;
      const moves: Record<string, () => void> = {
        ArrowLeft: () => panBy(step, 0),
        ArrowRight: () => panBy(-step, 0),
        ArrowUp: () => panBy(0, step),
        ArrowDown: () => panBy(0, -step),
        '+': () => zoomBy(1.25),
        '=': () => zoomBy(1.25),
        '-': () => zoomBy(0.8),
        '0': fit,
      };
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      move();
    },
  };
  return { viewport, view, fit, zoomBy, handlers };
}
