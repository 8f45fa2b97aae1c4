import { z } from 'zod';
import { idSchema, instantSchema } from '../domain';

const columnName = z.string().min(1, 'Name a column.').max(200);

/** Rows whose time column falls in [start, end): half-open, so adjacent windows never share a row. */
export const timeWindowSchema = z
  .object({
    kind: z.literal('time'),
    column: columnName,
    start: instantSchema,
    end: instantSchema,
  })
  .refine((w) => Date.parse(w.end) > Date.parse(w.start), {
    message: 'A window must end after it starts: check the end instant.',
    path: ['end'],
  });

export const windowValueSchema = z.union([z.string().max(1000), z.number(), z.boolean()]);

/** Rows whose column holds one of the values (e.g. model_version in ["v12"]). */
export const valuesWindowSchema = z.object({
  kind: z.literal('values'),
  column: columnName,
  values: z
    .array(windowValueSchema)
    .min(1, 'List at least one value.')
    .max(1000, 'At most 1,000 values.'),
});

/** Every row of another evidence file (e.g. last month's log as the baseline); columns match by name. */
export const evidenceWindowSchema = z.object({
  kind: z.literal('evidence'),
  evidenceId: idSchema,
});

export const windowSchema = z.union([timeWindowSchema, valuesWindowSchema, evidenceWindowSchema]);

export type TimeWindow = z.output<typeof timeWindowSchema>;
export type ValuesWindow = z.output<typeof valuesWindowSchema>;
export type EvidenceWindow = z.output<typeof evidenceWindowSchema>;
export type EvidenceWindowSpec = z.output<typeof windowSchema>;
export type WindowValue = z.output<typeof windowValueSchema>;

/** "START/END" (ISO 8601 interval, as the command line takes it) into its two instants. */
export function splitInterval(text: string): { start: string; end: string } | null {
  const parts = text.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { start: parts[0].trim(), end: parts[1].trim() };
}

export function describeWindow(w: EvidenceWindowSpec): string {
  switch (w.kind) {
    case 'time':
      return `${w.column} in [${w.start}, ${w.end})`;
    case 'values':
      return `${w.column} in {${w.values.map(String).join(', ')}}`;
    case 'evidence':
      return `all rows of evidence ${w.evidenceId}`;
  }
}
