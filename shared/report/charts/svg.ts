/**
 * A chart as a tree of SVG elements, drawn by plain code (no DOM): serialised to a string for the
 * print page and the Markdown's .svg files, mapped to React elements for the screen preview. Text
 * is kept as text nodes and escaped on the way out, so a CSV cell never becomes markup.
 */
export interface SvgElement {
  tag: SvgTag;
  attrs: Record<string, string | number>;
  children: (SvgElement | string)[];
}

/** The elements charts use; anything else is refused when serialising (no script, no foreignObject). */
export const SVG_TAGS = [
  'svg',
  'g',
  'rect',
  'line',
  'path',
  'polyline',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'pattern',
  'circle',
] as const;
export type SvgTag = (typeof SVG_TAGS)[number];

const ATTRIBUTE = /^[a-z][a-z0-9-]*$/i;

export function el(
  tag: SvgTag,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (SvgElement | string | null | false)[]
): SvgElement {
  const kept: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) kept[name] = value;
  return {
    tag,
    attrs: kept,
    children: children.filter((c): c is SvgElement | string => c !== null && c !== false),
  };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** Numbers with at most two decimals: enough for a chart, and short files. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function svgToString(node: SvgElement, standalone = false): string {
  return (standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + write(node);
}

function write(node: SvgElement): string {
  if (!(SVG_TAGS as readonly string[]).includes(node.tag)) {
    throw new Error(`Refused SVG element <${node.tag}>.`);
  }
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    // Event handlers and links are never drawn by our charts; refuse them rather than trust.
    if (!ATTRIBUTE.test(name) || /^on/i.test(name) || /href$/i.test(name)) {
      throw new Error(`Refused SVG attribute "${name}".`);
    }
    out += ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  if (node.children.length === 0) return `${out}/>`;
  out += '>';
  for (const child of node.children)
    out += typeof child === 'string' ? escapeXml(child) : write(child);
  return `${out}</${node.tag}>`;
}

/** Every text node of a chart, in order (tests read charts back through this). */
export function svgText(node: SvgElement): string[] {
  return node.children.flatMap((c) => (typeof c === 'string' ? [c] : svgText(c)));
}
