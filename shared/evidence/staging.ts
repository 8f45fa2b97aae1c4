import { z } from 'zod';
import { idSchema, timeZoneSchema } from '../domain';
import type { EvidenceColumnType } from './columns';

export const importEncodings = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'latin1',
] as const;
export const delimiters = ['auto', ',', ';', '\t', '|'] as const;
export const evidenceColumnTypes = [
  'integer',
  'real',
  'boolean',
  'instant',
  'category',
  'text',
] as const;

export const stageInputSchema = z.object({
  postmortemId: idSchema,
  /** Absolute path of the CSV file, as the open dialog returned it. */
  filePath: z.string().min(1, 'Choose a file.').max(4096),
  /** Chosen by the window so progress events and cancel can name the import before it is staged. */
  stagingId: idSchema.optional(),
  encoding: z.enum(importEncodings).optional(),
  delimiter: z.enum(delimiters).optional(),
  hasHeader: z.union([z.boolean(), z.literal('auto')]).optional(),
  missingMarkers: z.array(z.string().max(50)).max(50).optional(),
});

export const commitInputSchema = z.object({
  stagingId: idSchema,
  overrides: z
    .object({
      columns: z
        .array(
          z.object({
            index: z.number().int().min(0),
            name: z.string().trim().min(1).max(200).optional(),
            type: z.enum(evidenceColumnTypes).optional(),
          }),
        )
        .max(2000)
        .optional(),
      /** Column index of the time column; null for none; left out takes the suggested one. */
      timeColumn: z.number().int().min(0).nullable().optional(),
      /** IANA zone in which times written without a zone are read; left out: the postmortem's. */
      timeZone: timeZoneSchema.optional(),
    })
    .default({}),
});

export type StageInput = z.output<typeof stageInputSchema>;
export type CommitInput = z.output<typeof commitInputSchema>;

/** What the window shows before the user commits an import. */
export interface StagedPreview {
  stagingId: string;
  postmortemId: string;
  fileName: string;
  byteSize: number;
  rowCount: number;
  hasHeader: boolean;
  encoding: string;
  delimiter: string;
  columns: {
    index: number;
    name: string;
    inferredType: EvidenceColumnType;
    missingCount: number;
    sampleValues: string[];
    instantFormat: string | null;
    /** Instants written without a zone: read in the zone chosen at commit. */
    zonelessCount: number;
    /** Numbers written with a decimal comma (1,5), read as numbers. */
    decimalComma: boolean;
  }[];
  /** The zone times without one are read in unless the user chooses another: the postmortem's. */
  defaultTimeZone: string;
  /** First rows, cell texts as in the file. */
  previewRows: string[][];
  suggestedTimeColumn: number | null;
  warnings: string[];
  badRows: { row: number; reason: string }[];
  badRowCount: number;
}

export interface ImportProgressEvent {
  stagingId: string;
  bytesDone: number;
  bytesTotal: number;
  rows: number;
  rowsPerSecond: number;
  elapsedMs: number;
}
