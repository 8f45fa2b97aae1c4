import { AppError, type Channel } from '../../shared/contract';
import { describeKind, failureKind, refineByFreeSpace } from '../db/failure-kind';
import type { FileLog } from '../log/file-log';
import type { Handlers } from './dispatch';

/**
 * Every handler, with what is not an expected failure written to the log file and answered with
 * its cause and what to do: a full disk, a read-only or locked file, or, for anything else, where
 * the details are. An AppError passes as it is. Nothing is retried here: the window's Retry is.
 */
export function reportingFailures(handlers: Handlers, dataDir: string, log: FileLog): Handlers {
  const wrapped: Partial<Record<Channel, (input: unknown) => Promise<unknown>>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    Channel,
    (input: unknown) => unknown,
  ][]) {
    wrapped[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        if (error instanceof AppError) throw error;
        log.write(`Call ${channel} failed`, error);
        throw explainFailure(error, dataDir, log.file);
      }
    };
  }
  return wrapped as Handlers;
}

/** The user's version of an unexpected failure: its cause when known, and what to do. */
export function explainFailure(error: unknown, dataDir: string, logFile: string): AppError {
  const kind = refineByFreeSpace(failureKind(error), dataDir);
  const kept = 'Nothing was changed, and everything saved before is safe.';
  switch (kind) {
    case 'disk_full':
      return new AppError(
        'unavailable',
        `The disk holding the data folder (${dataDir}) is full. ${kept} Free some space on it, then press Retry.`,
      );
    case 'read_only':
    case 'permission':
    case 'locked':
    case 'io':
      return new AppError(
        'unavailable',
        `The data folder (${dataDir}) cannot be written: ${describeKind(kind)}. ${kept} ` +
          `Fix that, then press Retry. Details are in ${logFile}.`,
      );
    case 'damaged':
      return new AppError(
        'unavailable',
        `A database in the data folder (${dataDir}) reports damage: ${messageOf(error)}. ${kept} ` +
          `Restart the app: it checks its files and offers the newest good backup. Details are in ${logFile}.`,
      );
    case 'other':
      return new AppError(
        'internal',
        `Something went wrong in the back end. ${kept} Try again; if it keeps failing, the details ` +
          `are in ${logFile}.`,
      );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
