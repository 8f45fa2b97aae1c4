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

/** Share of the incident's values below the baseline's minimum or above its maximum. */
export function outOfRangeShare(baseline: Float64Array, incident: Float64Array): number | null {
  if (baseline.length === 0 || incident.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of baseline) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  let outside = 0;
  for (const v of incident) if (v < min || v > max) outside++;
  return outside / incident.length;
}

/** Number of distinct values, stopping once it passes `cap` (only "one" vs "several" matters). */
export function distinctUpTo(values: Float64Array, cap: number): number {
  const seen = new Set<number>();
  for (const v of values) {
    seen.add(v);
    if (seen.size > cap) break;
  }
  return seen.size;
}
