import type { z } from 'zod';
import { evidenceCalls, evidenceEvents } from '../../../../shared/contract/evidence';
import { getApi, onEvent } from '../../api';

type EvidenceCalls = typeof evidenceCalls;
type EvidenceChannel = keyof EvidenceCalls;

/** The evidence calls of the contract, typed from shared/contract/evidence.ts. */
export type EvidenceApi = {
  [C in EvidenceChannel]: (
    input: z.input<EvidenceCalls[C]['input']>,
  ) => Promise<EvidenceCalls[C]['result']>;
};

export type ImportProgress = z.output<
  (typeof evidenceEvents)['evidence.importProgress']['payload']
>;

/**
 * The shared client, seen through the evidence calls only. The cast is structural: getApi() holds
 * one function per channel of the joined contract, which includes these.
 */
export function evidenceApi(): EvidenceApi {
  return getApi() as unknown as EvidenceApi;
}

type Subscribe = (name: string, listener: (payload: unknown) => void) => () => void;

export function onImportProgress(listener: (p: ImportProgress) => void): () => void {
  return (onEvent as unknown as Subscribe)('evidence.importProgress', (p) =>
    listener(p as ImportProgress),
  );
}

/** The message to show for any failed call (ApiError carries the back end's own words). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
