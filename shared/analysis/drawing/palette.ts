import { rootCauseLayer, type RootCauseLayer } from '../../domain';

/**
 * One colour per layer (a strong one for borders and the layer's name, a tint for the box), always
 * beside the layer's name in words: colour is never the only signal. Strong colours keep 4.5:1
 * against their tint, so the names read at any size.
 */
export const LAYER_COLOURS: Record<RootCauseLayer, { strong: string; tint: string }> = {
  data: { strong: '#0a5f8c', tint: '#e3f1fa' },
  feature_engineering: { strong: '#8a4f00', tint: '#fdf0dc' },
  model_logic: { strong: '#17664a', tint: '#e2f4ec' },
  deployment_pipeline: { strong: '#8e2f6e', tint: '#f8e6f2' },
  infrastructure: { strong: '#3e4f8f', tint: '#e7eaf7' },
  monitoring: { strong: '#a32b20', tint: '#fbe7e4' },
  process: { strong: '#46525e', tint: '#eceff1' },
};

export const NO_LAYER = { strong: '#595959', tint: '#ffffff' } as const;
export const INCIDENT_COLOURS = { strong: '#1a1a1a', tint: '#fff4d6' } as const;
export const INK = '#1a1a1a';
export const EDGE = '#6b6b6b';
export const SELECTED = '#1f5fbf';

export function layerLabel(layer: RootCauseLayer | null): string {
  return layer ? rootCauseLayer.labels[layer] : 'No layer yet';
}

export function layerColours(layer: RootCauseLayer | null): { strong: string; tint: string } {
  return layer ? LAYER_COLOURS[layer] : NO_LAYER;
}

/** The report's bundled face first (print page), then the screen's usual faces. */
export const FONT_FAMILY =
  "'Report Sans', system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
