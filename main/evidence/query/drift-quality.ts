import type { DriftRow } from '../../../shared/evidence';

/** A column named like a model version: new values in the incident suggest a silent deployment. */
export const MODEL_VERSION_NAME = /(^|[_\s.-])(model[_\s.-]?)?version$|^model[_\s.-]?v(er)?$/i;

export function isModelVersionColumn(name: string): boolean {
  return MODEL_VERSION_NAME.test(name.trim());
}

export type QualityFindings = Pick<
  DriftRow,
  | 'missingShareBaseline'
  | 'missingShareIncident'
  | 'unseenCategories'
  | 'outOfRangeShare'
  | 'unparsedShareBaseline'
  | 'unparsedShareIncident'
  | 'typeChanged'
  | 'constantInIncident'
  | 'newModelVersions'
>;

export interface WindowCounts {
  rows: number;
  missing: number;
  unparsed: number;
}

export const UNSEEN_LISTED = 50;

export function baseFindings(b: WindowCounts, i: WindowCounts): QualityFindings {
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const unparsedShareBaseline = share(b.unparsed, b.rows);
  const unparsedShareIncident = share(i.unparsed, i.rows);
  return {
    missingShareBaseline: share(b.missing, b.rows),
    missingShareIncident: share(i.missing, i.rows),
    unseenCategories: [],
    outOfRangeShare: null,
    unparsedShareBaseline,
    unparsedShareIncident,
    typeChanged: i.unparsed > 0 && unparsedShareIncident > unparsedShareBaseline,
    constantInIncident: false,
    newModelVersions: null,
  };
}

/**
 * Numbers turning into text: a column the import had to read as text (whole-file inference) whose
 * baseline values were all numbers while the incident's are not — a broken export upstream, an
 * error string where a feature should be. Counts are per distinct value, as the drift table has them.
 */
export function numbersTurnedIntoText(
  baseline: ReadonlyMap<string, number>,
  incident: ReadonlyMap<string, number>,
): boolean {
  const numericShare = (counts: ReadonlyMap<string, number>): number | null => {
    let numeric = 0;
    let all = 0;
    for (const [value, count] of counts) {
      all += count;
      if (value.trim() !== '' && Number.isFinite(Number(value))) numeric += count;
    }
    return all > 0 ? numeric / all : null;
  };
  const before = numericShare(baseline);
  const after = numericShare(incident);
  return before === 1 && after !== null && after < 1;
}

/** Share of the incident's values below the baseline's minimum or above its maximum (both sorted). */
export function outOfRangeShareSorted(
  baseline: Float64Array,
  incident: Float64Array,
): number | null {
  if (baseline.length === 0 || incident.length === 0) return null;
  const min = baseline[0] as number;
  const max = baseline[baseline.length - 1] as number;
  const below = lowerBound(incident, min);
  const atOrBelowMax = upperBound(incident, max);
  return (below + (incident.length - atOrBelowMax)) / incident.length;
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
