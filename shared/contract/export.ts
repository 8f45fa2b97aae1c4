import { z } from 'zod';
import { PAPER_SIZES, REPORT_SECTIONS, type ReportSectionId } from '../report/types';

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
