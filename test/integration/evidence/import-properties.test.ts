import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import {
  commitImport,
  discardImport,
  ImportError,
  stageImport,
  type ImportOptions,
} from '../../../main/evidence/import';
import { tempDir, writeFile } from './helpers';

// Each run stages through the real two workers (~0.3-0.8 s): a few dozen runs per property here,
// more with IMPORT_FUZZ_RUNS.
const RUNS = Number(process.env.IMPORT_FUZZ_RUNS ?? 20);
const TIMEOUT_MS = 20_000;

const field = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '',
    'NA',
    'null',
    'true',
    '2026-03-12T10:00:00Z',
    '1,5',
    'a"b',
    'x\ny',
    ' padded ',
  ),
);

/** A well-formed CSV: unique header, every row as wide as it, every field quoted as RFC 4180 says. */
const wellFormed = fc
  .record({
    columns: fc.integer({ min: 1, max: 6 }),
    delimiter: fc.constantFrom<ImportOptions['delimiter'] & string>(',', ';', '\t', '|'),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    quoteAll: fc.boolean(),
  })
  .chain((shape) =>
    fc
      .array(fc.array(field, { minLength: shape.columns, maxLength: shape.columns }), {
        minLength: 1,
        maxLength: 60,
      })
      .map((rows) => ({ ...shape, rows })),
  );

function quote(value: string, delimiter: string, all: boolean): string {
  const needs =
    all ||
    value === '' ||
    /["\r\n]/.test(value) ||
    value.includes(delimiter) ||
    value.trim() !== value;
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

async function stageWithin(
  file: string,
  evidenceDir: string,
  options: Partial<ImportOptions> = {},
) {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      stageImport({ filePath: file, evidenceDir, ...options }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`staging ${file} hung`)), TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// The delimiter is given, as the import panel lets the user do: a one-column file, or one whose
// fields hold other delimiters unquoted, can be read with either (sniffing is tested elsewhere).
it('imports every well-formed CSV whole: each row, each column', async () => {
  const dir = tempDir();
  await fc.assert(
    fc.asyncProperty(wellFormed, async ({ columns, delimiter, eol, bom, quoteAll, rows }) => {
      const header = Array.from({ length: columns }, (_, i) => `col_${i}`);
      const lines = [header, ...rows].map((r) =>
        r.map((v) => quote(v, delimiter, quoteAll)).join(delimiter),
      );
      const file = writeFile(dir, 'well-formed.csv', (bom ? '\uFEFF' : '') + lines.join(eol) + eol);
      const evidenceDir = path.join(dir, 'ev');
      const staged = await stageWithin(file, evidenceDir, { delimiter, hasHeader: true });
      expect(staged.columns.map((c) => c.name)).toEqual(header);
      expect(staged.rowCount).toBe(rows.length);
      expect(staged.badRowCount).toBe(0);
      const committed = commitImport(staged);
      expect(committed.meta.rowCount).toBe(rows.length);
      fs.rmSync(committed.path, { force: true });
    }),
    { numRuns: RUNS },
  );
}, 600_000);

it('answers any bytes with an import or a typed refusal, leaving no file behind on refusal', async () => {
  const dir = tempDir();
  const csvish = fc
    .array(fc.oneof(field, fc.constantFrom(',', ';', '"', '\n', '\r', '\t', '\u0000', '\uFEFF')), {
      maxLength: 200,
    })
    .map((parts) => Buffer.from(parts.join(''), 'utf8'));
  const bytes = fc.oneof(
    csvish,
    fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a)),
  );
  await fc.assert(
    fc.asyncProperty(bytes, async (content) => {
      const file = writeFile(dir, 'anything.csv', content);
      const evidenceDir = path.join(dir, 'ev');
      try {
        const staged = await stageWithin(file, evidenceDir);
        expect(staged.rowCount).toBeGreaterThanOrEqual(1);
        expect(staged.columns.length).toBeGreaterThanOrEqual(1);
        discardImport(staged);
      } catch (error) {
        expect(error, String(error)).toBeInstanceOf(ImportError);
        const refusal = error as ImportError;
        expect(refusal.message).toContain('anything.csv');
        expect(refusal.hint.length).toBeGreaterThan(0);
      }
      const left = fs.existsSync(evidenceDir) ? fs.readdirSync(evidenceDir) : [];
      expect(left).toEqual([]);
    }),
    { numRuns: RUNS },
  );
}, 600_000);
