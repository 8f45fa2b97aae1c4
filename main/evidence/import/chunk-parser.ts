// RFC 4180 record parser over decoded chunks of text, run in the parsing worker. It never builds a
// string per field on the common path: fields are located by offsets and handed to the CellWriter,
// which converts numbers from char codes. A batch's text cells are substrings of one region string
// the inserting thread slices.
import { CellWriter } from './cell-writer';
import type { ImportErrorData } from './errors';
import type { BatchMessage } from './protocol';
import type { BadRow } from './types';

export const MAX_RECORD_CHARS = 32 * 1024 * 1024;
const MAX_BAD_ROWS_KEPT = 1000;
const PREVIEW_ROWS = 50;

export class ParseFailure extends Error {
  constructor(readonly data: ImportErrorData) {
    super(data.problem);
  }
}

export interface ParserSink {
  batch(b: Omit<BatchMessage, 'type' | 'bytesDone'>): void;
}

export class ChunkParser {
  readonly writer: CellWriter;
  recordNo = 0;
  dataRows = 0;
  blankLines = 0;
  badRows: BadRow[] = [];
  badRowCount = 0;
  preview: string[][] = [];

  private readonly delimStr: string;
  private readonly eolStr: string;
  private readonly trimCr: boolean;
  private readonly batchRows: number;
  /** Rows the current batch's arrays hold: sized on the previous batch (about one per chunk). */
  private capacity = 64;
  private readonly fStart: Int32Array;
  private readonly fEnd: Int32Array;
  private readonly fExtra: (string | null)[];
  private readonly maxFields: number;

  // Current batch.
  private headerPending: boolean;
  private rows = 0;
  private regionStart = 0;
  private extras: string[] = [];
  private extraLen = 0;

  constructor(
    private readonly ncols: number,
    delimiter: string,
    eol: 'lf' | 'cr',
    hasHeader: boolean,
    missingMarkers: string[],
    isoColumns: boolean[],
    numericColumns: boolean[],
    private readonly sink: ParserSink,
  ) {
    this.delimStr = delimiter;
    // Line ends: LF (a CR just before it is dropped, so CRLF works) or, for old Mac files, CR.
    this.eolStr = eol === 'cr' ? '\r' : '\n';
    this.trimCr = eol !== 'cr';
    this.headerPending = hasHeader;
    this.writer = new CellWriter(ncols, missingMarkers, isoColumns, numericColumns);
    // About one batch per 120 KiB chunk (a batch is flushed at each chunk end anyway).
    this.batchRows = Math.max(16, Math.min(2048, Math.floor(40_000 / ncols)));
    this.maxFields = ncols + 1;
    this.fStart = new Int32Array(this.maxFields);
    this.fEnd = new Int32Array(this.maxFields);
    this.fExtra = new Array<string | null>(this.maxFields).fill(null);
    this.newBatch();
  }

  private newBatch(): void {
    const n = this.capacity * this.ncols;
    this.writer.kinds = new Uint8Array(n);
    this.writer.nums = new Float64Array(n);
    this.rows = 0;
    this.extras = [];
    this.extraLen = 0;
  }

  private flush(s: string, regionEnd: number): void {
    if (this.rows === 0) return;
    const n = this.rows * this.ncols;
    const w = this.writer;
    this.sink.batch({
      rows: this.rows,
      kinds: w.kinds.subarray(0, n),
      nums: w.nums.subarray(0, n),
      text: s.substring(this.regionStart, regionEnd),
      extra: this.extras.join(''),
      dict: w.takeNewDict(),
    });
    this.newBatch();
  }

  private bad(reason: string): void {
    this.badRowCount++;
    if (this.badRows.length < MAX_BAD_ROWS_KEPT) this.badRows.push({ row: this.recordNo, reason });
  }

  /**
   * Parses the complete records of s (all of it when eof) and returns how many chars were consumed;
   * the caller keeps the rest and prepends it to the next chunk.
   */
  feed(s: string, eof: boolean, mayHoldNul = true): number {
    const len = s.length;
    const delimStr = this.delimStr;
    const eolStr = this.eolStr;
    const trimCr = this.trimCr;
    const fStart = this.fStart;
    const fEnd = this.fEnd;
    const fExtra = this.fExtra;
    const hasNul = mayHoldNul && s.indexOf('\0') >= 0;
    let p = 0;
    let done = 0;
    const rowsBefore = this.dataRows;
    // Next delimiter / line end at or after p (len when none): searched with indexOf, which is far
    // faster than a char loop, and cached so each search is amortised over the chunk.
    let delimPos = -1;
    let eolPos = -1;
    this.regionStart = 0;
    records: while (p < len) {
      const recStart = p;
      let nf = 0;
      let overflow = 0;
      if (eolPos < p) {
        eolPos = s.indexOf(eolStr, p);
        if (eolPos < 0) eolPos = len;
      }
      if (eolPos === len && !eof) break;
      let contentEnd =
        trimCr && eolPos > p && s.charCodeAt(eolPos - 1) === 13 ? eolPos - 1 : eolPos;
      for (;;) {
        let a: number;
        let b: number;
        let extra: string | null = null;
        if (p < contentEnd && s.charCodeAt(p) === 34) {
          a = p + 1;
          let q = a;
          let pieces: string[] | null = null;
          let pieceStart = a;
          for (;;) {
            q = s.indexOf('"', q);
            if (q < 0 || (q + 1 >= len && !eof)) {
              if (!eof) break records;
              throw new ParseFailure({
                code: 'unterminated-quote',
                row: this.recordNo + 1,
                problem: 'a quoted field starts in this row and its closing quote never comes.',
                hint: 'Close the quote (or double any quote inside the field) and import again.',
              });
            }
            if (s.charCodeAt(q + 1) === 34) {
              (pieces ??= []).push(s.substring(pieceStart, q + 1));
              q += 2;
              pieceStart = q;
              continue;
            }
            break;
          }
          b = q;
          p = q + 1;
          if (q >= contentEnd) {
            // The quoted field held line ends: the record ends at the next line end after it.
            eolPos = s.indexOf(eolStr, p);
            if (eolPos < 0) {
              if (!eof) break records;
              eolPos = len;
            }
            contentEnd =
              trimCr && eolPos > p && s.charCodeAt(eolPos - 1) === 13 ? eolPos - 1 : eolPos;
          }
          if (delimPos < p) {
            delimPos = s.indexOf(delimStr, p);
            if (delimPos < 0) delimPos = len;
          }
          // Text after the closing quote ("ab"cd) is kept as written rather than dropped.
          const junkEnd = delimPos < contentEnd ? delimPos : contentEnd;
          if (pieces || junkEnd > p) {
            (pieces ??= []).push(s.substring(pieceStart, b));
            if (junkEnd > p) pieces.push(s.substring(p, junkEnd));
            extra = pieces.join('');
            p = junkEnd;
          }
        } else {
          if (delimPos < p) {
            delimPos = s.indexOf(delimStr, p);
            if (delimPos < 0) delimPos = len;
          }
          a = p;
          b = delimPos < contentEnd ? delimPos : contentEnd;
          p = b;
        }
        if (nf < this.maxFields) {
          fStart[nf] = a;
          fEnd[nf] = b;
          fExtra[nf] = extra;
          nf++;
        } else {
          overflow++;
        }
        if (p < contentEnd) {
          p++; // the delimiter; a delimiter ending the line gives one more, empty, field
          continue;
        }
        p = eolPos < len ? eolPos + 1 : len;
        break;
      }
      this.recordNo++;
      this.record(s, recStart, p, nf, overflow, hasNul);
      done = p;
      if (this.rows === this.capacity) {
        this.flush(s, p);
        this.regionStart = p;
      }
    }
    // The next chunk likely holds as many rows: size the next batch's arrays for it.
    const rowsHere = this.dataRows - rowsBefore;
    this.capacity = Math.min(this.batchRows, Math.max(64, rowsHere + (rowsHere >> 2) + 16));
    // Either way the next rows go to arrays of the new capacity (never past their end).
    if (this.rows > 0) this.flush(s, done);
    else this.newBatch();
    if (!eof && done === 0 && len > MAX_RECORD_CHARS) {
      throw new ParseFailure({
        code: 'field-too-large',
        row: this.recordNo + 1,
        problem: `this row is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB, most likely because a quote opened in it is never closed.`,
        hint: 'Check the quotes in that row, or split the very long field, and import again.',
      });
    }
    return done;
  }

  private record(
    s: string,
    recStart: number,
    recEnd: number,
    nf: number,
    overflow: number,
    hasNul: boolean,
  ): void {
    const ncols = this.ncols;
    if (
      nf === 1 &&
      this.fEnd[0] === this.fStart[0] &&
      this.fExtra[0] === null &&
      s.charCodeAt(recStart) !== 34
    ) {
      this.blankLines++;
      return;
    }
    if (this.headerPending) {
      this.headerPending = false;
      return;
    }
    if (hasNul && s.indexOf('\0', recStart) >= 0 && s.indexOf('\0', recStart) < recEnd) {
      this.bad('contains NUL (binary zero) characters; the row was skipped.');
      return;
    }
    const fieldCount = nf + overflow;
    if (fieldCount !== ncols) {
      this.bad(
        fieldCount < ncols
          ? `has ${fieldCount} fields instead of ${ncols}; the missing ones were left empty.`
          : `has ${fieldCount} fields instead of ${ncols}; the extra ones were dropped.`,
      );
    }
    const w = this.writer;
    const base = this.rows * ncols;
    const rs = this.regionStart;
    const keepPreview = this.preview.length < PREVIEW_ROWS;
    const previewRow: string[] = [];
    for (let col = 0; col < ncols; col++) {
      const cell = base + col;
      if (col >= nf) {
        w.missing(cell, col);
        if (keepPreview) previewRow.push('');
        continue;
      }
      const extra = this.fExtra[col] ?? null;
      if (extra !== null) {
        const a = this.extraLen;
        this.extras.push(extra);
        this.extraLen += extra.length;
        w.extra(cell, col, extra, a, this.extraLen);
        if (keepPreview) previewRow.push(extra);
      } else {
        const a = this.fStart[col] as number;
        const b = this.fEnd[col] as number;
        w.plain(cell, col, s, a, b, rs);
        if (keepPreview) previewRow.push(s.substring(a, b));
      }
    }
    if (keepPreview) this.preview.push(previewRow);
    this.rows++;
    this.dataRows++;
  }
}
