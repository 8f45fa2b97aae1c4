/**
 * Category counts of two windows aligned over the union of their categories: baseline categories
 * first in the baseline's order, then categories only the incident window has, flagged as unseen.
 */

/** Counts per category. A Map or an entry list keeps its order; a plain object's order is JS's. */
export type CategoryCounts =
  | ReadonlyMap<string, number>
  | ReadonlyArray<readonly [string, number]>
  | Readonly<Record<string, number>>;

export interface AlignedCategory {
  category: string;
  baseline: number;
  incident: number;
  /** The category occurs in the incident window but never in the baseline. */
  unseenInBaseline: boolean;
}

export interface AlignedCategoryCounts {
  categories: AlignedCategory[];
  baselineTotal: number;
  incidentTotal: number;
  /** Names of the categories never seen in the baseline, in incident order. */
  unseenInBaseline: string[];
}

function entriesOf(counts: CategoryCounts, label: string): Array<[string, number]> {
  const raw: Iterable<readonly [string, number]> =
    counts instanceof Map || Array.isArray(counts)
      ? (counts as Iterable<readonly [string, number]>)
      : Object.entries(counts as Record<string, number>);
  const seen = new Map<string, number>();
  for (const [category, count] of raw) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(
        `${label} count for category "${category}" must be a non-negative integer, got ${count}`,
      );
    }
    seen.set(category, (seen.get(category) ?? 0) + count);
  }
  return [...seen.entries()];
}

/** Count occurrences of each value, in order of first appearance. */
export function countCategories(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Counts of an ascending numeric sample by value, as categories named String(value), ascending:
 * the same as countCategories over the strings, without making a string per value.
 */
export function countSortedRuns(sorted: ArrayLike<number>): Map<string, number> {
  const counts = new Map<string, number>();
  let i = 0;
  while (i < sorted.length) {
    const value = sorted[i] as number;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === value) j++;
    counts.set(String(value), j - i);
    i = j;
  }
  return counts;
}

export function alignCategoryCounts(
  baselineCounts: CategoryCounts,
  incidentCounts: CategoryCounts,
): AlignedCategoryCounts {
  const baseline = entriesOf(baselineCounts, 'baseline');
  const incident = new Map(entriesOf(incidentCounts, 'incident'));
  const categories: AlignedCategory[] = [];
  const unseen: string[] = [];
  let baselineTotal = 0;
  let incidentTotal = 0;
  const inBaseline = new Set<string>();
  for (const [category, count] of baseline) {
    const inc = incident.get(category) ?? 0;
    inBaseline.add(category);
    categories.push({ category, baseline: count, incident: inc, unseenInBaseline: false });
    baselineTotal += count;
    incidentTotal += inc;
  }
  for (const [category, count] of incident) {
    if (inBaseline.has(category)) continue;
    const flagged = count > 0;
    categories.push({ category, baseline: 0, incident: count, unseenInBaseline: flagged });
    if (flagged) unseen.push(category);
    incidentTotal += count;
  }
  // A category listed in the baseline with a zero count is not "seen" either.
  for (const c of categories) {
    if (c.baseline === 0 && c.incident > 0 && !c.unseenInBaseline) {
      c.unseenInBaseline = true;
      unseen.push(c.category);
    }
  }
  return { categories, baselineTotal, incidentTotal, unseenInBaseline: unseen };
}
