export { causeTreeSvg, type TreeDrawing } from './tree-svg';
export { fishboneSvg, fishboneTextWidth, type FishboneSize } from './fishbone-svg';
export { countsText } from './counts';
export { LAYER_COLOURS, layerColours, layerLabel } from './palette';
