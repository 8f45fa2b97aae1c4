// Classifies each cell while it is parsed (one pass) and writes it into the current batch with
// SQLite's dynamic typing in mind: canonical integers and reals become numbers, everything else
// stays text. A number is converted here only when writing it back as text gives the same
// characters ("42", "-0.5"), so a column that turns out to be text loses nothing; other numeric
// spellings ("1e3", "+4", " 5") stay text and are converted at commit when the column is numeric.
// Exception, for speed: in a column whose first rows were all numbers, "1.50" is stored as 1.5 at
// once (counted as lossy; should the column end up text, it reads "1.5" and the import warns).
// Likewise, in a column whose first rows were all ISO instants, instants are stored as epoch ms
// at once; should it end up text, they read back as ISO 8601 UTC (normalised spelling).
import { type ColumnStats, CATEGORY_MAX_DISTINCT, newColumnStats } from './column-stats';
import { K_DICT, K_EXTRA, K_INT, K_NULL, K_REAL, K_TEXT, TEXT_SPAN } from './protocol';
import {
  booleanWordValue,
  decimalCommaKind,
  isBooleanWordAt,
  lastInstantHadZone,
  numericTextValue,
  parseIsoInstant,
  splitSlashDate,
} from './values';

const POW10: number[] = [];
for (let i = 0; i <= 22; i++) POW10.push(10 ** i);

const LEADING_ZERO_INT = /^\s*[-+]?0\d/;

// First chars of the boolean words (true/false/yes/no/t/f/y/n, any case, maybe after spaces).
const BOOL_FIRST = new Uint8Array(65536);
for (const c of 'tfynTFYN ') BOOL_FIRST[c.charCodeAt(0)] = 1;

const FAST_IDS = 1024;

function sameText(t: string, s: string, a: number, b: number): boolean {
  if (t.length !== b - a) return false;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== s.charCodeAt(a + i)) return false;
  return true;
}

function hashRange(s: string, a: number, b: number): number {
  let h = 0x811c9dc5 ^ (b - a);
  for (let i = a; i < b; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class CellWriter {
  readonly stats: ColumnStats[];
  // Distinct texts are counted by a 32-bit hash of their chars (no substring per cell); a rare
  // collision only lowers the count, which matters solely for the category threshold.
  // Values are dictionary ids (>= 0) for texts sent once as a dictionary entry, or -1.
  private readonly textDistinct: (Map<number, number> | null)[];
  // Low-cardinality texts (categories) are sent once and then referred to by id: the inserting
  // thread then binds the same string object again instead of slicing a new one per cell.
  private readonly dict: string[] = [];
  // Per column, a direct-mapped cache (length, first and last char) -> dictionary id + 1, checked
  // before hashing: most category cells are found with two char reads and one comparison.
  private readonly fastIds: (Int32Array | null)[];
  private newDict: string[] = [];
  private readonly numDistinct: (Set<number> | null)[];
  private readonly last: Float64Array;
  private readonly markerFirst = new Uint8Array(65536);
  private readonly markers: Set<string>;
  private readonly maxMarkerLen: number;
  /** Per column: non-missing cells seen, and the distinct texts of the probed ones. */
  private readonly probeSeen: Uint32Array;
  private readonly probeValues: (Set<string> | null)[];

  // Current batch, set by the parser.
  kinds!: Uint8Array;
  nums!: Float64Array;

  constructor(
    columnCount: number,
    missingMarkers: string[],
    private readonly isoColumns: boolean[],
    private readonly numericColumns: boolean[],
  ) {
    this.stats = Array.from({ length: columnCount }, newColumnStats);
    this.textDistinct = Array.from({ length: columnCount }, () => new Map<number, number>());
    this.fastIds = new Array<Int32Array | null>(columnCount).fill(null);
    this.numDistinct = Array.from({ length: columnCount }, () => new Set<number>());
    this.last = new Float64Array(columnCount).fill(-Infinity);
    this.markers = new Set(missingMarkers.filter((m) => m !== ''));
    let maxLen = 0;
    for (const m of this.markers) {
      this.markerFirst[m.charCodeAt(0)] = 1;
      maxLen = Math.max(maxLen, m.length);
    }
    this.maxMarkerLen = maxLen;
    this.probeSeen = new Uint32Array(columnCount);
    this.probeValues = Array.from({ length: columnCount }, () => new Set<string>());
  }

  /** Samples the cell for columnFacts: every cell of the first 1,024, then every 32nd. */
  private probe(col: number, st: ColumnStats, s: string, a: number, b: number): void {
    const seen = (this.probeSeen[col] as number) + 1;
    this.probeSeen[col] = seen;
    if (seen > 1024 && (seen & 31) !== 0) return;
    const values = this.probeValues[col];
    if (!values) return;
    const text = s.substring(a, b);
    st.probed++;
    if (text.indexOf(' ') >= 0) st.probedSpaced++;
    if (Number.isFinite(numericTextValue(text)) || decimalCommaKind(text) > 0) st.probedNumeric++;
    values.add(text);
    if (st.probed >= 8192) {
      st.probedDistinct = values.size;
      this.probeValues[col] = null;
    }
  }

  missing(cell: number, col: number): void {
    this.kinds[cell] = K_NULL;
    (this.stats[col] as ColumnStats).missing++;
  }

  /** A cell whose text is s[a, b) of the batch region (offsets relative to regionStart). */
  plain(cell: number, col: number, s: string, a: number, b: number, regionStart: number): void {
    const st = this.stats[col] as ColumnStats;
    const len = b - a;
    if (len === 0) return this.missing(cell, col);
    const c0 = s.charCodeAt(a);
    if (
      len <= this.maxMarkerLen &&
      this.markerFirst[c0] === 1 &&
      this.markers.has(s.substring(a, b))
    ) {
      return this.missing(cell, col);
    }
    if (st.samples.length < 5) st.samples.push(s.substring(a, b));
    this.probe(col, st, s, a, b);
    // In ISO-candidate columns numbers stay text, so an integer cell there is always an instant.
    const numOk = this.isoColumns[col] !== true;
    if ((c0 >= 48 && c0 <= 57) || c0 === 45) {
      let i = a;
      const neg = c0 === 45;
      if (neg) i++;
      const ds = i;
      let mant = 0;
      while (i < b) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        mant = mant * 10 + d;
        i++;
      }
      const nInt = i - ds;
      const stop = i < b ? s.charCodeAt(i) | 32 : 0;
      // Digits then a letter other than e/t (exponent, ISO 'T'): an id like 72c3b9, plain text.
      if (stop >= 97 && stop <= 122 && stop !== 101 && stop !== 116)
        return this.letterText(cell, col, st, s, a, b, regionStart);
      const leadOk = nInt === 1 || (nInt > 1 && s.charCodeAt(ds) !== 48);
      if (nInt > 0 && i === b) {
        if (numOk && nInt <= 15 && leadOk && !(neg && mant === 0)) {
          return this.number(cell, col, st, neg ? -mant : mant, true);
        }
      } else if (numOk && nInt > 0 && s.charCodeAt(i) === 46 && leadOk) {
        // In columns whose sample is all numbers, "1.50" is stored as 1.5 at once (counted as
        // lossy: should the column end up text it reads "1.5"); elsewhere it stays text.
        const lossyOk = this.numericColumns[col] === true;
        i++;
        const fs = i;
        while (i < b) {
          const d = s.charCodeAt(i) - 48;
          if (d < 0 || d > 9) break;
          mant = mant * 10 + d;
          i++;
        }
        const nFrac = i - fs;
        // -0.00 in a numeric column is stored as 0 (lossy, like 1.50 -> 1.5).
        if (i === b && nFrac > 0 && nInt + nFrac <= 15 && (lossyOk || !(neg && mant === 0))) {
          const trailingZero = s.charCodeAt(b - 1) === 48;
          let zeros = 0;
          if (!lossyOk && mant < POW10[nFrac]!) while (s.charCodeAt(fs + zeros) === 48) zeros++;
          // Text round trip: no trailing zero, and JS writes numbers below 1e-4 with an exponent.
          if (lossyOk || (!trailingZero && zeros <= 3 && mant !== 0)) {
            if (trailingZero) st.lossy++;
            const v = mant / POW10[nFrac]!;
            return this.number(cell, col, st, neg && mant !== 0 ? -v : v, false);
          }
        }
      } else if (nInt === 4 && !neg && (s.charCodeAt(i) === 45 || s.charCodeAt(i) === 47)) {
        const ms = parseIsoInstant(s, a, b);
        if (!Number.isNaN(ms)) {
          st.iso++;
          const kind = lastInstantHadZone() ? 2 : 1;
          if (kind === 2) st.zoned++;
          else st.zoneless++;
          this.trackDistinct(col, s, a, b);
          // Cells stored as ms are all of one kind (the column's first), so the commit knows which
          // are wall-clock times to read in the chosen zone; the other kind stays text.
          if (st.msKind === 0 && this.isoColumns[col] === true) st.msKind = kind;
          if (this.isoColumns[col] === true && st.msKind === kind) {
            this.kinds[cell] = K_INT;
            this.nums[cell] = ms;
            st.stored++;
            if (ms < (this.last[col] as number)) st.sorted = false;
            this.last[col] = ms;
            return;
          }
          return this.textAt(cell, a - regionStart, b - regionStart, K_TEXT);
        }
      }
    }
    // Starts with a letter (or any non-ASCII char): neither a number nor a date.
    if (c0 >= 65) return this.letterText(cell, col, st, s, a, b, regionStart);
    this.slowText(cell, col, st, s.substring(a, b));
    this.textAt(cell, a - regionStart, b - regionStart, K_TEXT);
  }

  private letterText(
    cell: number,
    col: number,
    st: ColumnStats,
    s: string,
    a: number,
    b: number,
    regionStart: number,
  ): void {
    if (b - a <= 5 && BOOL_FIRST[s.charCodeAt(a)] === 1 && isBooleanWordAt(s, a, b)) st.bools++;
    else st.other++;
    const td = this.textDistinct[col];
    if (td) {
      const ft = (this.fastIds[col] ??= new Int32Array(FAST_IDS));
      const slot = ((b - a) * 961 + s.charCodeAt(a) * 31 + s.charCodeAt(b - 1)) & (FAST_IDS - 1);
      const cached = (ft[slot] as number) - 1;
      if (cached >= 0 && sameText(this.dict[cached] as string, s, a, b)) {
        return this.dictAt(cell, cached);
      }
      const h = hashRange(s, a, b);
      const id = td.get(h);
      if (id === undefined) {
        const nid = this.dict.length;
        const text = s.substring(a, b);
        this.dict.push(text);
        this.newDict.push(text);
        td.set(h, nid);
        ft[slot] = nid + 1;
        if (td.size + (this.numDistinct[col]?.size ?? 0) > CATEGORY_MAX_DISTINCT) {
          this.capDistinct(col);
        }
        return this.dictAt(cell, nid);
      }
      // A hash collision falls through to plain text: never a wrong value.
      if (id >= 0 && sameText(this.dict[id] as string, s, a, b)) {
        ft[slot] = id + 1;
        return this.dictAt(cell, id);
      }
    }
    this.textAt(cell, a - regionStart, b - regionStart, K_TEXT);
  }

  private dictAt(cell: number, id: number): void {
    this.kinds[cell] = K_DICT;
    this.nums[cell] = id;
  }

  /** Dictionary entries created since the last call, to send with the batch. */
  takeNewDict(): string[] {
    const out = this.newDict;
    this.newDict = [];
    return out;
  }

  /** A cell held in the batch's extra string at [a, b) (unescaped quoted text). */
  extra(cell: number, col: number, value: string, a: number, b: number): void {
    const st = this.stats[col] as ColumnStats;
    if (value.length === 0 || this.markers.has(value)) return this.missing(cell, col);
    if (st.samples.length < 5) st.samples.push(value);
    this.probe(col, st, value, 0, value.length);
    this.slowText(cell, col, st, value);
    this.textAt(cell, a, b, K_EXTRA);
  }

  private textAt(cell: number, a: number, b: number, kind: number): void {
    this.kinds[cell] = kind;
    this.nums[cell] = a * TEXT_SPAN + b;
  }

  private number(cell: number, col: number, st: ColumnStats, v: number, isInt: boolean): void {
    this.kinds[cell] = isInt ? K_INT : K_REAL;
    this.nums[cell] = v;
    st.stored++;
    if (isInt) {
      st.ints++;
      if (st.intMin === null || v < st.intMin) st.intMin = v;
      if (st.intMax === null || v > st.intMax) st.intMax = v;
    } else {
      st.reals++;
    }
    if (v < (this.last[col] as number)) st.sorted = false;
    this.last[col] = v;
    const nd = this.numDistinct[col];
    if (nd) {
      nd.add(v);
      if (nd.size + (this.textDistinct[col]?.size ?? 0) > CATEGORY_MAX_DISTINCT)
        this.capDistinct(col);
    }
  }

  /** Classification of text that is not a canonical number (the uncommon path). */
  private slowText(cell: number, col: number, st: ColumnStats, v: string): void {
    this.trackDistinct(col, v, 0, v.length);
    const c0 = v.charCodeAt(0);
    if ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46 || c0 === 32) {
      if (c0 >= 48 && c0 <= 57 && !Number.isNaN(parseIsoInstant(v, 0, v.length))) {
        st.iso++;
        if (lastInstantHadZone()) st.zoned++;
        else st.zoneless++;
        return;
      }
      const slash = c0 >= 48 && c0 <= 57 ? splitSlashDate(v) : null;
      if (slash) {
        st.slash++;
        if (lastInstantHadZone()) st.zoned++;
        else st.zoneless++;
        if (slash[0] > 12) st.slashFirstOver12 = true;
        if (slash[1] > 12) st.slashSecondOver12 = true;
        return;
      }
      const n = numericTextValue(v);
      if (!Number.isNaN(n) && Number.isFinite(n) && !LEADING_ZERO_INT.test(v)) {
        st.numericText++;
        const intLike = Number.isSafeInteger(n) && !/[.eE]/.test(v);
        if (intLike) {
          st.ints++;
          if (st.intMin === null || n < st.intMin) st.intMin = n;
          if (st.intMax === null || n > st.intMax) st.intMax = n;
        } else {
          st.reals++;
        }
        if (n < (this.last[col] as number)) st.sorted = false;
        this.last[col] = n;
        return;
      }
    }
    if (v.length <= 5 && BOOL_FIRST[c0] === 1 && booleanWordValue(v) >= 0) st.bools++;
    else {
      st.other++;
      const comma = c0 === 43 || c0 === 46 ? 0 : decimalCommaKind(v);
      if (comma === 2) st.commaDecimal++;
      else if (comma === 1) st.commaAmbiguous++;
      if (comma > 0) st.sorted = false;
    }
    void cell;
  }

  private trackDistinct(col: number, s: string, a: number, b: number): void {
    const td = this.textDistinct[col];
    if (!td) return;
    const h = hashRange(s, a, b);
    if (!td.has(h)) td.set(h, -1);
    if (td.size + (this.numDistinct[col]?.size ?? 0) > CATEGORY_MAX_DISTINCT) this.capDistinct(col);
  }

  private capDistinct(col: number): void {
    this.textDistinct[col] = null;
    this.numDistinct[col] = null;
    this.fastIds[col] = null;
    (this.stats[col] as ColumnStats).distinct = -1;
  }

  finish(): ColumnStats[] {
    this.stats.forEach((st, col) => {
      const probed = this.probeValues[col];
      if (probed) st.probedDistinct = probed.size;
      this.probeValues[col] = null;
      const td = this.textDistinct[col];
      const nd = this.numDistinct[col];
      if (td && nd) st.distinct = td.size + nd.size;
    });
    return this.stats;
  }
}
