import type { ApiErrorCode, ApiIssue } from '../../../shared/contract/errors';
import { AppError } from '../../../shared/contract/errors';
import type {
  ColumnSummary,
  DriftInput,
  DriftTable,
  EvidenceHistogram,
  EvidencePage,
  HistogramInput,
  PageInput,
  TimeOverview,
  TimeSeries,
  TimeSeriesInput,
} from '../../../shared/evidence';

/** What each query takes and answers, by method name. */
export interface QueryMethods {
  page: { input: PageInput; result: EvidencePage };
  columnSummary: { input: { evidenceId: string; column?: string }; result: ColumnSummary[] };
  histogram: { input: HistogramInput; result: EvidenceHistogram };
  timeSeries: { input: TimeSeriesInput; result: TimeSeries };
  drift: { input: DriftInput; result: DriftTable };
  timeOverview: { input: { evidenceId: string }; result: TimeOverview };
}
export type QueryMethod = keyof QueryMethods;

/**
 * Where the worker finds an evidence file: the main thread looks ids up in the registry (the
 * documents database stays on the main thread) and sends the file name, or the error the lookup
 * gave, which the worker throws only when the query opens that file (so errors come in the same
 * order as when the queries ran on the main thread).
 */
export type FileRef =
  | {
      file: string;
      name?: string;
      /** The postmortem's zone: time buckets start on its clock (see bucketStart). */
      timeZone?: string;
    }
  | { error: SerializedError };

export type QueryRequest =
  | {
      type: 'query';
      id: number;
      method: QueryMethod;
      input: unknown;
      files: Record<string, FileRef>;
    }
  /** Close the file (it is about to be deleted); answered once it is closed. */
  | { type: 'drop'; id: number; evidenceId: string }
  /** Open the file and read its columns, writing its column cache; answered when done. */
  | { type: 'cache'; id: number; evidenceId: string; file: string; timeZone?: string }
  /** Answered at once: the worker has started and loaded its code. */
  | { type: 'ping'; id: number }
  /** Close every file and stop the background reads; the thread then ends on its own. */
  | { type: 'close'; id: number };

export type QueryReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** Settings the worker starts with (workerData). */
export interface QueryWorkerData {
  evidenceDir: string;
  prefetch: boolean;
}

/** An AppError keeps its code, message and issues across the thread boundary; anything else its text. */
export type SerializedError =
  | { kind: 'app'; code: ApiErrorCode; message: string; issues?: ApiIssue[] }
  | { kind: 'error'; message: string; stack?: string; code?: string };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) {
    return error.issues
      ? { kind: 'app', code: error.code, message: error.message, issues: error.issues }
      : { kind: 'app', code: error.code, message: error.message };
  }
  if (error instanceof Error) {
    // SQLite's or the system's code (SQLITE_FULL, ENOSPC, ...) says what to tell the user.
    const code = (error as { code?: unknown }).code;
    return {
      kind: 'error',
      message: error.message,
      ...(error.stack ? { stack: error.stack } : {}),
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { kind: 'error', message: String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'app') return new AppError(error.code, error.message, error.issues);
  const rebuilt: Error & { code?: string } = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  if (error.code) rebuilt.code = error.code;
  return rebuilt;
}
