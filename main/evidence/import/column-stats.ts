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
  /** Of iso + slash: instants written with their zone (Z, +02:00) and without (wall-clock). */
  zoned: number;
  zoneless: number;
  /** In ISO-candidate columns, which kind the cells stored as epoch ms are: 0 none yet, 1 zone-less, 2 zoned (the other kind stays text). */
  msKind: 0 | 1 | 2;
  /** Numbers written with a decimal comma: unambiguous ("1,5") and maybe thousands ("1,500"). Counted in other. */
  commaDecimal: number;
  commaAmbiguous: number;
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
  /** A sample of the column's cells (every cell of the first 1,024, then every 32nd, up to 8,192): how many, how many distinct, how many hold a space. */
  probed: number;
  probedDistinct: number;
  probedSpaced: number;
  /** Probed cells that read as numbers: a broken numeric column is not a column of ids. */
  probedNumeric: number;
}

const ID_LIKE_MIN_PROBED = 20;

/**
 * Facts about a column's values the window needs before it opens the file: whether every value is
 * 0 or 1 (a rate can be charted), and whether it looks like an id (nearly every sampled value
 * different, none with a space) rather than free text.
 */
export function columnFacts(s: ColumnStats): { binary: boolean; idLike: boolean } {
  const nonMissing = s.ints + s.reals + s.iso + s.slash + s.bools + s.other;
  const binary =
    nonMissing > 0 &&
    (s.bools === nonMissing ||
      (s.ints === nonMissing && (s.intMin ?? 0) >= 0 && (s.intMax ?? 0) <= 1));
  return {
    binary,
    idLike: looksLikeIds(s.probed, s.probedDistinct, s.probedSpaced, s.probedNumeric),
  };
}

/**
 * Nearly every sampled value different (95 %), hardly any with a space, and mostly not numbers:
 * ids, not free text nor a numeric column some text broke.
 */
export function looksLikeIds(
  probed: number,
  distinct: number,
  spaced: number,
  numeric: number,
): boolean {
  return (
    probed >= ID_LIKE_MIN_PROBED &&
    distinct >= 0.95 * probed &&
    spaced <= 0.02 * probed &&
    numeric <= 0.5 * probed
  );
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
    zoned: 0,
    zoneless: 0,
    msKind: 0,
    commaDecimal: 0,
    commaAmbiguous: 0,
    bools: 0,
    other: 0,
    stored: 0,
    lossy: 0,
    distinct: 0,
    intMin: null,
    intMax: null,
    sorted: true,
    samples: [],
    probed: 0,
    probedDistinct: 0,
    probedSpaced: 0,
    probedNumeric: 0,
  };
}

export interface Inferred {
  type: ColumnType;
  instantFormat?: InstantFormat;
  /** A real column written with a decimal comma ("1,5"): converted at commit. */
  decimalComma?: true;
}

/**
 * Every value an integer or a decimal-comma number, at least one of which cannot be an integer with
 * a thousands comma ("1,5", "0,250"; "1,500" alone is ambiguous), and no decimal point anywhere.
 */
export function isDecimalCommaColumn(s: ColumnStats): boolean {
  const nonMissing = s.ints + s.reals + s.iso + s.slash + s.bools + s.other;
  return (
    s.commaDecimal > 0 && s.reals === 0 && s.ints + s.commaDecimal + s.commaAmbiguous === nonMissing
  );
}

export function inferColumnType(name: string, s: ColumnStats): Inferred {
  const nonMissing = s.ints + s.reals + s.iso + s.slash + s.bools + s.other;
  if (nonMissing === 0) return { type: 'text' };
  if (s.ints === nonMissing) {
    const unit = epochUnitFor(name, s.intMin, s.intMax);
    return unit ? { type: 'instant', instantFormat: unit } : { type: 'integer' };
  }
  if (s.ints + s.reals === nonMissing) return { type: 'real' };
  if (isDecimalCommaColumn(s)) return { type: 'real', decimalComma: true };
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
