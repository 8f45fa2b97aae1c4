import { rootCauseLayer, type RootCauseLayer } from '../../domain';
import { el, type SvgElement } from '../../report/charts/svg';
import { asTree } from '../layout/sanitise';
import { BOLD, textWidth, wrapText } from '../layout/text-metrics';
import type { CauseNodeInput } from '../layout/types';
import { countsText } from './counts';
import { EDGE, FONT_FAMILY, INCIDENT_COLOURS, INK, LAYER_COLOURS } from './palette';

/** The drawing's size: the report's and the editor's are the defaults; the shared screen's is larger. */
export interface FishboneSize {
  /** The whole drawing's width, px. */
  width?: number;
  /** The text's size, px: every other length follows it. */
  fontSize?: number;
  /** The most lines of a cause's text; the rest is cut with an ellipsis. */
  maxLines?: number;
}

type Metrics = ReturnType<typeof metricsOf>;

/** Every length of the drawing, scaled from the default 16 px text. */
function metricsOf({ width = 1240, fontSize = 16, maxLines = 4 }: FishboneSize) {
  const s = fontSize / 16;
  return {
    s,
    width,
    margin: 20,
    headWidth: 220 * s,
    fontSize,
    lineHeight: 20 * s,
    labelHeight: 30 * s,
    slant: 30 * s,
    entryGap: 8 * s,
    maxLines,
    legendHeight: 34 * s,
  };
}

const TOP = rootCauseLayer.values.slice(0, 4);
const BOTTOM = rootCauseLayer.values.slice(4);

interface Entry {
  lines: string[];
  rootCause: boolean;
  text: string;
}

/**
 * The Ishikawa diagram of the same causes: the incident at the head on the right, one bone per
 * layer (four above the spine, three below), each bone named in words and listing its causes,
 * root causes with a filled marker and bold text. Causes without a layer are counted in a note.
 */
/** The width of the narrowest column of cause text (a bone above the spine), px. */
export function fishboneTextWidth(size: FishboneSize = {}): number {
  const F = metricsOf(size);
  const spineEnd = F.width - F.margin - F.headWidth;
  return (spineEnd - F.margin) / TOP.length - 80 * F.s;
}

export function fishboneSvg(
  incidentTitle: string,
  nodes: readonly CauseNodeInput[],
  size: FishboneSize = {},
): SvgElement {
  const F = metricsOf(size);
  const causes = asTree(nodes);
  const spineEnd = F.width - F.margin - F.headWidth;
  const topSlot = (spineEnd - F.margin) / TOP.length;
  const bottomSlot = (spineEnd - F.margin) / BOTTOM.length;
  const entries = (layer: RootCauseLayer, slot: number): Entry[] =>
    causes
      .filter((c) => c.layer === layer)
      .map((c) => ({
        lines: wrapText(
          c.text || '(no text yet)',
          // A few letters a line at the least: a drawing too narrow for its bones stays finite.
          Math.max(slot - 80 * F.s, 4 * F.fontSize),
          c.rootCause ? F.fontSize * BOLD : F.fontSize,
          F.maxLines,
        ),
        rootCause: c.rootCause,
        text: c.text,
      }));
  const heightOf = (list: Entry[]) =>
    list.reduce((h, e) => h + e.lines.length * F.lineHeight + F.entryGap, 0);
  const top = TOP.map((l) => entries(l, topSlot));
  const bottom = BOTTOM.map((l) => entries(l, bottomSlot));
  const topHeight = Math.max(60 * F.s, ...top.map(heightOf)) + F.labelHeight + 20 * F.s;
  const bottomHeight = Math.max(60 * F.s, ...bottom.map(heightOf)) + F.labelHeight + 20 * F.s;
  const headLines = wrapText(
    incidentTitle.trim() || 'The incident',
    F.headWidth - 20 * F.s,
    F.fontSize,
    6,
  );
  const headHeight = (headLines.length + 1) * F.lineHeight + 16 * F.s;
  const spineY = F.margin + Math.max(topHeight, headHeight / 2);
  const unlayered = causes.filter((c) => c.layer === null).length;
  const legendY = spineY + Math.max(bottomHeight, headHeight / 2) + 10 * F.s;
  const height = legendY + F.legendHeight + (unlayered ? F.lineHeight : 0) + F.margin;

  const bones: SvgElement[] = [];
  TOP.forEach((layer, i) =>
    bones.push(
      bone(F, layer, top[i] ?? [], F.margin + i * topSlot, spineY, spineY - topHeight, true),
    ),
  );
  BOTTOM.forEach((layer, i) =>
    bones.push(
      bone(
        F,
        layer,
        bottom[i] ?? [],
        F.margin + i * bottomSlot,
        spineY,
        spineY + bottomHeight,
        false,
      ),
    ),
  );
  const headY = spineY - headHeight / 2;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${F.width} ${height}`,
      width: F.width,
      height,
      role: 'img',
      'font-family': FONT_FAMILY,
      'font-size': F.fontSize,
      class: 'fishbone',
    },
    el('title', {}, `Fishbone of ${incidentTitle.trim() || 'the incident'}: causes by layer`),
    el(
      'desc',
      {},
      `One bone per layer, named in words, leading to the incident on the right; root causes have ` +
        `a filled marker and bold text. ${countsText(causes)}`,
    ),
    el('line', {
      x1: F.margin,
      x2: spineEnd,
      y1: spineY,
      y2: spineY,
      stroke: INK,
      'stroke-width': 3,
    }),
    ...bones,
    el(
      'g',
      { class: 'head', transform: `translate(${spineEnd} ${headY})` },
      el('rect', {
        width: F.headWidth,
        height: headHeight,
        rx: 6,
        fill: INCIDENT_COLOURS.tint,
        stroke: INCIDENT_COLOURS.strong,
        'stroke-width': 2,
      }),
      el(
        'text',
        { x: 10 * F.s, y: (8 - 4) * F.s + F.lineHeight, 'font-weight': 700, fill: INK },
        'Incident',
      ),
      ...headLines.map((l, i) =>
        el('text', { x: 10 * F.s, y: (8 - 4) * F.s + (i + 2) * F.lineHeight, fill: INK }, l),
      ),
    ),
    legend(F, legendY, unlayered),
  );
}

function bone(
  F: Metrics,
  layer: RootCauseLayer,
  list: Entry[],
  x: number,
  spineY: number,
  farY: number,
  above: boolean,
): SvgElement {
  const colours = LAYER_COLOURS[layer];
  const name = rootCauseLayer.labels[layer];
  const label = `${name} (${list.length})`;
  const s = F.s;
  const boneX = x + 20 * s;
  const labelY = above ? farY : farY - F.labelHeight;
  const textX = boneX + F.slant + 16 * s;
  let y = above ? farY + F.labelHeight + 14 * s : spineY + 14 * s;
  const items = list.map((e) => {
    const at = y;
    y += e.lines.length * F.lineHeight + F.entryGap;
    return el(
      'g',
      { class: e.rootCause ? 'cause root-cause' : 'cause' },
      el('title', {}, `${name}${e.rootCause ? ' · Root cause' : ''}: ${e.text}`),
      el('circle', {
        cx: textX - 9 * s,
        cy: at + 9 * s,
        r: 4.5 * s,
        fill: e.rootCause ? colours.strong : '#ffffff',
        stroke: colours.strong,
        'stroke-width': 1.5,
      }),
      ...e.lines.map((l, i) =>
        el(
          'text',
          {
            x: textX,
            y: at + (i + 1) * F.lineHeight - 5 * s,
            fill: INK,
            'font-weight': e.rootCause ? 700 : undefined,
          },
          l,
        ),
      ),
    );
  });
  return el(
    'g',
    { class: 'bone', 'data-layer': layer },
    el('line', {
      x1: boneX,
      y1: above ? farY + F.labelHeight : farY - F.labelHeight,
      x2: boneX + F.slant,
      y2: spineY,
      stroke: colours.strong,
      'stroke-width': 2.5,
    }),
    el('rect', {
      x: x,
      y: labelY,
      width: 24 * s + textWidth(label, F.fontSize * BOLD * 1.05),
      height: F.labelHeight,
      rx: 5,
      fill: colours.tint,
      stroke: colours.strong,
      'stroke-width': 1.5,
    }),
    el(
      'text',
      { x: x + 10 * s, y: labelY + 21 * s, fill: colours.strong, 'font-weight': 700 },
      label,
    ),
    ...items,
  );
}

function legend(F: Metrics, y: number, unlayered: number): SvgElement {
  const x = F.margin;
  const s = F.s;
  return el(
    'g',
    { class: 'legend' },
    el('circle', {
      cx: x + 6 * s,
      cy: y + 12 * s,
      r: 4.5 * s,
      fill: INK,
      stroke: INK,
      'stroke-width': 1.5,
    }),
    el('text', { x: x + 16 * s, y: y + 17 * s, fill: INK, 'font-weight': 700 }, 'Root cause'),
    el('circle', {
      cx: x + 136 * s,
      cy: y + 12 * s,
      r: 4.5 * s,
      fill: '#ffffff',
      stroke: INK,
      'stroke-width': 1.5,
    }),
    el('text', { x: x + 146 * s, y: y + 17 * s, fill: INK }, 'Contributing factor'),
    unlayered
      ? el(
          'text',
          { x, y: y + 17 * s + F.lineHeight + 4 * s, fill: EDGE },
          `${unlayered} ${unlayered === 1 ? 'cause has' : 'causes have'} no layer yet and ${unlayered === 1 ? 'is' : 'are'} not on a bone: give ${unlayered === 1 ? 'it' : 'them'} a layer in the tree.`,
        )
      : null,
  );
}
