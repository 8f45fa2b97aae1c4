import fc from 'fast-check';
import type { z } from 'zod';

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strings a contract call meets in practice and at its edges. */
const edgeStrings = fc.constantFrom(
  '',
  ' ',
  'x'.repeat(5_000),
  '2026-03-12T00:00:00Z',
  '2026-03-12',
  '../documents.sqlite',
  '/',
  '\u0000',
  '🙂',
  'null',
);
const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  edgeStrings,
);
const anyNumber = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -1, 1e9, Number.MAX_SAFE_INTEGER, 0.5),
);

/**
 * Inputs shaped like `schema` (objects with its keys, strings and numbers within its checks, its
 * enums and literals, `ids` where a string is asked for), so most calls get past validation and
 * reach the handler; one in four leaves the shape (anything at all, or one field broken).
 */
export function inputFor(schema: z.ZodType, ids: string[]): fc.Arbitrary<unknown> {
  const shaped = shapedFor(schema, ids, 0);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: shaped.chain((value) => breakOne(value)) },
  );
}

/** The value with one field replaced by something else, or removed. */
function breakOne(value: unknown): fc.Arbitrary<unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fc.jsonValue({ maxDepth: 1 });
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return fc.constant({ unexpected: 1 });
  return fc
    .tuple(fc.constantFrom(...keys), fc.option(fc.jsonValue({ maxDepth: 1 }), { nil: undefined }))
    .map(([key, replacement]) => ({ ...value, [key]: replacement }));
}

const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

function stringFor(def: Def, ids: string[]): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const pattern = checks.find((c) => c.format === 'regex')?.pattern;
  const known = (fits: (v: string) => boolean) => [...ids, 'x'].filter(fits);
  if (pattern) {
    const matching = known((v) => pattern.test(v));
    return matching.length > 0
      ? fc.oneof(fc.stringMatching(pattern), fc.constantFrom(...matching))
      : fc.stringMatching(pattern);
  }
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 5_000;
  const fits = (v: string) => v.length >= min && v.length <= max;
  const fitting = fc.string({ minLength: min, maxLength: Math.min(max, min + 40) });
  const ok = known(fits);
  return fc.oneof(
    fitting,
    anyString.filter(fits),
    ...(ok.length > 0 ? [fc.constantFrom(...ok)] : []),
  );
}

function numberFor(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer = checks.some((c) => c.format === 'safeint');
  const low = checks.find((c) => c.check === 'greater_than');
  const high = checks.find((c) => c.check === 'less_than');
  const step = integer ? 1 : 1e-9;
  const min = low?.value === undefined ? -5 : low.value + (low.inclusive ? 0 : step);
  const max =
    high?.value === undefined ? Math.max(min, 0) + 100 : high.value - (high.inclusive ? 0 : step);
  const inRange = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) })
    : fc.double({ min, max: Math.max(min, max), noNaN: true });
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: anyNumber });
}

function shapedFor(schema: z.ZodType, ids: string[], depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(null);
  const next = (s: z.ZodType) => shapedFor(s, ids, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      // A field named like an id gets an id that exists, mostly: the handler then does its work.
      const field = (k: string) =>
        /(^id$|Id$)/.test(k) && ids.length > 0
          ? fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...ids) },
              { weight: 1, arbitrary: next(shape[k]!) },
            )
          : next(shape[k]!);
      return fc.record(Object.fromEntries(keys.map((k) => [k, field(k)])), {
        requiredKeys: keys.filter((k) => !['optional', 'default'].includes(defOf(shape[k]!).type)),
      });
    }
    case 'string':
      return stringFor(def, ids);
    case 'number':
      return numberFor(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { a: 'a' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array': {
      const checks = checksOf(def);
      const exact = checks.find((c) => c.check === 'length_equals')?.length;
      const min = exact ?? checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max =
        exact ?? Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 4, min + 4);
      return fc.array(next(def.element!), { minLength: min, maxLength: max });
    }
    case 'union':
      return fc.oneof(...def.options!.map(next));
    case 'optional':
      return fc.option(next(def.innerType!), { nil: undefined });
    case 'nullable':
      return fc.option(next(def.innerType!), { nil: null });
    case 'default':
      return next(def.innerType!);
    case 'pipe':
      return next(def.in!);
    case 'record':
      return fc.dictionary(anyString, next(def.valueType!), { maxKeys: 3 });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
