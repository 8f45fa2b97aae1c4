// Worker thread entry: reads the file in chunks, decodes, parses and posts typed batches to the
// inserting thread. Bundled on its own as dist/main/csv-parse-worker.cjs (see worker-launch.ts).
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ChunkParser, ParseFailure } from './chunk-parser';
import type { BatchMessage, WorkerInput, WorkerMessage } from './protocol';

const CHUNK_BYTES = 2 * 1024 * 1024;

function makeDecoder(input: WorkerInput): (buf: Buffer, last: boolean) => string {
  if (input.encoding === 'latin1') return (buf) => buf.toString('latin1');
  const fatal = input.encoding === 'utf-8';
  const td = new TextDecoder(input.encoding, { fatal, ignoreBOM: true });
  return (buf, last) => td.decode(buf, { stream: !last });
}

function run(input: WorkerInput): void {
  const port = parentPort;
  if (!port) return;
  const inflight = new Int32Array(input.inflight);
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);
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
        while ((v = Atomics.load(inflight, 0)) >= input.maxInflight) Atomics.wait(inflight, 0, v, 1000);
        Atomics.add(inflight, 0, 1);
        const msg: BatchMessage = { type: 'batch', ...b, bytesDone };
        post(msg, [b.kinds.buffer, b.nums.buffer, b.offs.buffer] as ArrayBuffer[]);
      },
    },
  );
  const decode = makeDecoder(input);
  const fd = fs.openSync(input.filePath, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let pos = input.skipBytes;
    let pending = '';
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK_BYTES, pos);
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
      const used = parser.feed(s, eof);
      pending = used < s.length ? s.substring(used) : '';
      if (eof) break;
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

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

try {
  run(workerData as WorkerInput);
} catch (e) {
  if (e instanceof ParseFailure) {
    parentPort?.postMessage({ type: 'fail', error: e.data } satisfies WorkerMessage);
  } else {
    const detail = e instanceof Error ? e.message : String(e);
    parentPort?.postMessage({
      type: 'fail',
      error: {
        code: 'unreadable',
        problem: `the file could not be read (${detail}).`,
        hint: 'Check that the file is still there and readable, then import again.',
      },
    } satisfies WorkerMessage);
  }
}
