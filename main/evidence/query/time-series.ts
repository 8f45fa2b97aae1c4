import { AppError } from '../../../shared/contract/errors';
import {
  BUCKET_SIZES,
  bucketStart,
  chooseBucket,
  type TimeSeries,
  type TimeSeriesBucket,
  type TimeSeriesInput,
} from '../../../shared/evidence';
import { quantileSorted } from '../../../shared/stats/quantiles';
import { MISSING } from './column-store';
import type { EvidenceSource } from './source';

/** Categories drawn as their own series; the rest are summed under "(other)". */
const MAX_SERIES = 8;
const MAX_BUCKETS = 2000;

/** Row count, mean, rate, quantiles or category counts per time bucket. */
export function queryTimeSeries(source: EvidenceSource, input: TimeSeriesInput): TimeSeries {
  const timeCol = input.timeColumn ? source.column(input.timeColumn) : source.timeColumn;
  if (!timeCol) {
    throw new AppError(
      'invalid_input',
      'This evidence has no time column: name one with timeColumn.',
    );
  }
  if (timeCol.type !== 'instant') {
    throw new AppError('invalid_input', `The column "${timeCol.name}" does not hold instants.`);
  }
  const times = source.store.numbers(timeCol).values;
  const from = input.start ? parseInstant(input.start, 'start') : -Infinity;
  const to = input.end ? parseInstant(input.end, 'end') : Infinity;

  let min = Infinity;
  let max = -Infinity;
  let missingTime = 0;
  for (const t of times) {
    if (Number.isNaN(t)) missingTime++;
    else if (t >= from && t < to) {
      if (t < min) min = t;
      if (t > max) max = t;
    }
  }
  const size = input.bucketMs
    ? { ms: input.bucketMs, label: labelOf(input.bucketMs) }
    : chooseBucket(max >= min ? max - min : 0);
  const base = {
    timeColumn: timeCol.name,
    column: input.column ?? null,
    agg: input.agg,
    bucketMs: size.ms,
    bucketLabel: size.label,
    missingTime,
  };
  if (min === Infinity) return { ...base, buckets: [] };
  const first = bucketStart(min, size.ms);
  const count = Math.floor((max - first) / size.ms) + 1;
  if (count > MAX_BUCKETS) {
    throw new AppError(
      'invalid_input',
      `Buckets of ${size.label} would cut this span into ${count} buckets; choose a larger bucket (at most ${MAX_BUCKETS}).`,
    );
  }
  const bucketOf = (i: number): number => {
    const t = times[i] as number;
    return t >= from && t < to ? Math.floor((t - first) / size.ms) : -1;
  };
  const starts = Array.from({ length: count }, (_, k) =>
    new Date(first + k * size.ms).toISOString(),
  );
  return { ...base, buckets: aggregate(source, input, starts, bucketOf) };
}

function aggregate(
  source: EvidenceSource,
  input: TimeSeriesInput,
  starts: string[],
  bucketOf: (row: number) => number,
): TimeSeriesBucket[] {
  const n = source.rowCount;
  const counts = new Float64Array(starts.length);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(i);
    if (b >= 0) counts[b]!++;
  }
  const out: TimeSeriesBucket[] = starts.map((start, k) => ({
    start,
    count: counts[k] as number,
    value: null,
  }));
  if (input.agg === 'count') return out;
  const column = source.column(input.column as string);

  if (input.agg === 'missing') {
    const missing = new Float64Array(starts.length);
    const add = (row: number) => {
      const b = bucketOf(row);
      if (b >= 0) missing[b]!++;
    };
    if (column.type === 'category' || column.type === 'text') {
      for (const row of source.nullRows(column)) add(row);
    } else {
      const { state } = source.store.numbers(column);
      if (state) for (let i = 0; i < n; i++) if (state[i] === MISSING) add(i);
    }
    out.forEach((bucket, b) => {
      bucket.value = bucket.count > 0 ? (missing[b] as number) / bucket.count : null;
    });
    return out;
  }

  if (input.agg === 'categories') {
    const data = source.store.categories(column);
    if (!data.codes) {
      throw new AppError(
        'refused',
        `The column "${column.name}" has too many distinct values to chart by value.`,
      );
    }
    const codes = data.codes;
    const totals = new Float64Array(data.dictionary.length);
    for (const c of codes) if (c >= 0) totals[c]!++;
    const ranked = [...totals.keys()].sort((a, b) => (totals[b] as number) - (totals[a] as number));
    const seriesOf = new Int32Array(data.dictionary.length).fill(MAX_SERIES);
    ranked.slice(0, MAX_SERIES).forEach((code, s) => (seriesOf[code] = s));
    const names = ranked.slice(0, MAX_SERIES).map((code) => data.dictionary[code] as string);
    const width = MAX_SERIES + 2; // top series, "(other)", "(missing)"
    const grid = new Float64Array(starts.length * width);
    for (let i = 0; i < n; i++) {
      const b = bucketOf(i);
      if (b < 0) continue;
      const code = codes[i] as number;
      grid[b * width + (code < 0 ? MAX_SERIES + 1 : (seriesOf[code] as number))]!++;
    }
    out.forEach((bucket, b) => {
      const cats: Record<string, number> = {};
      names.forEach((name, s) => (cats[name] = grid[b * width + s] as number));
      if (ranked.length > MAX_SERIES) cats['(other)'] = grid[b * width + MAX_SERIES] as number;
      const missing = grid[b * width + MAX_SERIES + 1] as number;
      if (missing > 0 || data.missing > 0) cats['(missing)'] = missing;
      bucket.categories = cats;
    });
    return out;
  }

  if (column.type === 'category' || column.type === 'text') {
    throw new AppError(
      'invalid_input',
      `"${input.agg}" needs a numeric column; "${column.name}" holds text.`,
    );
  }
  const { values, state } = source.store.numbers(column);
  if (input.agg === 'mean' || input.agg === 'rate') {
    const sums = new Float64Array(starts.length);
    const ns = new Float64Array(starts.length);
    for (let i = 0; i < n; i++) {
      const b = bucketOf(i);
      const v = values[i] as number;
      if (b < 0 || Number.isNaN(v)) continue;
      if (input.agg === 'rate' && v !== 0 && v !== 1) {
        throw new AppError(
          'invalid_input',
          `A rate needs a 0/1 or true/false column; "${column.name}" holds ${v} (row ${i + 1}).`,
        );
      }
      sums[b]! += v;
      ns[b]!++;
    }
    out.forEach((bucket, b) => {
      const k = ns[b] as number;
      bucket.value = k > 0 ? (sums[b] as number) / k : null;
    });
    return out;
  }

  // quantiles: gather each bucket's values with one counting pass, then sort per bucket.
  const per = new Uint32Array(starts.length + 1);
  const slot = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(i);
    if (b < 0 || Number.isNaN(values[i] as number) || (state && state[i] === MISSING)) continue;
    slot[i] = b;
    per[b + 1]!++;
  }
  for (let b = 0; b < starts.length; b++) per[b + 1]! += per[b] as number;
  const fill = per.slice(0, starts.length);
  const gathered = new Float64Array(per[starts.length] as number);
  for (let i = 0; i < n; i++) {
    const b = slot[i] as number;
    if (b >= 0) gathered[fill[b]!++] = values[i] as number;
  }
  out.forEach((bucket, b) => {
    const part = gathered.subarray(per[b] as number, per[b + 1] as number).sort();
    const q = (p: number) => quantileSorted(part, p);
    bucket.quantiles =
      part.length > 0
        ? { p05: q(0.05), p25: q(0.25), median: q(0.5), p75: q(0.75), p95: q(0.95) }
        : null;
    bucket.value = part.length > 0 ? q(0.5) : null;
  });
  return out;
}

function parseInstant(text: string, what: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new AppError(
      'invalid_input',
      `The ${what} "${text}" is not an instant: use ISO 8601, e.g. 2024-03-12T02:00:00Z.`,
    );
  }
  return ms;
}

function labelOf(ms: number): string {
  const known = BUCKET_SIZES.find((s) => s.ms === ms);
  if (known) return known.label;
  return ms % 3_600_000 === 0
    ? `${ms / 3_600_000} h`
    : ms % 60_000 === 0
      ? `${ms / 60_000} min`
      : `${ms / 1000} s`;
}
