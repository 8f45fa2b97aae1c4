import { createElement, type ReactNode } from 'react';
import type { SvgElement } from '../../../../shared/report';

/** React attribute names for the SVG attributes the report's charts use. */
const RENAME: Record<string, string> = {
  class: 'className',
  'font-family': 'fontFamily',
  'font-size': 'fontSize',
  'font-weight': 'fontWeight',
  'text-anchor': 'textAnchor',
  'stroke-width': 'strokeWidth',
  'stroke-dasharray': 'strokeDasharray',
  patternUnits: 'patternUnits',
  patternTransform: 'patternTransform',
};

/** A chart of the report as React elements: the same tree the PDF prints, no HTML injected. */
export function svgToReact(node: SvgElement, key?: number): ReactNode {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'xmlns' || /^on/i.test(name)) continue;
    props[RENAME[name] ?? name] = value;
  }
  if (key !== undefined) props.key = key;
  return createElement(
    node.tag,
    props,
    ...node.children.map((c, i) => (typeof c === 'string' ? c : svgToReact(c, i))),
  );
}
