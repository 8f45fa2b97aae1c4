import { z } from 'zod';
import { idSchema } from '../domain';
import { driftInputSchema, histogramInputSchema, timeSeriesInputSchema } from './query';

/**
 * A pin stores the question asked of the evidence (evidence id, columns, windows, bins), never a
 * picture: the chart is recomputed from it, so it renders identically later and in the report.
 */
export const pinSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('histogram'), query: histogramInputSchema }),
  z.object({ kind: z.literal('time-series'), query: timeSeriesInputSchema }),
  z.object({ kind: z.literal('drift-table'), query: driftInputSchema }),
]);

/** Where a pin is shown: under a diagnosis question (the method's or the room's) or a timeline event. */
export const pinTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('diagnosis'), answerId: idSchema }),
  z.object({ kind: z.literal('timeline'), eventId: idSchema }),
]);

export const pinCaptionSchema = z.string().max(1000, 'A caption is at most 1,000 characters.');

export type PinSpec = z.output<typeof pinSpecSchema>;
export type PinKind = PinSpec['kind'];
export type PinTarget = z.output<typeof pinTargetSchema>;

export interface Pin {
  id: string;
  postmortemId: string;
  target: PinTarget;
  spec: PinSpec;
  caption: string;
  /** Order among the pins of one target, from 0. */
  position: number;
  createdAt: string;
}

/** The evidence files a pin reads (its own and any window naming another file). */
export function evidenceIdsOf(spec: PinSpec): string[] {
  const ids = new Set<string>([spec.query.evidenceId]);
  if (spec.kind !== 'time-series') {
    for (const w of [spec.query.baseline, spec.query.incident]) {
      if (w.kind === 'evidence') ids.add(w.evidenceId);
    }
  }
  return [...ids];
}
