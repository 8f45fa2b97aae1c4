import { AppError } from '../../../shared/contract/errors';
import {
  chooseBucket,
  inferRole,
  type ChangePoint,
  type ColumnRole,
  type TimeOverview,
} from '../../../shared/evidence';
import type { EvidenceColumn } from '../import/types';
import { MISSING } from './column-store';
import type { EvidenceSource } from './source';
import { NO_BUCKET, timeBuckets, type TimeBuckets } from './time-buckets';

/**
 * A change point "stands out" when the stretch differs from the rest of the file by a large effect
 * (Cohen's h >= 0.5 for shares; half a standard deviation of the rest, or more, for means) that
 * chance cannot explain (|z| >= 8: with ~20,000 stretches tried per series, noise stays below ~5).
 */
export const MIN_EFFECT = 0.5;
export const MIN_Z = 8;
/** Rows needed inside and outside the stretch. */
const MIN_ROWS = 30;
/** Categories of a column followed over time (the most frequent ones). */
const CATEGORIES_PER_COLUMN = 5;
/** Which kind of column wins when several stand out: what the room noticed first. */
const ROLE_ORDER: Record<ColumnRole | 'time', number> = {
  prediction: 0,
  label: 1,
  metadata: 2,
  feature: 3,
  identifier: 9,
  time: 9,
};

/** Per bucket: rows counted, sum and sum of squares of the followed quantity. */
interface Series {
  column: EvidenceColumn;
  role: ColumnRole | 'time';
  measure: ChangePoint['measure'];
  value: string | null;
  binary: boolean;
  n: Float64Array;
  sum: Float64Array;
  sumSq: Float64Array;
  /** Subtracted from every value before summing (sums of squares keep their digits). */
  shift: number;
}

/**
 * The file's time span and the stretch of time in which one column's level (a prediction rate, a
 * mean, a category's share, a missing share) differs most from the rest, when one stands out.
 * One pass per column over bucketed rows, then every stretch of up to half the buckets is tried
 * with prefix sums.
 */
export function queryTimeOverview(source: EvidenceSource, timeZone: string): TimeOverview {
  const timeColumn = source.timeColumn;
  if (!timeColumn) {
    throw new AppError('invalid_input', 'This evidence has no time column, so no time overview.');
  }
  const cached = source.timeOverview;
  // A cached overview from before buckets followed a zone has none: it is computed again.
  if (cached && cached.timeZone === timeZone) return cached;
  const times = source.store.numbers(timeColumn).values;
  let first = Infinity;
  let last = -Infinity;
  for (const t of times) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const size = chooseBucket(last >= first ? last - first : 0);
  const overview: TimeOverview = {
    timeColumn: timeColumn.name,
    first: first === Infinity ? null : first,
    last: last === -Infinity ? null : last,
    bucketMs: size.ms,
    bucketLabel: size.label,
    timeZone,
    changePoint: null,
  };
  // The time series' own buckets (same size, same clock): the stretch found is one a chart shows.
  const buckets =
    overview.first !== null && timeColumn.type === 'instant'
      ? bucketsOrNone(source, timeZone)
      : null;
  if (buckets && buckets.count > 0) {
    let best: { change: ChangePoint; rank: number } | null = null;
    for (const column of source.columns) {
      if (column === timeColumn) continue;
      for (const s of seriesOf(source, column, buckets.of, buckets.count)) {
        const found = bestStretch(s, buckets.bounds);
        if (!found) continue;
        // Shares and rates before means: "the flag rate went from 0.6 % to 35 %" is what the
        // room noticed, and h and standardized differences are not on one scale.
        const rank = ROLE_ORDER[s.role] * 2 + (s.binary ? 0 : 1);
        if (!best || rank < best.rank || (rank === best.rank && found.effect > best.change.effect))
          best = { change: found, rank };
      }
    }
    overview.changePoint = best?.change ?? null;
  }
  source.timeOverview = overview;
  return overview;
}

/** The whole file's buckets; none when its span would need too many (times centuries apart). */
function bucketsOrNone(source: EvidenceSource, timeZone: string): TimeBuckets | null {
  try {
    return timeBuckets(source, { timeZone });
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return null;
    throw error;
  }
}

function seriesOf(
  source: EvidenceSource,
  column: EvidenceColumn,
  bucket: Uint16Array,
  count: number,
): Series[] {
  const make = (measure: Series['measure'], value: string | null, binary: boolean): Series => ({
    column,
    role: 'feature',
    measure,
    value,
    binary,
    n: new Float64Array(count),
    sum: new Float64Array(count),
    sumSq: new Float64Array(count),
    shift: 0,
  });
  const out: Series[] = [];
  if (column.type === 'category' || column.type === 'text') {
    const data = source.store.categories(column);
    if (!data.codes) return out;
    const role = inferRole({ name: column.name, type: column.type }, null);
    if (role === 'identifier') return out;
    const totals = new Float64Array(data.dictionary.length);
    for (const c of data.codes) if (c >= 0) totals[c]!++;
    const top = [...totals.keys()]
      .sort((a, b) => (totals[b] as number) - (totals[a] as number))
      .slice(0, CATEGORIES_PER_COLUMN);
    if (top.length < 2 && data.missing === 0) return out;
    const slot = new Int32Array(data.dictionary.length).fill(-1);
    const shares = top.map((code, k) => {
      slot[code] = k;
      return make('share', data.dictionary[code] as string, true);
    });
    const missing = data.missing > 0 ? make('missing', null, true) : null;
    const rows = new Float64Array(count);
    for (let i = 0; i < bucket.length; i++) {
      const b = bucket[i] as number;
      if (b === NO_BUCKET) continue;
      rows[b]!++;
      const code = data.codes[i] as number;
      if (code < 0) {
        if (missing) missing.sum[b]!++;
      } else if ((slot[code] as number) >= 0) shares[slot[code] as number]!.sum[b]!++;
    }
    for (const s of [...shares, ...(missing ? [missing] : [])]) {
      s.role = role;
      s.n.set(rows);
      s.sumSq.set(s.sum);
      out.push(s);
    }
    return out;
  }
  const role = inferRole({ name: column.name, type: column.type }, null);
  if (role === 'identifier' || column.type === 'instant') return out;
  const { values, state, missing } = source.store.numbers(column);
  let binary = true;
  for (const v of values) {
    if (v === v && v !== 0 && v !== 1) {
      binary = false;
      break;
    }
  }
  const level = make(binary ? 'rate' : 'mean', null, binary);
  const gaps = missing > 0 ? make('missing', null, true) : null;
  if (!binary) {
    for (const v of values) {
      if (v === v && Number.isFinite(v)) {
        level.shift = v;
        break;
      }
    }
  }
  const shift = level.shift;
  for (let i = 0; i < bucket.length; i++) {
    const b = bucket[i] as number;
    if (b === NO_BUCKET) continue;
    const v = values[i] as number;
    if (gaps) {
      gaps.n[b]!++;
      if (state && state[i] === MISSING) gaps.sum[b]!++;
    }
    if (v !== v || !Number.isFinite(v)) continue;
    const x = v - shift;
    level.n[b]!++;
    level.sum[b]! += x;
    level.sumSq[b]! += x * x;
  }
  level.role = role;
  out.push(level);
  if (gaps) {
    gaps.role = role;
    gaps.sumSq.set(gaps.sum);
    out.push(gaps);
  }
  return out;
}

/** The stretch of whole buckets (at most half of them) whose level differs most from the rest. */
function bestStretch(s: Series, bounds: Float64Array): ChangePoint | null {
  const count = s.n.length;
  const N = prefix(s.n);
  const S = prefix(s.sum);
  const Q = prefix(s.sumSq);
  const nAll = N[count] as number;
  const sAll = S[count] as number;
  const qAll = Q[count] as number;
  const maxLength = Math.max(1, Math.floor(count / 2));
  let bestZ = 0;
  let at: [number, number] | null = null;
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j <= Math.min(count, i + maxLength); j++) {
      const n1 = (N[j] as number) - (N[i] as number);
      const n2 = nAll - n1;
      if (n1 < MIN_ROWS || n2 < MIN_ROWS) continue;
      const s1 = (S[j] as number) - (S[i] as number);
      const z = zOf(s, n1, s1, (Q[j] as number) - (Q[i] as number), n2, sAll - s1, qAll);
      if (Math.abs(z) > Math.abs(bestZ)) {
        bestZ = z;
        at = [i, j];
      }
    }
  }
  if (!at || Math.abs(bestZ) < MIN_Z) return null;
  const [i, j] = at;
  const n1 = (N[j] as number) - (N[i] as number);
  const s1 = (S[j] as number) - (S[i] as number);
  const q1 = (Q[j] as number) - (Q[i] as number);
  const n2 = nAll - n1;
  const m1 = s1 / n1;
  const m2 = (sAll - s1) / n2;
  let effect: number;
  if (s.binary) effect = Math.abs(2 * Math.asin(Math.sqrt(m1)) - 2 * Math.asin(Math.sqrt(m2)));
  else {
    const v2 = Math.max(0, (qAll - q1) / n2 - m2 * m2);
    effect = Math.abs(m1 - m2) / Math.max(Math.sqrt(v2), 1e-12 * Math.max(1, Math.abs(m2)));
  }
  if (!(effect >= MIN_EFFECT)) return null;
  return {
    column: s.column.name,
    measure: s.measure,
    value: s.value,
    start: new Date(bounds[i] as number).toISOString(),
    end: new Date(bounds[j] as number).toISOString(),
    inside: m1 + s.shift,
    outside: m2 + s.shift,
    effect,
    effectMeasure: s.binary ? 'cohens-h' : 'standardized-difference',
    z: bestZ,
  };
}

function zOf(
  s: Series,
  n1: number,
  s1: number,
  q1: number,
  n2: number,
  s2: number,
  qAll: number,
): number {
  const m1 = s1 / n1;
  const m2 = s2 / n2;
  if (s.binary) {
    const p = (s1 + s2) / (n1 + n2);
    const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    return se > 0 ? (m1 - m2) / se : 0;
  }
  const v1 = Math.max(0, q1 / n1 - m1 * m1);
  const v2 = Math.max(0, (qAll - q1) / n2 - m2 * m2);
  const se = Math.sqrt(v1 / n1 + v2 / n2);
  return se > 0 ? (m1 - m2) / se : 0;
}

function prefix(xs: Float64Array): Float64Array {
  const out = new Float64Array(xs.length + 1);
  for (let i = 0; i < xs.length; i++) out[i + 1] = (out[i] as number) + (xs[i] as number);
  return out;
}
