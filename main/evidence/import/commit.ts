import fs from 'node:fs';
import path from 'node:path';
import { isValidTimeZone } from '../../../shared/domain';
import { isUtcZone, ZoneReader } from '../../../shared/evidence/zone';
import { openSqlite } from '../../db/sqlite';
import { convertColumn } from './convert';
import { asImportError, ImportError } from './errors';
import { applyBulkPragmas, EVIDENCE_SCHEMA_VERSION } from './evidence-file';
import { readEvidenceMeta } from './open';
import {
  committedPathFor,
  isActive,
  isEvidenceId,
  markInactive,
  removeFileQuietly,
  stagingPathFor,
} from './staging-files';
import {
  COLUMN_TYPES,
  type CommitOverrides,
  type CommittedEvidence,
  type ColumnType,
  type InstantFormat,
  type StagedColumnInternal,
  type StagedImport,
} from './types';

function overrideError(staged: StagedImport, problem: string, hint: string): ImportError {
  return new ImportError({ code: 'bad-override', file: staged.filePath, problem, hint });
}

/** The staged object may come back from another layer: trust only paths we can rebuild. */
function checkStaged(staged: StagedImport): string {
  const file = staged.filePath;
  if (!isEvidenceId(staged.stagingId)) {
    throw new ImportError({
      code: 'stale-staging',
      file,
      problem: 'this import preview is not valid.',
      hint: 'Import the file again.',
    });
  }
  const stagingPath = stagingPathFor(path.resolve(staged.evidenceDir), staged.stagingId);
  if (!isActive(stagingPath) || !fs.existsSync(stagingPath)) {
    throw new ImportError({
      code: 'stale-staging',
      file,
      problem: 'this import preview has already been committed, discarded or cleaned up.',
      hint: 'Import the file again.',
    });
  }
  return stagingPath;
}

function instantFormatFor(
  inferred: InstantFormat | undefined,
  s: StagedColumnInternal,
): InstantFormat {
  if (inferred) return inferred;
  if (s.isoCount > 0 && s.isoCount >= s.slashCount) return 'iso';
  if (s.slashCount > 0) return 'day-first';
  return (s.intMax ?? 0) < 1e11 ? 'epoch-s' : 'epoch-ms';
}

interface FinalColumn {
  name: string;
  type: ColumnType;
  instantFormat: InstantFormat | null;
}

function finalColumns(staged: StagedImport, overrides: CommitOverrides): FinalColumn[] {
  const cols: FinalColumn[] = staged.columns.map((c) => ({
    name: c.name,
    type: c.inferredType,
    instantFormat: c.instantFormat ?? null,
  }));
  for (const o of overrides.columns ?? []) {
    const col = cols[o.index];
    const stagedCol = staged.columns[o.index];
    if (!col || !stagedCol) {
      throw overrideError(
        staged,
        `there is no column number ${o.index + 1}.`,
        'Choose a column from the preview.',
      );
    }
    if (o.name !== undefined) {
      if (o.name.trim() === '') {
        throw overrideError(
          staged,
          `column ${o.index + 1} cannot have an empty name.`,
          'Type a name for it.',
        );
      }
      col.name = o.name;
    }
    if (o.type !== undefined) {
      if (!COLUMN_TYPES.includes(o.type)) {
        throw overrideError(
          staged,
          `"${String(o.type)}" is not a column type.`,
          `Choose one of: ${COLUMN_TYPES.join(', ')}.`,
        );
      }
      col.type = o.type;
      col.instantFormat =
        o.type === 'instant'
          ? instantFormatFor(
              stagedCol.inferredType === 'instant' ? stagedCol.instantFormat : undefined,
              staged.internal[o.index] as StagedColumnInternal,
            )
          : null;
    }
  }
  const seen = new Set<string>();
  for (const c of cols) {
    if (seen.has(c.name)) {
      throw overrideError(
        staged,
        `two columns are named "${c.name}".`,
        'Give each column its own name.',
      );
    }
    seen.add(c.name);
  }
  return cols;
}

function fsyncPath(p: string): void {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } catch {
    // Some file systems (and directories on some platforms) refuse fsync; the rename still applies.
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Applies the preview's choices (names, types, time column), writes the metadata tables, syncs the
 * file to disk and renames it into place. Until the rename nothing is visible as evidence.
 */
export function commitImport(
  staged: StagedImport,
  overrides: CommitOverrides = {},
): CommittedEvidence {
  try {
    return commitUnguarded(staged, overrides);
  } catch (e) {
    throw asImportError(e, staged.filePath);
  }
}

function commitUnguarded(staged: StagedImport, overrides: CommitOverrides): CommittedEvidence {
  const stagingPath = checkStaged(staged);
  const cols = finalColumns(staged, overrides);
  const timeColumn =
    overrides.timeColumn === undefined ? staged.suggestedTimeColumn : overrides.timeColumn;
  if (timeColumn !== null && cols[timeColumn]?.type !== 'instant') {
    throw overrideError(
      staged,
      `column ${timeColumn + 1} cannot be the time column because its type is not instant.`,
      'Choose an instant column as the time column, or change its type to instant.',
    );
  }
  const zoneName = overrides.timeZone ?? 'UTC';
  if (!isValidTimeZone(zoneName)) {
    throw overrideError(
      staged,
      `"${zoneName}" is not a time zone this app knows.`,
      'Choose a zone from the list (an IANA name such as Europe/Amsterdam, or UTC).',
    );
  }
  const zone = isUtcZone(zoneName) ? null : new ZoneReader(zoneName);
  const evidenceDir = path.resolve(staged.evidenceDir);
  const finalPath = committedPathFor(evidenceDir, staged.stagingId);
  const db = openSqlite(stagingPath);
  try {
    applyBulkPragmas(db);
    db.exec('BEGIN');
    const unparsed = cols.map((c, i) =>
      convertColumn(db, {
        col: `c${i}`,
        type: c.type,
        instantFormat: c.instantFormat,
        internal: staged.internal[i] as StagedColumnInternal,
        zone,
      }),
    );
    // Wall-clock times read in a zone can fall out of order around a clock change (a time in the
    // skipped hour): the file order is checked again where it was trusted.
    const sortedNow = cols.map((c, i) => {
      const internal = staged.internal[i];
      if (!internal?.sorted) return false;
      if (zone === null || c.type !== 'instant' || internal.zonelessCount === 0) return true;
      return stillSorted(db, `c${i}`);
    });
    if (timeColumn !== null && !(sortedNow[timeColumn] ?? false)) {
      db.exec(`CREATE INDEX rows_time ON rows(c${timeColumn})`);
    }
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE columns (idx INTEGER PRIMARY KEY, name TEXT NOT NULL, physical_name TEXT NOT NULL,
        type TEXT NOT NULL, inferred_type TEXT NOT NULL, missing_count INTEGER NOT NULL,
        unparsed_count INTEGER NOT NULL, instant_format TEXT, sorted INTEGER NOT NULL);
      CREATE TABLE bad_rows (row INTEGER NOT NULL, reason TEXT NOT NULL);
    `);
    const warnings = [...staged.warnings];
    cols.forEach((c, i) => {
      const lossy = staged.internal[i]?.lossyCount ?? 0;
      if (lossy > 0 && (c.type === 'text' || c.type === 'category')) {
        warnings.push(
          `${lossy.toLocaleString('en-US')} number(s) in "${c.name}" were read as numbers and lost their trailing zeros (1.50 reads 1.5).`,
        );
      }
      const internal = staged.internal[i];
      const asText = c.type === 'text' || c.type === 'category';
      if (internal?.isoStoredAsMs && internal.isoCount > 0 && asText) {
        warnings.push(
          internal.msZoneless
            ? `Dates and times in "${c.name}" are kept as text in ISO 8601 form, still without a zone (2024-03-12T02:00:00.000).`
            : `Dates and times in "${c.name}" are kept as text in ISO 8601 UTC form (2024-03-12T02:00:00.000Z).`,
        );
      }
      const n = unparsed[i] ?? 0;
      if (n > 0) {
        warnings.push(
          `${n.toLocaleString('en-US')} value(s) in "${c.name}" are not ${c.type} and were kept as text.`,
        );
      }
    });
    const insMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    const meta: Record<string, string> = {
      schema_version: String(EVIDENCE_SCHEMA_VERSION),
      evidence_id: staged.stagingId,
      source_file_name: staged.fileName,
      source_byte_size: String(staged.byteSize),
      encoding: staged.encoding,
      delimiter: staged.delimiter,
      has_header: staged.hasHeader ? '1' : '0',
      row_count: String(staged.rowCount),
      time_column: timeColumn === null ? '' : String(timeColumn),
      imported_at: new Date().toISOString(),
      warnings: JSON.stringify(warnings),
      bad_row_count: String(staged.badRowCount),
    };
    for (const [k, v] of Object.entries(meta)) insMeta.run(k, v);
    const notes = columnNotes(cols, staged.internal, zoneName);
    if (Object.keys(notes).length > 0) insMeta.run('column_notes', JSON.stringify(notes));
    const insCol = db.prepare('INSERT INTO columns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    cols.forEach((c, i) => {
      const sc = staged.columns[i];
      const sorted =
        sortedNow[i] === true &&
        (c.type === 'integer' || c.type === 'real' || c.type === 'instant');
      insCol.run(
        i,
        c.name,
        `c${i}`,
        c.type,
        sc?.inferredType ?? c.type,
        sc?.missingCount ?? 0,
        unparsed[i] ?? 0,
        c.instantFormat,
        sorted ? 1 : 0,
      );
    });
    const insBad = db.prepare('INSERT INTO bad_rows (row, reason) VALUES (?, ?)');
    for (const b of staged.badRows) insBad.run(b.row, b.reason);
    db.exec('COMMIT');
  } catch (e) {
    // Without a rollback journal a failed conversion may leave the staging file half-changed:
    // it is dropped rather than offered again.
    db.close();
    discardImport(staged);
    throw new ImportError({
      code: 'internal',
      file: staged.filePath,
      problem: `saving the imported rows failed (${e instanceof Error ? e.message : String(e)}).`,
      hint: 'Check that the disk has free space, then import the file again.',
    });
  }
  db.close();
  fsyncPath(stagingPath);
  fs.renameSync(stagingPath, finalPath);
  fsyncPath(evidenceDir);
  markInactive(stagingPath);
  return {
    evidenceId: staged.stagingId,
    path: finalPath,
    meta: readEvidenceMeta(finalPath),
    facts: staged.columns.map((c) => c.facts),
  };
}

/** Nondecreasing in file order over the column's numbers (missing and text cells left out). */
function stillSorted(db: ReturnType<typeof openSqlite>, col: string): boolean {
  const found = db
    .prepare(
      `SELECT 1 FROM (SELECT ${col} AS v, LAG(${col}) OVER (ORDER BY rowid) AS p FROM rows
         WHERE typeof(${col}) IN ('integer','real')) WHERE v < p LIMIT 1`,
    )
    .get();
  return found === undefined;
}

/** What the evidence file says of how a column was read (meta key column_notes, by index). */
export interface ColumnNote {
  wallClockZone?: string;
  decimalComma?: true;
}

function columnNotes(
  cols: FinalColumn[],
  internal: StagedColumnInternal[],
  zoneName: string,
): Record<number, ColumnNote> {
  const notes: Record<number, ColumnNote> = {};
  cols.forEach((c, i) => {
    const s = internal[i];
    if (!s) return;
    const note: ColumnNote = {};
    if (c.type === 'instant' && s.zonelessCount > 0) note.wallClockZone = zoneName;
    if (c.type === 'real' && s.commaCount > 0) note.decimalComma = true;
    if (Object.keys(note).length > 0) notes[i] = note;
  });
  return notes;
}

/** Drops a staged import (the user cancelled at the preview). Safe to call twice. */
export function discardImport(staged: StagedImport): void {
  if (!isEvidenceId(staged.stagingId)) return;
  const stagingPath = stagingPathFor(path.resolve(staged.evidenceDir), staged.stagingId);
  removeFileQuietly(stagingPath);
  markInactive(stagingPath);
}
