import { z } from 'zod';
import { idSchema } from '../domain';
import {
  commitInputSchema,
  driftInputSchema,
  histogramInputSchema,
  pageInputSchema,
  pinCaptionSchema,
  pinSpecSchema,
  pinTargetSchema,
  stageInputSchema,
  timeSeriesInputSchema,
  windowSchema,
  columnRoles,
  type ColumnSummary,
  type DriftTable,
  type EvidenceHistogram,
  type EvidenceInfo,
  type EvidencePage,
  type IncidentContext,
  type Pin,
  type StagedPreview,
  type TimeOverview,
  type TimeSeries,
} from '../evidence';
import { call, event } from './define';

const byEvidence = z.object({ evidenceId: idSchema });

export const evidenceCalls = {
  'evidence.list': call<EvidenceInfo[]>()(z.object({ postmortemId: idSchema })),
  'evidence.get': call<EvidenceInfo>()(byEvidence),
  /** Removes the evidence file and the pins that read it. */
  'evidence.delete': call<{ evidenceId: string; removedPins: number }>()(byEvidence),
  /** Parses the file into a staging area; progress arrives as 'evidence.importProgress'. */
  'evidence.stage': call<StagedPreview>()(stageInputSchema),
  'evidence.commit': call<EvidenceInfo>()(commitInputSchema),
  /** Cancels a running stage or discards a staged one; nothing is kept. */
  'evidence.cancel': call<{ stagingId: string; cancelled: boolean }>()(
    z.object({ stagingId: idSchema }),
  ),
  'evidence.page': call<EvidencePage>()(pageInputSchema),
  /** One column, or every column when `column` is left out. */
  'evidence.columnSummary': call<ColumnSummary[]>()(
    z.object({ evidenceId: idSchema, column: z.string().min(1).max(200).optional() }),
  ),
  'evidence.histogram': call<EvidenceHistogram>()(histogramInputSchema),
  'evidence.timeSeries': call<TimeSeries>()(timeSeriesInputSchema),
  'evidence.drift': call<DriftTable>()(driftInputSchema),
  /** The file's time span and the change point that stands out, if any. */
  'evidence.timeOverview': call<TimeOverview>()(byEvidence),
  /** Saves the baseline and incident chosen for a file, so they come back on reopening; null forgets them. */
  'evidence.saveWindows': call<EvidenceInfo>()(
    z.object({
      evidenceId: idSchema,
      windows: z.object({ baseline: windowSchema, incident: windowSchema }).nullable(),
    }),
  ),
  /** Gives a column a role, or back its inferred role with null (not the time column). */
  'evidence.setColumnRole': call<EvidenceInfo>()(
    z.object({
      evidenceId: idSchema,
      column: z.string().min(1).max(200),
      role: z.enum(columnRoles).nullable(),
    }),
  ),
  /** The postmortem's time zone and incident times, as the evidence workspace uses them. */
  'evidence.context': call<IncidentContext>()(z.object({ postmortemId: idSchema })),
  'pins.list': call<Pin[]>()(z.object({ postmortemId: idSchema })),
  'pins.create': call<Pin>()(
    z.object({
      postmortemId: idSchema,
      target: pinTargetSchema,
      spec: pinSpecSchema,
      caption: pinCaptionSchema.default(''),
    }),
  ),
  'pins.update': call<Pin>()(
    z.object({
      id: idSchema,
      target: pinTargetSchema.optional(),
      spec: pinSpecSchema.optional(),
      caption: pinCaptionSchema.optional(),
      /** New place among the target's pins, from 0. */
      position: z.number().int().min(0).optional(),
    }),
  ),
  'pins.delete': call<{ id: string }>()(z.object({ id: idSchema })),
} as const;

export const evidenceEvents = {
  /** Evidence files or pins of a postmortem changed; windows showing them reload. */
  'evidence.changed': event(z.object({ postmortemId: z.string() })),
  'evidence.importProgress': event(
    z.object({
      stagingId: z.string(),
      bytesDone: z.number(),
      bytesTotal: z.number(),
      rows: z.number(),
      rowsPerSecond: z.number(),
      elapsedMs: z.number(),
    }),
  ),
} as const;
