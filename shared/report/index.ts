export * from './types';
export * from './source';
export { buildReport } from './build';
export { svgToString, svgText, type SvgElement } from './charts/svg';
