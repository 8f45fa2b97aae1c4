// Looks at the first 64 KiB of the file to decide, before the full pass: encoding, delimiter,
// header, the column names and which columns look like ISO instants.
import fs from 'node:fs';
import { ImportError } from './errors';
import type { Delimiter, ImportEncoding, ResolvedEncoding } from './types';
import { parseIsoInstant } from './values';

export const SNIFF_BYTES = 64 * 1024;
/** Read when the first record does not fit in SNIFF_BYTES (a very wide or very long header). */
export const MAX_SNIFF_BYTES = 4 * 1024 * 1024;
const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

export interface SniffResult {
  encoding: ResolvedEncoding;
  bomLength: number;
  delimiter: Delimiter;
  hasHeader: boolean;
  /** Fields of the first record (the header when hasHeader). */
  firstRecord: string[];
  /** Data records of the sample (after the header), complete ones only. */
  sampleRows: string[][];
}

export function readHead(file: string, bytes = SNIFF_BYTES): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export function detectEncoding(
  file: string,
  head: Buffer,
  wanted: ImportEncoding,
  cut = head.length >= SNIFF_BYTES,
): { encoding: ResolvedEncoding; bomLength: number } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', bomLength: 2 };
  if (wanted !== 'auto') return { encoding: wanted, bomLength: 0 };
  if (looksBinary(head)) {
    throw new ImportError({
      code: 'binary',
      file,
      problem: 'this file holds binary data (NUL bytes or control codes), not CSV text.',
      hint: 'Choose a .csv export. If it is UTF-16 text without a byte-order mark, choose utf-16le or utf-16be as the encoding.',
    });
  }
  // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
  let end = head.length;
  if (cut) while (end > head.length - 3 && (head[end - 1]! & 0xc0) === 0x80) end--;
  if (cut && end > 0 && head[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
  } catch {
    throw new ImportError({
      code: 'invalid-encoding',
      file,
      problem: 'this file is not UTF-8 text: some bytes are not valid UTF-8.',
      hint: 'Choose its encoding, most often windows-1252 (Western European) or latin1, and import again.',
      choices: ['windows-1252', 'latin1'],
    });
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

export function decodeHead(head: Buffer, encoding: ResolvedEncoding, bomLength: number): string {
  const body = head.subarray(bomLength);
  if (encoding === 'latin1') return body.toString('latin1');
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
}

/** Quote-aware split of a sample; drops the last record when the sample is cut (not eof). */
export function parseSample(
  text: string,
  delim: string,
  eof: boolean,
  maxRecords = 200,
): string[][] {
  const out: string[][] = [];
  let rec: string[] = [];
  let field = '';
  let i = 0;
  let inQuotes = false;
  let fieldStarted = false;
  while (i < text.length && out.length < maxRecords) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (c === delim) {
      rec.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      rec.push(field);
      if (!(rec.length === 1 && rec[0] === '' && !fieldStarted)) out.push(rec);
      rec = [];
      field = '';
      fieldStarted = false;
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
      fieldStarted = true;
    }
    i++;
  }
  if (eof && i >= text.length && !inQuotes && (fieldStarted || rec.length > 0)) {
    rec.push(field);
    out.push(rec);
  }
  return out;
}

export function detectDelimiter(text: string, eof: boolean): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const recs = parseSample(text, d, eof, 50);
    if (recs.length === 0) continue;
    const width = recs[0]!.length;
    if (width < 2) continue;
    const consistent = recs.filter((r) => r.length === width).length / recs.length;
    const score = consistent * 1000 + Math.min(width, 999);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function looksLikeValue(v: string): boolean {
  const t = v.trim();
  if (t === '') return false;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return true;
  return !Number.isNaN(parseIsoInstant(t, 0, t.length));
}

/**
 * A first record is data, not a header, when one of its cells is a number or an instant; otherwise
 * it is taken as the header. The caller can force either with hasHeader.
 */
export function detectHeader(records: string[][]): boolean {
  const first = records[0];
  if (!first) return false;
  if (first.some(looksLikeValue)) return false;
  return true;
}

/** LF (with or without CR before it) unless the sample has CRs and no LF at all. */
export function detectEol(text: string): 'lf' | 'cr' {
  return text.indexOf('\n') < 0 && text.indexOf('\r') >= 0 ? 'cr' : 'lf';
}

const SAMPLE_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function numericColumnsOf(
  rows: string[][],
  columnCount: number,
  missing: Set<string>,
): boolean[] {
  return columnsWhere(rows, columnCount, missing, (v) => SAMPLE_NUMBER.test(v));
}

export function isoColumnsOf(
  rows: string[][],
  columnCount: number,
  missing: Set<string>,
): boolean[] {
  return columnsWhere(
    rows,
    columnCount,
    missing,
    (v) => !Number.isNaN(parseIsoInstant(v, 0, v.length)),
  );
}

function columnsWhere(
  rows: string[][],
  columnCount: number,
  missing: Set<string>,
  test: (v: string) => boolean,
): boolean[] {
  const out: boolean[] = [];
  for (let c = 0; c < columnCount; c++) {
    let seen = 0;
    let ok = true;
    for (const r of rows) {
      const v = r[c];
      if (v === undefined || v === '' || missing.has(v)) continue;
      seen++;
      if (!test(v)) {
        ok = false;
        break;
      }
    }
    out.push(ok && seen > 0);
  }
  return out;
}
