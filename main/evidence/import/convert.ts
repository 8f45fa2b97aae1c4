// Conversions applied at commit, column by column, only where the staged storage differs from the
// chosen type. Cheap in the common case: a column whose cells were already stored in final form
// (canonical numbers, ISO instants in an ISO column) is not touched at all.
//
// Decision: a cell that does not parse as the chosen type KEEPS ITS ORIGINAL TEXT (SQLite's dynamic
// typing allows it) and is counted in columns.unparsed_count, so a wrong type choice never destroys
// data and can be undone by choosing another type in a new import.
import type Database from 'better-sqlite3';
import type { ZoneReader } from '../../../shared/evidence/zone';
import type { ColumnType, InstantFormat, StagedColumnInternal } from './types';
import {
  booleanWordValue,
  decimalCommaValue,
  isoText,
  lastInstantHadZone,
  numericTextValue,
  parseIsoInstant,
  slashDateToMs,
} from './values';

type Cell = number | string | bigint | Buffer | null;

export interface ConversionPlan {
  col: string;
  type: ColumnType;
  instantFormat: InstantFormat | null;
  internal: StagedColumnInternal;
  /** Where instants without a zone are read; null reads them as UTC (no conversion). */
  zone: ZoneReader | null;
}

/** A wall-clock time just parsed (as if UTC) read in the zone, unless it named its own. */
function inZone(ms: number, zone: ZoneReader | null): number {
  return zone && !lastInstantHadZone() ? zone.instantOf(ms) : ms;
}

function instantOf(v: Cell, format: InstantFormat, zone: ZoneReader | null): number | null {
  if (typeof v === 'number' || typeof v === 'bigint') {
    const n = Number(v);
    if (format === 'epoch-s') return n * 1000;
    if (format === 'epoch-ms') return n;
    return null;
  }
  if (typeof v !== 'string') return null;
  const t = v.trim();
  const iso = parseIsoInstant(t, 0, t.length);
  if (!Number.isNaN(iso)) return inZone(iso, zone);
  if (format === 'day-first' || format === 'month-first') {
    const ms = slashDateToMs(t, format === 'day-first');
    if (!Number.isNaN(ms)) return inZone(ms, zone);
  }
  if (format === 'epoch-s' || format === 'epoch-ms') {
    const n = numericTextValue(t);
    if (Number.isFinite(n)) return format === 'epoch-s' ? n * 1000 : n;
  }
  return null;
}

/** Applies one column's conversion; returns the number of cells left as unparsed text. */
export function convertColumn(db: Database.Database, plan: ConversionPlan): number {
  const { col, type, internal } = plan;
  let unparsed = 0;
  let fn: ((v: Cell) => Cell) | null = null;
  let where = '';
  const keep = (v: Cell): Cell => {
    unparsed++;
    return v;
  };
  switch (type) {
    case 'text':
    case 'category':
      // Numbers were stored as numbers while parsing; as text they read back exactly as written
      // because only canonical spellings were converted. ISO instants stored as ms become
      // ISO 8601 UTC text (normalised spelling).
      where = `typeof(${col}) IN ('integer','real')`;
      // Wall-clock times stay without a zone as text ("2024-03-12T02:00:00.000"), as written.
      fn = (v) =>
        internal.isoStoredAsMs && typeof v === 'number'
          ? internal.msZoneless
            ? isoText(v).slice(0, -1)
            : isoText(v)
          : String(v);
      break;
    case 'integer':
      where = `typeof(${col}) IN ('text','real')`;
      fn = (v) => {
        const n = typeof v === 'string' ? numericTextValue(v) : typeof v === 'number' ? v : NaN;
        return Number.isSafeInteger(n) ? n : keep(v);
      };
      break;
    case 'real':
      where = `typeof(${col}) = 'text'`;
      fn = (v) => {
        let n = typeof v === 'string' ? numericTextValue(v) : NaN;
        if (Number.isNaN(n) && internal.commaCount > 0 && typeof v === 'string') {
          n = decimalCommaValue(v);
        }
        return Number.isFinite(n) ? n : keep(v);
      };
      break;
    case 'boolean':
      where = `typeof(${col}) IN ('text','real','integer')`;
      fn = (v) => {
        if (typeof v === 'number') return v === 0 || v === 1 ? v : keep(v);
        const b = typeof v === 'string' ? booleanWordValue(v) : -1;
        return b >= 0 ? b : keep(v);
      };
      break;
    case 'instant': {
      const format = plan.instantFormat ?? 'iso';
      const zone = plan.zone;
      const wallMs = internal.isoStoredAsMs && internal.msZoneless && zone !== null;
      if (wallMs) {
        where = `${col} IS NOT NULL`;
      } else if (internal.isoStoredAsMs) {
        where = `typeof(${col}) = 'text'`;
      } else if (format === 'epoch-ms') {
        where = `typeof(${col}) IN ('text','real')`;
      } else {
        where = `${col} IS NOT NULL`;
      }
      fn = (v) => {
        if (internal.isoStoredAsMs && typeof v === 'number') return wallMs ? zone.instantOf(v) : v;
        const ms = instantOf(v, format, zone);
        return ms !== null && Number.isFinite(ms) ? Math.round(ms) : keep(v);
      };
      break;
    }
  }
  if (!fn || !needsPass(plan)) return 0;
  const f = fn;
  db.function('pm_convert', { deterministic: false }, (v: unknown) => {
    const out = f(v as Cell);
    // Whole numbers must be bound as INTEGER, not REAL: better-sqlite3 binds JS numbers as doubles.
    return typeof out === 'number' && Number.isSafeInteger(out) ? BigInt(out) : out;
  });
  db.exec(`UPDATE rows SET ${col} = pm_convert(${col}) WHERE ${where}`);
  return unparsed;
}

/** Whether the staged storage can differ from the chosen type at all (avoids a table scan). */
function needsPass(plan: ConversionPlan): boolean {
  const s = plan.internal;
  const storedText = s.nonMissing - s.storedNumeric;
  switch (plan.type) {
    case 'text':
    case 'category':
      return s.storedNumeric > 0;
    case 'integer':
      return storedText > 0 || s.realCount > 0;
    case 'real':
      return storedText > 0;
    case 'boolean':
      return storedText > 0 || s.realCount > 0 || (s.intMin ?? 0) < 0 || (s.intMax ?? 0) > 1;
    case 'instant':
      if (s.isoStoredAsMs && s.msZoneless && plan.zone !== null) return s.nonMissing > 0;
      if (s.isoStoredAsMs) return storedText > 0;
      if (plan.instantFormat === 'epoch-ms') return storedText > 0 || s.realCount > 0;
      return true;
  }
}
