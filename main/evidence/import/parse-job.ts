// The parsing half of an import, run in a worker: reads the file in chunks, decodes, parses and
// posts typed batches to the inserting worker.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { ChunkParser, ParseFailure } from './chunk-parser';
import type { BatchMessage, DoneMessage, ParseInput } from './protocol';

// Chunk strings stay below V8's large-object size (128 KiB), so they die young in the scavenger
// instead of piling up in large-object space until a full GC: 1M rows peak at ~150 MB RSS instead of
// ~300 MB with 2 MiB chunks, at the same speed.
const CHUNK_BYTES = 120 * 1024;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

function makeDecoder(input: ParseInput): (buf: Buffer, last: boolean) => string {
  if (input.encoding === 'latin1') return (buf) => buf.toString('latin1');
  const fatal = input.encoding === 'utf-8';
  const td = new TextDecoder(input.encoding, { fatal, ignoreBOM: true });
  if (input.encoding !== 'utf-8' && input.encoding !== 'windows-1252') {
    return (buf, last) => td.decode(buf, { stream: !last });
  }
  // Pure ASCII chunks (most CSV) are copied as one-byte strings, much faster than decoding.
  // A multi-byte character cut at the end of the previous chunk cannot be completed by ASCII:
  // flushing the decoder then throws, as for any invalid UTF-8.
  let decoderHolds = false;
  return (buf, last) => {
    if (isAscii(buf)) {
      if (decoderHolds) td.decode();
      decoderHolds = false;
      return buf.toString('latin1');
    }
    decoderHolds = !last;
    return td.decode(buf, { stream: !last });
  };
}

/** Parses the whole file, posting batches and then the summary to the inserting worker's port. */
export function runParseJob(input: ParseInput): void {
  const port: MessagePort = input.port;
  const inflight = new Int32Array(input.inflight);
  const post = (m: BatchMessage | DoneMessage, transfer: ArrayBuffer[] = []): void =>
    port.postMessage(m, transfer);
  let bytesDone = input.skipBytes;
  const parser = new ChunkParser(
    input.columnCount,
    input.delimiter,
    input.eol,
    input.hasHeader,
    input.missingMarkers,
    input.isoColumns,
    input.numericColumns,
    {
      batch(b) {
        let v: number;
        while ((v = Atomics.load(inflight, 0)) >= input.maxInflight)
          Atomics.wait(inflight, 0, v, 1000);
        Atomics.add(inflight, 0, 1);
        const msg: BatchMessage = { type: 'batch', ...b, bytesDone };
        post(msg, [b.kinds.buffer, b.nums.buffer] as ArrayBuffer[]);
      },
    },
  );
  const decode = makeDecoder(input);
  const fd = fs.openSync(input.filePath, 'r');
  try {
    let buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let pos = input.skipBytes;
    let pending = '';
    let nulSeen = false;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, pos);
      pos += n;
      bytesDone = pos;
      const eof = n === 0;
      let text: string;
      try {
        text = decode(buf.subarray(0, n), eof);
      } catch {
        throw new ParseFailure({
          code: 'invalid-encoding',
          row: parser.recordNo + 1 + countLines(pending),
          problem: 'the file is not valid UTF-8 text (some bytes near this row are not UTF-8).',
          hint: 'Choose its encoding, most often windows-1252 (Western European) or latin1, and import again.',
          choices: ['windows-1252', 'latin1'],
        });
      }
      const s = pending.length > 0 ? pending + text : text;
      // Searching the bytes for NUL is far cheaper than searching the string (UTF-16 text is full
      // of zero bytes, so there the string is searched). The pending part was checked before.
      if (buf.subarray(0, n).indexOf(0) >= 0) nulSeen = true;
      const mayHoldNul = nulSeen || input.encoding === 'utf-16le' || input.encoding === 'utf-16be';
      const used = parser.feed(s, eof, mayHoldNul);
      pending = used < s.length ? s.substring(used) : '';
      if (eof) break;
      // A record longer than a chunk is parsed again from its start with each new chunk: read
      // bigger chunks meanwhile so that costs O(n), not O(n^2), for a 5 MB field.
      const want = used === 0 ? Math.min(buf.length * 2, MAX_CHUNK_BYTES) : CHUNK_BYTES;
      if (want !== buf.length) buf = Buffer.allocUnsafe(want);
    }
  } finally {
    fs.closeSync(fd);
  }
  post({
    type: 'done',
    preview: parser.preview,
    rowCount: parser.dataRows,
    stats: parser.writer.finish(),
    badRows: parser.badRows,
    badRowCount: parser.badRowCount,
    blankLines: parser.blankLines,
  });
}

export function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
