// The inserting half of an import, run in a worker so the caller's thread (the app's main process)
// stays free and this thread's memory is capped: writes batches into the staging SQLite file.
import type { MessagePort } from 'node:worker_threads';
import path from 'node:path';
import { failureKind } from '../../db/failure-kind';
import { StagingWriter } from './evidence-file';
import type { BatchMessage, DoneMessage, InsertInput, WorkerMessage } from './protocol';

const PROGRESS_EVERY_MS = 50;

export function runInsertJob(input: InsertInput, parent: MessagePort): void {
  const inflight = new Int32Array(input.inflight);
  const post = (m: WorkerMessage): void => parent.postMessage(m);
  let writer: StagingWriter;
  let lastProgress = 0;
  try {
    writer = new StagingWriter(input.stagingPath, input.columnCount);
  } catch (e) {
    post(storeFailure(e, input.stagingPath));
    return;
  }
  input.port.on('message', (m: BatchMessage | DoneMessage) => {
    try {
      if (m.type === 'batch') {
        writer.insert(m);
        Atomics.sub(inflight, 0, 1);
        Atomics.notify(inflight, 0);
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          post({ type: 'progress', rows: writer.rowsWritten, bytesDone: m.bytesDone });
        }
      } else {
        writer.finish();
        input.port.close();
        post(m);
      }
    } catch (e) {
      writer.abandon();
      input.port.close();
      post(storeFailure(e, input.stagingPath));
    }
  });
}

function storeFailure(e: unknown, stagingPath: string): WorkerMessage {
  if (failureKind(e) === 'disk_full') {
    return {
      type: 'fail',
      error: {
        code: 'disk-full',
        problem: `the disk holding ${path.dirname(stagingPath)} is full, so nothing was stored.`,
        hint: 'Free some space on it, then import again: the postmortem and its other evidence are safe.',
      },
    };
  }
  return {
    type: 'fail',
    error: {
      code: 'internal',
      problem: `storing the rows failed (${e instanceof Error ? e.message : String(e)}).`,
      hint: 'Check that the disk has free space and the evidence folder is writable, then import again.',
    },
  };
}
