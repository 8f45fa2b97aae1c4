/** A brushed time range [from, to) in epoch ms, on bucket edges, within the series' domain. */
export interface BrushRange {
  from: number;
  to: number;
}

export interface BrushDomain {
  /** First bucket's start and last bucket's end. */
  min: number;
  max: number;
  bucketMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * What one key press moves a handle by: the arrows one bucket (the finest step the data has), Page
 * Up/Down a larger calendar unit (an hour of 1-to-15-minute buckets, a day of hourly ones, a week
 * beyond), never less than one bucket.
 */
export function brushSteps(bucketMs: number): { small: number; large: number } {
  const unit = bucketMs < HOUR ? HOUR : bucketMs < DAY ? DAY : 7 * DAY;
  return { small: bucketMs, large: Math.max(bucketMs, Math.round(unit / bucketMs) * bucketMs) };
}

/** The bucket edge nearest `ms`, inside the domain. */
export function snapToBucket(ms: number, d: BrushDomain): number {
  const k = Math.round((ms - d.min) / d.bucketMs);
  return Math.min(d.max, Math.max(d.min, d.min + k * d.bucketMs));
}

/** Moves one edge to `ms` (snapped), keeping at least one bucket between the edges. */
export function moveEdge(
  range: BrushRange,
  edge: 'from' | 'to',
  ms: number,
  d: BrushDomain,
): BrushRange {
  const at = snapToBucket(ms, d);
  if (edge === 'from') return { from: Math.min(at, range.to - d.bucketMs), to: range.to };
  return { from: range.from, to: Math.max(at, range.from + d.bucketMs) };
}

/** Moves the whole range by `deltaMs` (snapped), keeping its width and staying in the domain. */
export function shiftRange(range: BrushRange, deltaMs: number, d: BrushDomain): BrushRange {
  const width = range.to - range.from;
  const from = Math.min(d.max - width, Math.max(d.min, snapToBucket(range.from + deltaMs, d)));
  return { from, to: from + width };
}

/** The new edge position for a key on a handle, or null for keys the slider does not take. */
export function edgeForKey(
  key: string,
  range: BrushRange,
  edge: 'from' | 'to',
  d: BrushDomain,
): number | null {
  const at = range[edge];
  const { small, large } = brushSteps(d.bucketMs);
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return at - small;
    case 'ArrowRight':
    case 'ArrowUp':
      return at + small;
    case 'PageDown':
      return at - large;
    case 'PageUp':
      return at + large;
    case 'Home':
      return d.min;
    case 'End':
      return d.max;
    default:
      return null;
  }
}
