import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  commitImport,
  openEvidence,
  stageImport,
  type CommitOverrides,
  type CommittedEvidence,
  type ImportOptions,
  type StagedImport,
} from '../../../main/evidence/import';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pm-import-'));
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export interface Imported {
  staged: StagedImport;
  ev: CommittedEvidence;
  rows: Record<string, unknown>[];
  types: Record<string, string>[];
}

/** Stages and commits a file, then reads every row back from the evidence file. */
export async function importFile(
  file: string,
  evidenceDir: string,
  opts: Partial<ImportOptions> = {},
  overrides: CommitOverrides = {},
): Promise<Imported> {
  const staged = await stageImport({ filePath: file, evidenceDir, ...opts });
  const ev = commitImport(staged, overrides);
  const o = openEvidence(ev.path);
  try {
    const cols = o.meta.columns.map((c) => c.physicalName);
    const rows = o.db.prepare(`SELECT ${cols.join(', ')} FROM rows ORDER BY rowid`).all() as Record<
      string,
      unknown
    >[];
    const types = o.db
      .prepare(
        `SELECT ${cols.map((c) => `typeof(${c}) AS ${c}`).join(', ')} FROM rows ORDER BY rowid`,
      )
      .all() as Record<string, string>[];
    return { staged, ev, rows, types };
  } finally {
    o.close();
  }
}

/** Files in a folder, sorted (to check that nothing half-done is left behind). */
export function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}
