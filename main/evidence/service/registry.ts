import { AppError } from '../../../shared/contract/errors';
import type { EvidenceColumnInfo, EvidenceInfo } from '../../../shared/evidence';
import type { ReadDb, WriteDb } from '../../db/handles';
import type { EvidenceMeta } from '../import/types';

interface EvidenceRow {
  id: string;
  postmortem_id: string;
  file_name: string;
  row_count: number;
  columns_json: string;
  time_column: string | null;
  imported_at: string;
  byte_size: number;
  path: string;
  warnings_json: string;
}

export interface RegisteredEvidence extends EvidenceInfo {
  /** File name inside the evidence directory. */
  file: string;
}

/** The evidence table of the documents database: which imported files belong to which postmortem. */
export class EvidenceRegistry {
  constructor(private readonly db: () => WriteDb) {}

  list(postmortemId: string): RegisteredEvidence[] {
    const rows = this.db()
      .prepare('SELECT * FROM evidence WHERE postmortem_id = ? ORDER BY imported_at, id')
      .all(postmortemId) as EvidenceRow[];
    return rows.map(fromRow);
  }

  find(id: string): RegisteredEvidence | null {
    const row = this.db().prepare('SELECT * FROM evidence WHERE id = ?').get(id) as
      EvidenceRow | undefined;
    return row ? fromRow(row) : null;
  }

  get(id: string): RegisteredEvidence {
    const found = this.find(id);
    if (!found) {
      throw new AppError(
        'not_found',
        `There is no evidence with id "${id}"; it may have been deleted.`,
      );
    }
    return found;
  }

  /** Every evidence file name the registry knows (to tell orphans from live files). */
  files(): Set<string> {
    return new Set(this.db().prepare('SELECT path FROM evidence').pluck().all() as string[]);
  }

  insert(postmortemId: string, file: string, meta: EvidenceMeta): RegisteredEvidence {
    const columns = columnsOf(meta);
    const timeColumn =
      meta.timeColumn === null
        ? null
        : (meta.columns.find((c) => c.index === meta.timeColumn)?.name ?? null);
    this.db()
      .prepare(
        `INSERT INTO evidence (id, postmortem_id, file_name, row_count, columns_json, time_column,
           imported_at, byte_size, path, warnings_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        meta.evidenceId,
        postmortemId,
        meta.sourceFileName,
        meta.rowCount,
        JSON.stringify(columns),
        timeColumn,
        meta.importedAt,
        meta.sourceByteSize,
        file,
        JSON.stringify(meta.warnings),
      );
    return this.get(meta.evidenceId);
  }

  /** Deletes the row and the pins reading it; returns how many pins went with it. */
  delete(id: string): number {
    const db = this.db();
    return db
      .transaction(() => {
        const pins = db
          .prepare(
            'DELETE FROM pins WHERE id IN (SELECT pin_id FROM pin_evidence WHERE evidence_id = ?)',
          )
          .run(id).changes;
        db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
        return pins;
      })
      .immediate();
  }
}

export function postmortemExists(db: ReadDb, id: string): boolean {
  return (
    db.prepare('SELECT 1 FROM postmortems WHERE id = ? AND deleted_at IS NULL').get(id) !==
    undefined
  );
}

function columnsOf(meta: EvidenceMeta): EvidenceColumnInfo[] {
  return meta.columns.map((c) => ({
    index: c.index,
    name: c.name,
    type: c.type,
    missingCount: c.missingCount,
    unparsedCount: c.unparsedCount,
  }));
}

function fromRow(row: EvidenceRow): RegisteredEvidence {
  return {
    id: row.id,
    postmortemId: row.postmortem_id,
    fileName: row.file_name,
    rowCount: row.row_count,
    columns: JSON.parse(row.columns_json) as EvidenceColumnInfo[],
    timeColumn: row.time_column,
    importedAt: row.imported_at,
    byteSize: row.byte_size,
    warnings: JSON.parse(row.warnings_json) as string[],
    file: row.path,
  };
}
