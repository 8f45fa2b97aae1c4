/** Bucket sizes a time series may use, smallest first; a chart gets at most ~MAX_BUCKETS points. */
export const BUCKET_SIZES = [
  { ms: 60_000, label: '1 min' },
  { ms: 5 * 60_000, label: '5 min' },
  { ms: 15 * 60_000, label: '15 min' },
  { ms: 60 * 60_000, label: '1 h' },
  { ms: 6 * 60 * 60_000, label: '6 h' },
  { ms: 24 * 60 * 60_000, label: '1 day' },
  { ms: 7 * 24 * 60 * 60_000, label: '1 week' },
  { ms: 30 * 24 * 60 * 60_000, label: '30 days' },
] as const;

export const MAX_BUCKETS = 200;

export interface BucketSize {
  ms: number;
  label: string;
}

/** The smallest bucket that cuts `spanMs` into at most `maxBuckets` buckets (the largest if none do). */
export function chooseBucket(spanMs: number, maxBuckets: number = MAX_BUCKETS): BucketSize {
  const span = Math.max(0, spanMs);
  for (const size of BUCKET_SIZES) {
    if (span / size.ms <= maxBuckets) return size;
  }
  const largest = BUCKET_SIZES[BUCKET_SIZES.length - 1]!;
  return { ms: largest.ms, label: largest.label };
}

/** Start of the bucket holding `ms`, buckets aligned on the Unix epoch (whole UTC minutes/hours/days). */
export function bucketStart(ms: number, bucketMs: number): number {
  return Math.floor(ms / bucketMs) * bucketMs;
}
