// Worker entry of the evidence queries: it keeps the open evidence files and their column caches,
// so reading a million rows never blocks the main thread. Bundled on its own as
// dist/main/evidence-query-worker.cjs (see worker-launch.ts and query-client.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { SourcePool } from '../service/sources';
import { answerQuery } from './answer';
import {
  type QueryReply,
  type QueryRequest,
  type QueryWorkerData,
  serializeError,
} from './protocol';

const settings = workerData as QueryWorkerData;
const parent = parentPort;
const pool = new SourcePool(settings.evidenceDir, settings.prefetch);

parent?.on('message', (request: QueryRequest) => {
  let reply: QueryReply;
  try {
    if (request.type === 'drop') {
      pool.drop(request.evidenceId);
      reply = { id: request.id, ok: true, value: null };
    } else if (request.type === 'cache') {
      const { id } = request;
      pool.whenCached(request.evidenceId, request.file, request.timeZone).then(
        () => parent.postMessage({ id, ok: true, value: null } satisfies QueryReply),
        (error: unknown) =>
          parent.postMessage({ id, ok: false, error: serializeError(error) } satisfies QueryReply),
      );
      return;
    } else if (request.type === 'ping') {
      reply = { id: request.id, ok: true, value: null };
    } else if (request.type === 'close') {
      // Closing here, between two SQLite calls, is what makes stopping safe: a thread terminated
      // in the middle of one (a background column read of a damaged file) aborted the process.
      pool.closeAll();
      parent.postMessage({ id: request.id, ok: true, value: null } satisfies QueryReply);
      parent.close();
      return;
    } else {
      const value = answerQuery(pool, request.method, request.input, request.files);
      reply = { id: request.id, ok: true, value };
    }
  } catch (error) {
    reply = { id: request.id, ok: false, error: serializeError(error) };
  }
  parent.postMessage(reply);
});
