import type { PayloadOf } from '../../../../shared/contract';
import { getApi, onEvent } from '../../api';

export type ImportProgress = PayloadOf<'evidence.importProgress'>;

/** The shared client; the evidence calls are part of the one contract. */
export const evidenceApi = getApi;

export function onImportProgress(listener: (p: ImportProgress) => void): () => void {
  return onEvent('evidence.importProgress', listener);
}

/** The message to show for any failed call (ApiError carries the back end's own words). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
