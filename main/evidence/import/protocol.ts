// Inputs and messages of the two import workers. The parse worker posts batches straight to the
// insert worker over a MessagePort; the insert worker reports progress and the end to the caller.
import type { MessagePort } from 'node:worker_threads';
import type { ColumnStats } from './column-stats';
import type { ImportErrorData } from './errors';
import type { BadRow, Delimiter, ResolvedEncoding } from './types';

export interface ParseInput {
  role: 'parse';
  /** Where batches and the final summary go (the insert worker). */
  port: MessagePort;
  filePath: string;
  encoding: ResolvedEncoding;
  /** Bytes to skip at the start (byte-order mark). */
  skipBytes: number;
  delimiter: Delimiter;
  eol: 'lf' | 'cr';
  hasHeader: boolean;
  columnCount: number;
  missingMarkers: string[];
  /** Columns whose sample was all ISO instants: their instants are stored as epoch ms at once. */
  isoColumns: boolean[];
  /** Columns whose sample was all numbers: "1.50" may be stored as 1.5 at once. */
  numericColumns: boolean[];
  /** Shared Int32Array[1]: batches posted but not yet inserted (flow control). */
  inflight: SharedArrayBuffer;
  maxInflight: number;
}

// Cell kinds in a batch.
export const K_NULL = 0;
export const K_REAL = 1;
export const K_TEXT = 2; // substring of batch.text
export const K_INT = 3;
export const K_EXTRA = 4; // substring of batch.extra (unescaped quoted fields)
/** Text offsets stay below 2^26 (records are capped at 32M chars), so start and end pack exactly. */
export const TEXT_SPAN = 2 ** 26;
export const K_DICT = 5; // nums holds an index into the import's dictionary (batch.dict entries)

export interface BatchMessage {
  type: 'batch';
  rows: number;
  /** rows * columnCount kinds, row-major. */
  kinds: Uint8Array;
  /** Numbers; dictionary ids; for text kinds start * TEXT_SPAN + end (offsets in text/extra). */
  nums: Float64Array;
  text: string;
  extra: string;
  /** New dictionary entries; their ids follow the previous batches' entries. */
  dict: string[];
  bytesDone: number;
}

export interface DoneMessage {
  type: 'done';
  preview: string[][];
  rowCount: number;
  stats: ColumnStats[];
  badRows: BadRow[];
  badRowCount: number;
  blankLines: number;
}

export interface InsertInput {
  role: 'insert';
  port: MessagePort;
  stagingPath: string;
  columnCount: number;
  inflight: SharedArrayBuffer;
}

export type WorkerInput = ParseInput | InsertInput;

export interface ProgressMessage {
  type: 'progress';
  rows: number;
  bytesDone: number;
}

export interface FailMessage {
  type: 'fail';
  error: ImportErrorData;
}

/** What the caller's thread receives from either worker. */
export type WorkerMessage = ProgressMessage | DoneMessage | FailMessage;
