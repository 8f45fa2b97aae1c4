import { useId } from 'react';

/**
 * Fills for the two windows: the baseline solid and light, the incident hatched and dark, so the
 * two stay apart in greyscale, for colour-blind viewers and through a compressed video call.
 */
export function useFillIds() {
  const raw = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return { baseline: `ev-base-${raw}`, incident: `ev-inc-${raw}` };
}

export function WindowPatterns({ ids }: { ids: { baseline: string; incident: string } }) {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={ids.baseline} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className="ev-fill-baseline" />
        </pattern>
        <pattern
          id={ids.incident}
          width="7"
          height="7"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="7" height="7" className="ev-fill-incident-bg" />
          <rect width="3" height="7" className="ev-fill-incident" />
        </pattern>
      </defs>
    </svg>
  );
}

/** A legend swatch drawn with the same fill as the bars it names. */
export function Swatch({ fill, dashed }: { fill: string; dashed?: boolean }) {
  return (
    <svg width="22" height="14" aria-hidden="true" focusable="false" className="ev-swatch">
      <rect
        x="1"
        y="1"
        width="20"
        height="12"
        fill={`url(#${fill})`}
        className={dashed ? 'ev-swatch-edge dashed' : 'ev-swatch-edge'}
      />
    </svg>
  );
}
