import { AppError } from '../../../shared/contract/errors';
import {
  columnRoles,
  inferRole,
  windowSchema,
  type ColumnRole,
  type EvidenceColumnInfo,
  type EvidenceInfo,
  type EvidenceWindowSpec,
  type SavedWindows,
} from '../../../shared/evidence';
import type { ReadDb, WriteDb } from '../../db/handles';
import type { ColumnFacts, EvidenceMeta } from '../import/types';

/** A column as columns_json stores it: no role (roles are their own table). */
type StoredColumn = Omit<EvidenceColumnInfo, 'role' | 'roleChosen'>;

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
  baseline_json: string | null;
  incident_json: string | null;
  windows_saved_at: string | null;
}

/** Every evidence column and the file's saved windows, if any. */
const SELECT = `SELECT e.*, w.baseline_json, w.incident_json, w.saved_at AS windows_saved_at
  FROM evidence e LEFT JOIN evidence_windows w ON w.evidence_id = e.id`;

export interface RegisteredEvidence extends EvidenceInfo {
  /** File name inside the evidence directory. */
  file: string;
}

/** The evidence table of the documents database: which imported files belong to which postmortem. */
export class EvidenceRegistry {
  constructor(private readonly db: () => WriteDb) {}

  list(postmortemId: string): RegisteredEvidence[] {
    const rows = this.db()
      .prepare(`${SELECT} WHERE e.postmortem_id = ? ORDER BY e.imported_at, e.id`)
      .all(postmortemId) as EvidenceRow[];
    return rows.map((row) => this.fromRow(row));
  }

  find(id: string): RegisteredEvidence | null {
    const row = this.db().prepare(`${SELECT} WHERE e.id = ?`).get(id) as EvidenceRow | undefined;
    return row ? this.fromRow(row) : null;
  }

  /** Sets a column's role, or gives it back its inferred role with null. */
  setRole(id: string, column: string, role: ColumnRole | null, at: string): RegisteredEvidence {
    const db = this.db();
    if (role === null) {
      db.prepare('DELETE FROM evidence_column_roles WHERE evidence_id = ? AND column_name = ?').run(
        id,
        column,
      );
    } else {
      db.prepare(
        `INSERT INTO evidence_column_roles (evidence_id, column_name, role, chosen_at)
           VALUES (?, ?, ?, ?) ON CONFLICT (evidence_id, column_name) DO UPDATE SET
           role = excluded.role, chosen_at = excluded.chosen_at`,
      ).run(id, column, role, at);
    }
    return this.get(id);
  }

  /** Replaces the stored column facts (files imported before facts were recorded). */
  updateFacts(id: string, facts: ColumnFacts[]): void {
    const row = this.db()
      .prepare('SELECT columns_json FROM evidence WHERE id = ?')
      .pluck()
      .get(id) as string | undefined;
    if (row === undefined) return;
    const columns = (JSON.parse(row) as StoredColumn[]).map((c) => ({
      ...c,
      ...(facts[c.index] ?? { binary: false, idLike: false }),
    }));
    this.db()
      .prepare('UPDATE evidence SET columns_json = ? WHERE id = ?')
      .run(JSON.stringify(columns), id);
  }

  private fromRow(row: EvidenceRow): RegisteredEvidence {
    const chosen = new Map<string, ColumnRole>();
    const rows = this.db()
      .prepare(
        'SELECT column_name, role FROM evidence_column_roles WHERE evidence_id = ? ORDER BY column_name',
      )
      .all(row.id) as { column_name: string; role: string }[];
    for (const r of rows) {
      if ((columnRoles as readonly string[]).includes(r.role))
        chosen.set(r.column_name, r.role as ColumnRole);
    }
    const columns = (JSON.parse(row.columns_json) as StoredColumn[]).map(
      (c): EvidenceColumnInfo => {
        const own = c.name === row.time_column ? undefined : chosen.get(c.name);
        return {
          ...c,
          role: own ?? inferRole(c, row.time_column),
          roleChosen: own !== undefined,
        };
      },
    );
    return {
      id: row.id,
      postmortemId: row.postmortem_id,
      fileName: row.file_name,
      rowCount: row.row_count,
      columns,
      timeColumn: row.time_column,
      importedAt: row.imported_at,
      byteSize: row.byte_size,
      warnings: JSON.parse(row.warnings_json) as string[],
      windows: savedWindows(row),
      file: row.path,
    };
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

  insert(
    postmortemId: string,
    file: string,
    meta: EvidenceMeta,
    facts: ColumnFacts[],
  ): RegisteredEvidence {
    const columns = columnsOf(meta, facts);
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

  /** Saves the file's comparison (replacing the last one), or forgets it with null. */
  saveWindows(
    id: string,
    windows: { baseline: EvidenceWindowSpec; incident: EvidenceWindowSpec } | null,
    at: string,
  ): RegisteredEvidence {
    const db = this.db();
    if (windows === null) {
      db.prepare('DELETE FROM evidence_windows WHERE evidence_id = ?').run(id);
    } else {
      db.prepare(
        `INSERT INTO evidence_windows (evidence_id, baseline_json, incident_json, saved_at)
           VALUES (?, ?, ?, ?) ON CONFLICT (evidence_id) DO UPDATE SET
           baseline_json = excluded.baseline_json, incident_json = excluded.incident_json,
           saved_at = excluded.saved_at`,
      ).run(id, JSON.stringify(windows.baseline), JSON.stringify(windows.incident), at);
    }
    return this.get(id);
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

function columnsOf(meta: EvidenceMeta, facts: ColumnFacts[]): StoredColumn[] {
  return meta.columns.map((c) => ({
    index: c.index,
    name: c.name,
    type: c.type,
    missingCount: c.missingCount,
    unparsedCount: c.unparsedCount,
    binary: facts[c.index]?.binary ?? false,
    idLike: facts[c.index]?.idLike ?? false,
    ...(c.wallClockZone !== null ? { wallClockZone: c.wallClockZone } : {}),
    ...(c.decimalComma ? { decimalComma: true } : {}),
  }));
}

/** The saved pair, parsed again: a row edited by hand to something else reads as no windows. */
function savedWindows(row: EvidenceRow): SavedWindows | null {
  if (row.baseline_json === null || row.incident_json === null || row.windows_saved_at === null) {
    return null;
  }
  const baseline = windowSchema.safeParse(JSON.parse(row.baseline_json));
  const incident = windowSchema.safeParse(JSON.parse(row.incident_json));
  if (!baseline.success || !incident.success) return null;
  return { baseline: baseline.data, incident: incident.data, savedAt: row.windows_saved_at };
}
