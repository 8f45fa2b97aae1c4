import { z } from 'zod';
import { idSchema } from '../domain';
import {
  PAPER_SIZES,
  REPORT_SECTIONS,
  type ReportModel,
  type ReportSectionId,
} from '../report/types';
import { call, event } from './define';

export const EXPORT_FORMATS = ['pdf', 'md', 'bundle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const sectionIds = REPORT_SECTIONS.map((s) => s.id) as [ReportSectionId, ...ReportSectionId[]];

/** What the reader of a report may choose: names or roles, sections left out, the paper. */
export const reportChoicesSchema = z.object({
  anonymise: z.boolean().default(false),
  omit: z.array(z.enum(sectionIds)).max(sectionIds.length).default([]),
  paper: z.enum(PAPER_SIZES).default('A4'),
});
export type ReportChoices = z.output<typeof reportChoicesSchema>;

const exportRequest = z.object({
  postmortemId: idSchema,
  format: z.enum(EXPORT_FORMATS),
  choices: reportChoicesSchema,
  /** Chosen by the window, so it can tell its own progress events apart. */
  exportId: idSchema,
});
export type ExportRequest = z.output<typeof exportRequest>;

export interface ExportResult {
  path: string;
  bytes: number;
  /** Pages of a PDF; null for the other formats. */
  pages: number | null;
}

/** A file for the browser to download: the Markdown report comes zipped with its charts. */
export interface ExportDownload {
  fileName: string;
  mimeType: string;
  base64: string;
  bytes: number;
  pages: number | null;
}

export const exportCalls = {
  /** The report model, for the screen preview before saving. */
  'export.preview': call<ReportModel>()(
    z.object({ postmortemId: idSchema, choices: reportChoicesSchema }),
  ),
  /** The desktop app: the shell asks where with the native save dialog, then writes there. */
  'export.save': call<ExportResult | { cancelled: true }>()(exportRequest),
  /** The browser host: the file's bytes, which the page offers as a download. */
  'export.download': call<ExportDownload>()(exportRequest),
  /** A portable postmortem file, read where it lies, becomes a new postmortem here. */
  'export.importBundle': call<{ postmortemId: string }>()(
    z.object({
      filePath: z
        .string()
        .trim()
        .min(1, 'Give the path of the .postmortem file.')
        .max(4096, 'A path is at most 4,096 characters.'),
    }),
  ),
} as const;

export const exportEvents = {
  /** How far an export has come (0..1), with the stage in words. */
  'export.progress': event(
    z.object({ exportId: z.string(), fraction: z.number().min(0).max(1), stage: z.string() }),
  ),
} as const;
