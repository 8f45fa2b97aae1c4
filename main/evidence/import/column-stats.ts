import type { ColumnType, InstantFormat } from './types';
import { epochUnitFor } from './values';

// Every non-missing cell falls in exactly one class, so the type of a column follows from counts
// over the WHOLE file (not a sample): one text cell at row 1,000,000 makes an integer column text.
export interface ColumnStats {
  missing: number;
  ints: number;
  reals: number;
  /** Of ints + reals: those stored as TEXT in staging because not written canonically ("1.50"). */
  numericText: number;
  iso: number;
  slash: number;
  slashFirstOver12: boolean;
  slashSecondOver12: boolean;
  bools: number;
  other: number;
  /** Reals with trailing zeros stored as numbers ("1.50" -> 1.5) in sample-numeric columns. */
  lossy: number;
  /** Cells stored as INTEGER or REAL while parsing (all others non-missing are TEXT). */
  stored: number;
  /** Distinct non-missing texts, or -1 once above CATEGORY_MAX_DISTINCT. */
  distinct: number;
  intMin: number | null;
  intMax: number | null;
  sorted: boolean;
  samples: string[];
}

export const CATEGORY_MAX_DISTINCT = 100;

export function newColumnStats(): ColumnStats {
  return {
    missing: 0,
    ints: 0,
    reals: 0,
    numericText: 0,
    iso: 0,
    slash: 0,
    slashFirstOver12: false,
    slashSecondOver12: false,
    bools: 0,
    other: 0,
    stored: 0,
    lossy: 0,
    distinct: 0,
    intMin: null,
    intMax: null,
    sorted: true,
    samples: [],
  };
}

export interface Inferred {
  type: ColumnType;
  instantFormat?: InstantFormat;
}

export function inferColumnType(name: string, s: ColumnStats): Inferred {
  const nonMissing = s.ints + s.reals + s.iso + s.slash + s.bools + s.other;
  if (nonMissing === 0) return { type: 'text' };
  if (s.ints === nonMissing) {
    const unit = epochUnitFor(name, s.intMin, s.intMax);
    return unit ? { type: 'instant', instantFormat: unit } : { type: 'integer' };
  }
  if (s.ints + s.reals === nonMissing) return { type: 'real' };
  if (s.bools === nonMissing) return { type: 'boolean' };
  if (s.iso + s.slash === nonMissing && !(s.slashFirstOver12 && s.slashSecondOver12)) {
    if (s.slash === 0) return { type: 'instant', instantFormat: 'iso' };
    return { type: 'instant', instantFormat: s.slashSecondOver12 ? 'month-first' : 'day-first' };
  }
  if (s.distinct >= 0 && s.distinct <= CATEGORY_MAX_DISTINCT && s.distinct * 2 <= nonMissing) {
    return { type: 'category' };
  }
  return { type: 'text' };
}
