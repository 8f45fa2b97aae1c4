import { z } from 'zod';
import { idSchema } from '../domain';
import { columnRoles } from './roles';
import { windowSchema } from './window';

const columnName = z.string().min(1, 'Name a column.').max(200);
const scalar = z.union([z.string().max(1000), z.number(), z.boolean()]);

/**
 * One row filter. `range` keeps min <= value <= max (either bound may be left out); instants may
 * be given as ISO 8601 text. `contains` is a case-insensitive text match.
 */
export const filterSchema = z.discriminatedUnion('op', [
  z.object({ column: columnName, op: z.literal('eq'), value: scalar }),
  z.object({ column: columnName, op: z.literal('neq'), value: scalar }),
  z
    .object({
      column: columnName,
      op: z.literal('range'),
      min: z.union([z.number(), z.string().max(100)]).optional(),
      max: z.union([z.number(), z.string().max(100)]).optional(),
    })
    .refine((f) => f.min !== undefined || f.max !== undefined, {
      message: 'A range filter needs a minimum, a maximum or both.',
    }),
  z.object({ column: columnName, op: z.literal('contains'), value: z.string().min(1).max(200) }),
  z.object({ column: columnName, op: z.literal('missing') }),
  z.object({ column: columnName, op: z.literal('notMissing') }),
]);

export const sortSchema = z.object({ column: columnName, dir: z.enum(['asc', 'desc']) });

export const PAGE_LIMIT_MAX = 500;
/** Columns one page may hold: SQLite answers at most 2,000 columns, a wide file is read in blocks. */
export const PAGE_COLUMNS_MAX = 500;

export const pageInputSchema = z.object({
  evidenceId: idSchema,
  offset: z.number().int().min(0).max(1e9),
  limit: z
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX, `A page holds at most ${PAGE_LIMIT_MAX} rows.`),
  sort: sortSchema.optional(),
  filters: z.array(filterSchema).max(20, 'At most 20 filters.').default([]),
  /** Case-insensitive text searched in every text and category column. */
  search: z.string().max(200).optional(),
  /** The page's columns: [columnOffset, columnOffset + columnLimit) in file order. */
  columnOffset: z.number().int().min(0).max(100_000).default(0),
  columnLimit: z
    .number()
    .int()
    .min(1)
    .max(PAGE_COLUMNS_MAX, `A page holds at most ${PAGE_COLUMNS_MAX} columns.`)
    .default(PAGE_COLUMNS_MAX),
});

export const histogramInputSchema = z.object({
  evidenceId: idSchema,
  column: columnName,
  baseline: windowSchema,
  incident: windowSchema,
  /** Inner bins fitted on the baseline (numeric columns); default 20. */
  bins: z.number().int().min(1).max(200).optional(),
});

export const timeSeriesAggs = [
  'count',
  'mean',
  'rate',
  'quantiles',
  'categories',
  'missing',
] as const;

export const timeSeriesInputSchema = z
  .object({
    evidenceId: idSchema,
    /** Defaults to the evidence's time column. */
    timeColumn: columnName.optional(),
    column: columnName.optional(),
    agg: z.enum(timeSeriesAggs),
    /** Bucket size in ms; chosen from the span when left out. */
    bucketMs: z
      .number()
      .int()
      .min(1000)
      .max(366 * 86_400_000)
      .optional(),
    /** Limits the series to [start, end) when given. */
    start: z.string().max(40).optional(),
    end: z.string().max(40).optional(),
  })
  .refine((i) => i.agg === 'count' || i.column !== undefined, {
    message: 'This aggregation needs a column.',
    path: ['column'],
  });

export const driftCorrections = ['benjamini-hochberg', 'bonferroni', 'none'] as const;

export const driftInputSchema = z.object({
  evidenceId: idSchema,
  baseline: windowSchema,
  incident: windowSchema,
  /**
   * Each column's role: features are ranked and decide dataset drift, predictions and labels are
   * reported apart, identifiers and the time are not tested. Left out: the file's roles now.
   */
  roles: z.record(columnName, z.enum([...columnRoles, 'time'])).optional(),
  /** Only these columns (all when left out). */
  columns: z.array(columnName).max(500).optional(),
  correction: z.enum(driftCorrections).default('benjamini-hochberg'),
  alpha: z.number().gt(0).lt(1).default(0.05),
});

export type Filter = z.output<typeof filterSchema>;
export type Sort = z.output<typeof sortSchema>;
export type PageInput = z.output<typeof pageInputSchema>;
export type HistogramInput = z.output<typeof histogramInputSchema>;
export type TimeSeriesAgg = (typeof timeSeriesAggs)[number];
export type TimeSeriesInput = z.output<typeof timeSeriesInputSchema>;
export type DriftCorrection = (typeof driftCorrections)[number];
export type DriftInput = z.output<typeof driftInputSchema>;
