import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  columnFacts,
  type ColumnStats,
  inferColumnType,
  isDecimalCommaColumn,
} from './column-stats';
import { asImportError, cancelledError, ImportError } from './errors';
import { MAX_COLUMNS, physicalName } from './evidence-file';
import { runImportWorkers } from './run-workers';
import {
  decodeHead,
  detectDelimiter,
  detectEncoding,
  detectEol,
  detectHeader,
  isoColumnsOf,
  numericColumnsOf,
  parseSample,
  MAX_SNIFF_BYTES,
  readHead,
  SNIFF_BYTES,
} from './sniff';
import {
  markActive,
  markInactive,
  removeFileQuietly,
  removeStalePartials,
  stagingPathFor,
} from './staging-files';
import {
  DEFAULT_MISSING_MARKERS,
  type ImportOptions,
  type StagedColumn,
  type StagedColumnInternal,
  type StagedImport,
} from './types';

/** Header cells as user-facing names: kept exactly, except empty and repeated names. */
export function columnNames(
  header: string[] | null,
  count: number,
): { names: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    let name = header?.[i] ?? '';
    if (header && name.trim() === '') {
      warnings.push(`Column ${i + 1} has no name in the header; it is called "column_${i + 1}".`);
    }
    if (name.trim() === '') name = `column_${i + 1}`;
    if (seen.has(name)) {
      let k = 2;
      while (seen.has(`${name} (${k})`)) k++;
      warnings.push(`The header repeats "${name}"; column ${i + 1} is called "${name} (${k})".`);
      name = `${name} (${k})`;
    }
    seen.add(name);
    names.push(name);
  }
  return { names, warnings };
}

function statFile(file: string): fs.Stats {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new Error('not a file');
    return st;
  } catch {
    throw new ImportError({
      code: 'not-found',
      file,
      problem: 'this file cannot be found or is not a regular file.',
      hint: 'Check the path and choose the CSV file again.',
    });
  }
}

function emptyError(file: string, headerOnly: boolean): ImportError {
  return headerOnly
    ? new ImportError({
        code: 'header-only',
        file,
        problem: 'the file has a header but no data rows.',
        hint: 'Export the data again with its rows, then import it.',
      })
    : new ImportError({
        code: 'empty-file',
        file,
        problem: 'the file is empty.',
        hint: 'Choose the CSV file that holds the data.',
      });
}

function sniffHead(file: string, size: number, bytes: number, opts: ImportOptions) {
  const head = readHead(file, bytes);
  const eof = head.length >= size;
  const { encoding, bomLength } = detectEncoding(file, head, opts.encoding ?? 'auto', !eof);
  const text = decodeHead(head, encoding, bomLength);
  if (eof && text.trim() === '') throw emptyError(file, false);
  const delimiter =
    opts.delimiter && opts.delimiter !== 'auto' ? opts.delimiter : detectDelimiter(text, eof);
  return { encoding, bomLength, eof, text, delimiter, records: parseSample(text, delimiter, eof) };
}

/** Parses the whole file into a staging SQLite file and returns the preview and inferred schema. */
export async function stageImport(opts: ImportOptions): Promise<StagedImport> {
  try {
    return await stageImportUnguarded(opts);
  } catch (e) {
    throw asImportError(e, opts.filePath);
  }
}
async function stageImportUnguarded(opts: ImportOptions): Promise<StagedImport> {
  const file = path.resolve(opts.filePath);
  const st = statFile(file);
  if (st.size === 0) throw emptyError(file, false);
  if (opts.signal?.aborted) throw cancelledError(file);
  const evidenceDir = path.resolve(opts.evidenceDir);
  fs.mkdirSync(evidenceDir, { recursive: true });
  removeStalePartials(evidenceDir);

  const markers = opts.missingMarkers ?? [...DEFAULT_MISSING_MARKERS];
  let headBytes = SNIFF_BYTES;
  let sniffed: ReturnType<typeof sniffHead>;
  for (;;) {
    sniffed = sniffHead(file, st.size, headBytes, opts);
    if (sniffed.records.length > 0 || sniffed.eof || headBytes >= MAX_SNIFF_BYTES) break;
    headBytes = MAX_SNIFF_BYTES;
  }
  const { encoding, bomLength, eof, text, delimiter, records } = sniffed;
  const first = records[0];
  if (!first) {
    if (eof) throw emptyError(file, false);
    throw new ImportError({
      code: 'field-too-large',
      file,
      row: 1,
      problem:
        'the first row is longer than 4 MB, most likely because a quote in it is never closed.',
      hint: 'Check the first row of the file, then import again.',
    });
  }
  if (first.length > MAX_COLUMNS) {
    throw new ImportError({
      code: 'too-many-columns',
      file,
      row: 1,
      problem: `the file has ${first.length.toLocaleString('en-US')} columns; at most ${MAX_COLUMNS.toLocaleString('en-US')} can be imported.`,
      hint: 'Remove the columns you do not need (or split the file) and import again.',
    });
  }
  const hasHeader =
    opts.hasHeader === undefined || opts.hasHeader === 'auto'
      ? detectHeader(records)
      : opts.hasHeader;
  const columnCount = first.length;
  const { names, warnings } = columnNames(hasHeader ? first : null, columnCount);
  const sampleRows = hasHeader ? records.slice(1) : records;
  const isoColumns = isoColumnsOf(sampleRows, columnCount, new Set(markers));
  const numericColumns = numericColumnsOf(sampleRows, columnCount, new Set(markers));

  const stagingId = randomUUID();
  const stagingPath = stagingPathFor(evidenceDir, stagingId);
  markActive(stagingPath);
  try {
    const done = await runImportWorkers(
      {
        filePath: file,
        encoding,
        skipBytes: bomLength,
        delimiter,
        eol: detectEol(text),
        hasHeader,
        columnCount,
        missingMarkers: markers,
        isoColumns,
        numericColumns,
      },
      stagingPath,
      st.size,
      opts.signal,
      opts.onProgress,
    );
    if (done.rowCount === 0) throw emptyError(file, hasHeader);
    if (done.badRowCount > 0) {
      warnings.push(
        `${done.badRowCount.toLocaleString('en-US')} row(s) did not fit the header's ${columnCount} columns or held binary data; see the bad-row report.`,
      );
    }
    if (done.blankLines > 0)
      warnings.push(`${done.blankLines.toLocaleString('en-US')} blank line(s) were skipped.`);
    const columns: StagedColumn[] = [];
    const internal: StagedColumnInternal[] = [];
    done.stats.forEach((s: ColumnStats, i) => {
      const name = names[i] ?? `column_${i + 1}`;
      const inferred = inferColumnType(name, s);
      if (
        inferred.type === 'instant' &&
        inferred.instantFormat === 'day-first' &&
        !s.slashFirstOver12
      ) {
        warnings.push(
          `Dates in "${name}" such as 03/04/2024 could be day/month or month/day; they were read as day/month/year. Change the type to text if that is wrong.`,
        );
      }
      if (inferred.decimalComma) {
        warnings.push(
          `Numbers in "${name}" are written with a decimal comma (such as 1,5): they are read as numbers (1.5). Change the type to text to keep them as written.`,
        );
      }
      columns.push({
        index: i,
        name,
        physicalName: physicalName(i),
        inferredType: inferred.type,
        missingCount: s.missing,
        sampleValues: s.samples,
        zonelessCount: s.zoneless,
        decimalComma: inferred.decimalComma === true,
        facts: columnFacts(s),
        ...(inferred.instantFormat ? { instantFormat: inferred.instantFormat } : {}),
      });
      internal.push({
        nonMissing: s.ints + s.reals + s.iso + s.slash + s.bools + s.other,
        storedNumeric: s.stored,
        realCount: s.reals,
        lossyCount: s.lossy,
        numericTextCount: s.numericText,
        isoStoredAsMs: isoColumns[i] === true,
        isoCount: s.iso,
        slashCount: s.slash,
        zonedCount: s.zoned,
        zonelessCount: s.zoneless,
        msZoneless: s.msKind === 1,
        commaCount: isDecimalCommaColumn(s) ? s.commaDecimal + s.commaAmbiguous : 0,
        boolTextCount: s.bools,
        sorted: s.sorted,
        intMin: s.intMin,
        intMax: s.intMax,
      });
    });
    const timeCol = columns.find((c) => c.inferredType === 'instant');
    return {
      stagingId,
      stagingPath,
      evidenceDir,
      filePath: file,
      fileName: path.basename(file),
      byteSize: st.size,
      rowCount: done.rowCount,
      hasHeader,
      columns,
      previewRows: done.preview,
      encoding,
      delimiter,
      suggestedTimeColumn: timeCol ? timeCol.index : null,
      warnings,
      badRows: done.badRows,
      badRowCount: done.badRowCount,
      internal,
    };
  } catch (e) {
    removeFileQuietly(stagingPath);
    markInactive(stagingPath);
    throw e;
  }
}
