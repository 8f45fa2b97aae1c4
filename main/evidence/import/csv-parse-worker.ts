// Worker entry of the import, for both of its workers (role 'parse' or 'insert'), so the build has
// a single extra entry: bundled on its own as dist/main/csv-parse-worker.cjs (see worker-launch.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { ParseFailure } from './chunk-parser';
import { runInsertJob } from './insert-job';
import { runParseJob } from './parse-job';
import type { WorkerInput, WorkerMessage } from './protocol';

const input = workerData as WorkerInput;
const parent = parentPort;

if (parent && input.role === 'insert') {
  runInsertJob(input, parent);
} else if (parent && input.role === 'parse') {
  try {
    runParseJob(input);
  } catch (e) {
    if (e instanceof ParseFailure) {
      parent.postMessage({ type: 'fail', error: e.data } satisfies WorkerMessage);
    } else {
      const detail = e instanceof Error ? e.message : String(e);
      parent.postMessage({
        type: 'fail',
        error: {
          code: 'unreadable',
          problem: `the file could not be read (${detail}).`,
          hint: 'Check that the file is still there and readable, then import again.',
        },
      } satisfies WorkerMessage);
    }
  }
}
