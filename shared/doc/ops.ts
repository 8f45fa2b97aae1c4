import { z } from 'zod';
import { idSchema, LIMITS, linkKind, type LinkKind } from '../domain';
import {
  DOC_FIELDS,
  isDocField,
  isListName,
  LISTS,
  type DocField,
  type ListName,
} from './registry';

/**
 * The typed operations that change a postmortem. Each names exactly what it touches (one field,
 * one item, one link), so edits to different things never conflict, and each has an inverse
 * (inverse.ts) that the back end stores for undo.
 */
export type Op =
  | {
      op: 'set';
      list: 'doc';
      field: DocField;
      value: unknown;
      /** The value the author saw before the edit; a mismatch means someone wrote in between. */
      base?: unknown;
    }
  | { op: 'set'; list: ListName; id: string; field: string; value: unknown; base?: unknown }
  /** Inserts before the item `before` (null, or an id no longer there: at the end). */
  | { op: 'insert'; list: ListName; item: Record<string, unknown>; before: string | null }
  | { op: 'move'; list: ListName; id: string; before: string | null }
  | { op: 'delete'; list: ListName; id: string }
  | { op: 'link'; kind: LinkKind; from: string; to: string }
  | { op: 'unlink'; kind: LinkKind; from: string; to: string };

export type SetOp = Extract<Op, { op: 'set' }>;

/** At most this many operations travel in one batch (one transaction, one undo step). */
export const MAX_BATCH = 200;

// A base value is only compared, never stored as content: any JSON scalar within the text limit.
const baseSchema = z.union([z.string().max(LIMITS.longText), z.number(), z.null()]).optional();

const rawOp = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('set'),
    list: z.string().max(32),
    id: idSchema.optional(),
    field: z.string().max(64),
    value: z.unknown(),
    base: baseSchema,
  }),
  z.object({
    op: z.literal('insert'),
    list: z.string().max(32),
    item: z.record(z.string(), z.unknown()),
    before: idSchema.nullable(),
  }),
  z.object({
    op: z.literal('move'),
    list: z.string().max(32),
    id: idSchema,
    before: idSchema.nullable(),
  }),
  z.object({ op: z.literal('delete'), list: z.string().max(32), id: idSchema }),
  z.object({ op: z.literal('link'), kind: linkKind, from: idSchema, to: idSchema }),
  z.object({ op: z.literal('unlink'), kind: linkKind, from: idSchema, to: idSchema }),
]);

type Ctx = Parameters<Parameters<typeof rawOp.transform>[0]>[1];

function fail(ctx: Ctx, path: (string | number)[], message: string): never {
  ctx.addIssue({ code: 'custom', path, message });
  return z.NEVER;
}

/** Parses a value with a field's schema, moving its issues under `path`. */
function parseInto(ctx: Ctx, schema: z.ZodType, value: unknown, path: (string | number)[]) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, ...issue.path.map(String)],
      message: issue.message,
    });
  }
  return z.NEVER;
}

/**
 * One operation, validated against the registry: the field exists and is settable, the value
 * parses with the field's own schema (instants normalised to UTC as elsewhere), an inserted item
 * is a whole item of its list. Only this one value is validated, never the whole document.
 */
export const opSchema: z.ZodType<Op, unknown> = rawOp.transform((raw, ctx): Op => {
  if (raw.op === 'link' || raw.op === 'unlink') return raw;
  if (raw.op === 'set' && raw.list === 'doc') {
    if (raw.id !== undefined)
      return fail(ctx, ['id'], 'A field of the postmortem itself has no id.');
    if (!isDocField(raw.field)) return fail(ctx, ['field'], `There is no field "${raw.field}".`);
    const value: unknown = parseInto(ctx, DOC_FIELDS[raw.field].schema, raw.value, ['value']);
    return { op: 'set', list: 'doc', field: raw.field, value, ...baseOf(raw.base) };
  }
  if (!isListName(raw.list)) return fail(ctx, ['list'], `There is no list "${raw.list}".`);
  const spec = LISTS[raw.list];
  switch (raw.op) {
    case 'set': {
      if (raw.id === undefined) return fail(ctx, ['id'], `Name the ${spec.noun} by its id.`);
      const fieldSpec = Object.prototype.hasOwnProperty.call(spec.fields, raw.field)
        ? spec.fields[raw.field]
        : undefined;
      if (!fieldSpec) {
        return fail(ctx, ['field'], `A ${spec.noun} has no field "${raw.field}" to change.`);
      }
      const value: unknown = parseInto(ctx, fieldSpec.schema, raw.value, ['value']);
      return {
        op: 'set',
        list: raw.list,
        id: raw.id,
        field: raw.field,
        value,
        ...baseOf(raw.base),
      };
    }
    case 'insert': {
      const item = parseInto(ctx, spec.item.strict(), raw.item, ['item']) as Record<
        string,
        unknown
      >;
      return { op: 'insert', list: raw.list, item, before: raw.before };
    }
    case 'move':
      return { op: 'move', list: raw.list, id: raw.id, before: raw.before };
    case 'delete':
      return { op: 'delete', list: raw.list, id: raw.id };
  }
});

function baseOf(base: string | number | null | undefined): { base?: unknown } {
  return base === undefined ? {} : { base };
}

export const batchSchema = z
  .array(opSchema)
  .min(1, 'A batch holds at least one operation.')
  .max(MAX_BATCH, `A batch holds at most ${MAX_BATCH} operations.`);
