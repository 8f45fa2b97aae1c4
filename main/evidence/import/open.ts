import type Database from 'better-sqlite3';
import { openSqlite } from '../../db/sqlite';
import { ImportError } from './errors';
import { EVIDENCE_SCHEMA_VERSION } from './evidence-file';
import type {
  ColumnType,
  Delimiter,
  EvidenceColumn,
  EvidenceMeta,
  InstantFormat,
  ResolvedEncoding,
} from './types';

interface ColumnRow {
  idx: number;
  name: string;
  physical_name: string;
  type: string;
  inferred_type: string;
  missing_count: number;
  unparsed_count: number;
  instant_format: string | null;
  sorted: number;
}

function readMeta(db: Database.Database, file: string): EvidenceMeta {
  let kv: Map<string, string>;
  let cols: ColumnRow[];
  try {
    const rows = db.prepare('SELECT key, value FROM meta').all() as {
      key: string;
      value: string;
    }[];
    kv = new Map(rows.map((r) => [r.key, r.value]));
    cols = db.prepare('SELECT * FROM columns ORDER BY idx').all() as ColumnRow[];
  } catch {
    throw new ImportError({
      code: 'unreadable',
      file,
      problem: 'this is not an evidence file of Postmortem Studio.',
      hint: 'Import the CSV again.',
    });
  }
  const version = Number(kv.get('schema_version'));
  if (version !== EVIDENCE_SCHEMA_VERSION) {
    throw new ImportError({
      code: 'unreadable',
      file,
      problem: `this evidence file has schema version ${String(kv.get('schema_version'))}, not ${EVIDENCE_SCHEMA_VERSION}.`,
      hint: 'Import the CSV again with this version of the app.',
    });
  }
  const timeColumn = kv.get('time_column') ?? '';
  // Written since zones and decimal commas were read at import; older files have none.
  const notes = JSON.parse(kv.get('column_notes') ?? '{}') as Record<
    string,
    { wallClockZone?: string; decimalComma?: boolean }
  >;
  const columns: EvidenceColumn[] = cols.map((c) => ({
    index: c.idx,
    name: c.name,
    physicalName: c.physical_name,
    type: c.type as ColumnType,
    inferredType: c.inferred_type as ColumnType,
    missingCount: c.missing_count,
    unparsedCount: c.unparsed_count,
    instantFormat: (c.instant_format as InstantFormat | null) ?? null,
    sorted: c.sorted === 1,
    wallClockZone: notes[c.idx]?.wallClockZone ?? null,
    decimalComma: notes[c.idx]?.decimalComma === true,
  }));
  return {
    schemaVersion: version,
    evidenceId: kv.get('evidence_id') ?? '',
    sourceFileName: kv.get('source_file_name') ?? '',
    sourceByteSize: Number(kv.get('source_byte_size') ?? 0),
    encoding: (kv.get('encoding') ?? 'utf-8') as ResolvedEncoding,
    delimiter: (kv.get('delimiter') ?? ',') as Delimiter,
    hasHeader: kv.get('has_header') === '1',
    rowCount: Number(kv.get('row_count') ?? 0),
    timeColumn: timeColumn === '' ? null : Number(timeColumn),
    importedAt: kv.get('imported_at') ?? '',
    warnings: JSON.parse(kv.get('warnings') ?? '[]') as string[],
    badRowCount: Number(kv.get('bad_row_count') ?? 0),
    columns,
  };
}

export interface OpenEvidence {
  /** Read-only connection; query `rows` by the columns' physicalName (c0, c1, ...). */
  db: Database.Database;
  meta: EvidenceMeta;
  close(): void;
}

/** Opens a committed evidence file read-only. The caller closes it. */
export function openEvidence(file: string): OpenEvidence {
  let db: Database.Database;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new ImportError({
      code: 'not-found',
      file,
      problem: 'this evidence file cannot be opened.',
      hint: 'Check that the evidence folder is intact, or import the CSV again.',
    });
  }
  try {
    const meta = readMeta(db, file);
    return { db, meta, close: () => db.close() };
  } catch (e) {
    db.close();
    throw e;
  }
}

export function readEvidenceMeta(file: string): EvidenceMeta {
  const ev = openEvidence(file);
  try {
    return ev.meta;
  } finally {
    ev.close();
  }
}

/** Bad rows recorded at import (the first 1,000; meta.badRowCount is the total). */
export function readBadRows(db: Database.Database): { row: number; reason: string }[] {
  return db.prepare('SELECT row, reason FROM bad_rows ORDER BY row').all() as {
    row: number;
    reason: string;
  }[];
}
