import type { TimeSeriesBucket } from '../../../shared/evidence';
import { quantileSorted } from '../../../shared/stats/quantiles';
import type { EvidenceColumn } from '../import/types';
import type { EvidenceSource } from './source';
import { NO_BUCKET, type TimeBuckets } from './time-buckets';

type Quantiles = NonNullable<TimeSeriesBucket['quantiles']>;

const LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
/** Ranks a bucket's quantiles read (two per level at most), then a -1 that ends the list. */
const STRIDE = LEVELS.length * 2 + 1;

/**
 * Each bucket's percentiles, exactly as from its values sorted, without sorting per question:
 * walking the column's sorted order once (held by the column store and its cache) meets each
 * bucket's values in ascending order, so the k-th value met in a bucket is its k-th smallest, and
 * only the ranks the percentiles read (quantileSorted reads two per level) are kept. Every present
 * value counts, as in a sort of the bucket's values: infinities (left out of the sorted order)
 * rank first or last in their bucket; -0 reads as 0 (as in the sorted order).
 */
export function bucketQuantiles(
  source: EvidenceSource,
  column: EvidenceColumn,
  buckets: TimeBuckets,
): (Quantiles | null)[] {
  const { values, infinite } = source.store.numbers(column);
  const { values: sortedValues, rows } = source.store.sorted(column);
  const { of, count } = buckets;
  const below = new Uint32Array(count);
  const finite = new Uint32Array(count);
  const above = new Uint32Array(count);
  // In file order (a sequential read): the sorted order is walked once only, below.
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const b = of[i] as number;
    if (b === NO_BUCKET || v !== v) continue;
    if (infinite === 0 || (v !== Infinity && v !== -Infinity)) finite[b]!++;
    else if (v < 0) below[b]!++;
    else above[b]!++;
  }
  const m = rows.length;

  const wanted = new Int32Array(count * STRIDE).fill(-1);
  const picked = new Float64Array(count * STRIDE);
  const next = new Uint32Array(count); // rank of the bucket's next finite value
  const at = new Uint8Array(count); // its first wanted rank not yet met
  for (let b = 0; b < count; b++) {
    const size = below[b]! + finite[b]! + above[b]!;
    if (size === 0) continue;
    const ranks = [...new Set(LEVELS.flatMap((q) => readRanks(size, q)))].sort((x, y) => x - y);
    let k = 0;
    for (const r of ranks) {
      wanted[b * STRIDE + k] = r;
      // Infinities are known from their counts; finite ranks are filled by the walk below.
      if (r < below[b]!) picked[b * STRIDE + k] = -Infinity;
      else if (r >= below[b]! + finite[b]!) picked[b * STRIDE + k] = Infinity;
      k++;
    }
    const firstFinite = ranks.findIndex((r) => r >= below[b]!);
    at[b] = firstFinite < 0 ? ranks.length : firstFinite;
    next[b] = below[b]!;
  }
  for (let j = 0; j < m; j++) {
    const b = of[rows[j] as number] as number;
    if (b === NO_BUCKET) continue;
    const slot = b * STRIDE + at[b]!;
    const rank = next[b]!;
    next[b] = rank + 1;
    if (wanted[slot] === rank) {
      picked[slot] = sortedValues[j] as number;
      at[b]!++;
    }
  }

  const out: (Quantiles | null)[] = [];
  for (let b = 0; b < count; b++) {
    const size = below[b]! + finite[b]! + above[b]!;
    if (size === 0) {
      out.push(null);
      continue;
    }
    // The bucket's sorted values, as far as quantileSorted reads them.
    const view: { length: number; [rank: number]: number } = { length: size };
    for (let k = 0; wanted[b * STRIDE + k]! >= 0; k++) {
      view[wanted[b * STRIDE + k]!] = picked[b * STRIDE + k]!;
    }
    const q = (p: number) => quantileSorted(view, p);
    out.push({ p05: q(0.05), p25: q(0.25), median: q(0.5), p75: q(0.75), p95: q(0.95) });
  }
  return out;
}

/** The two ranks `quantileSorted` reads for level q of n sorted values. */
function readRanks(n: number, q: number): [number, number] {
  const below = Math.floor((n - 1) * q);
  return [below, Math.min(below + 1, n - 1)];
}
