import { formatMeasure } from '../format';
import { el, type SvgElement } from './svg';

/** The drawing area of every report chart, in SVG user units (scaled to the page's width). */
export const FRAME = { width: 680, height: 330, left: 70, right: 20, top: 44, bottom: 78 } as const;
export const PLOT = {
  x0: FRAME.left,
  x1: FRAME.width - FRAME.right,
  y0: FRAME.height - FRAME.bottom,
  y1: FRAME.top,
} as const;

/** Two series are told apart by colour and by fill pattern / dash, so print in grey still reads. */
export const COLOURS = {
  baseline: '#3b6ea5',
  incident: '#c8641e',
  axis: '#333333',
  grid: '#d9d9d9',
  text: '#1a1a1a',
  lines: ['#3b6ea5', '#c8641e', '#2e8b57', '#8e44ad', '#b03a48', '#5d6d7e'],
  dashes: ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'],
} as const;

const FONT = { 'font-family': 'inherit', 'font-size': 11, fill: COLOURS.text };

/** 1, 2 or 5 times a power of ten, so ticks land on round values. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max <= min) max = min + 1;
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  const start = Math.floor(min / step) * step;
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if ((ticks[ticks.length - 1] ?? min) < max)
    ticks.push(Number((start + step * ticks.length).toPrecision(12)));
  return ticks;
}

export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Cuts long labels (a category may be 1,000 characters); the table beside holds the rest. */
export function clip(label: string, max = 22): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export function text(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number | undefined> = {},
): SvgElement {
  return el('text', { x, y, ...FONT, ...attrs }, content);
}

/** The y axis: grid lines, tick labels and the axis title (with its unit), rotated. */
export function yAxis(ticks: number[], y: (v: number) => number, title: string): SvgElement {
  return el(
    'g',
    { class: 'axis axis-y' },
    ...ticks.map((t) =>
      el(
        'g',
        {},
        el('line', {
          x1: PLOT.x0,
          x2: PLOT.x1,
          y1: y(t),
          y2: y(t),
          stroke: COLOURS.grid,
          'stroke-width': 0.7,
        }),
        text(PLOT.x0 - 6, y(t) + 4, formatMeasure(t, 4), { 'text-anchor': 'end' }),
      ),
    ),
    el('line', { x1: PLOT.x0, x2: PLOT.x0, y1: PLOT.y0, y2: PLOT.y1, stroke: COLOURS.axis }),
    text(16, (PLOT.y0 + PLOT.y1) / 2, title, {
      'text-anchor': 'middle',
      transform: `rotate(-90 16 ${(PLOT.y0 + PLOT.y1) / 2})`,
    }),
  );
}

export function xAxisTitle(title: string): SvgElement {
  return text((PLOT.x0 + PLOT.x1) / 2, FRAME.height - 8, title, { 'text-anchor': 'middle' });
}

export interface LegendEntry {
  label: string;
  colour: string;
  /** A filled swatch (bars) or a line sample with this dash. */
  swatch: { kind: 'box'; fill: string } | { kind: 'line'; dash: string };
}

export function legend(entries: LegendEntry[]): SvgElement {
  let x = PLOT.x0;
  const items: SvgElement[] = [];
  for (const e of entries) {
    const label = clip(e.label, 40);
    items.push(
      e.swatch.kind === 'box'
        ? el('rect', { x, y: 10, width: 14, height: 10, fill: e.swatch.fill, stroke: e.colour })
        : el('line', {
            x1: x,
            x2: x + 16,
            y1: 15,
            y2: 15,
            stroke: e.colour,
            'stroke-width': 2.5,
            'stroke-dasharray': e.swatch.dash || undefined,
          }),
      text(x + 20, 19, label),
    );
    x += 30 + label.length * 6.2;
  }
  return el('g', { class: 'legend' }, ...items);
}

/** The root <svg>: scalable, with its accessible name and description inside. */
export function chartRoot(
  title: string,
  description: string,
  ...children: SvgElement[]
): SvgElement {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${FRAME.width} ${FRAME.height}`,
      width: FRAME.width,
      height: FRAME.height,
      role: 'img',
      'font-family': 'Source Sans 3, Helvetica, Arial, sans-serif',
    },
    el('title', {}, title),
    el('desc', {}, description),
    ...children,
  );
}
