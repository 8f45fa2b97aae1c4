import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TransferListItem, Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerInput } from './protocol';

/**
 * File name of the bundled parsing worker. The build bundles main/evidence/import/csv-parse-worker.ts
 * as its own entry to dist/main/csv-parse-worker.cjs, next to the bundle that imports this module.
 */
export const BUNDLED_WORKER_FILE = 'csv-parse-worker.cjs';
const SOURCE_WORKER_FILE = 'csv-parse-worker.ts';

/** A worker entry: its TypeScript source (relative to this folder) and its bundle in dist/main/. */
export interface WorkerEntry {
  source: string;
  bundled: string;
}

// Both workers make short-lived garbage only (chunk strings, batch arrays, cell strings): a small
// young generation keeps the process's peak RSS low and flat whatever the file's size (~90 MB for
// 1M and 4M rows). The inserting worker, the slower of the two, gets a little more room: fewer
// scavenges, ~3% less CPU. The old generation may still hold a 32 MB record being assembled.
function limitsFor(role: WorkerInput['role']): Record<string, number> {
  return { maxYoungGenerationSizeMb: role === 'insert' ? 8 : 2, maxOldGenerationSizeMb: 512 };
}

function currentModuleFile(): string {
  // In the CommonJS bundle __filename exists and import.meta.url does not; in TS source run by
  // tsx or vitest either may exist. typeof guards against a ReferenceError under pure ESM.
  if (typeof __filename === 'string' && __filename.length > 0) return __filename;
  return fileURLToPath(import.meta.url);
}

export function startImportWorker(
  workerData: WorkerInput,
  transferList: TransferListItem[],
): Worker {
  return startWorker(
    { source: SOURCE_WORKER_FILE, bundled: BUNDLED_WORKER_FILE },
    { workerData, transferList, resourceLimits: limitsFor(workerData.role) },
  );
}

/** Starts `entry` from TypeScript source (tests, tsx) or from its bundle (the app, the CLI). */
export function startWorker(entry: WorkerEntry, options: WorkerOptions): Worker {
  const here = currentModuleFile();
  const dir = path.dirname(here);
  if (here.endsWith('.ts')) {
    // Running from TypeScript source: Node 20 workers do not inherit tsx's ESM hooks, so the
    // worker registers tsx's CommonJS hook itself and then loads the .ts entry.
    const file = path.join(dir, entry.source);
    const code = `require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`;
    return new Worker(code, { ...options, eval: true });
  }
  return new Worker(unpackedFromAsar(path.join(dir, entry.bundled)), options);
}

/**
 * In the packaged app the bundle sits inside app.asar, and a worker cannot start from an archive:
 * the packaging unpacks the worker beside it (asarUnpack, from scripts/bundles.mjs), so start that copy.
 */
function unpackedFromAsar(file: string): string {
  const unpacked = file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return unpacked !== file && fs.existsSync(unpacked) ? unpacked : file;
}
