import { looksLikeIds } from '../import/column-stats';
import { openEvidence } from '../import';
import type { ColumnFacts } from '../import/types';
import { physical } from '../query/sql';

/**
 * The column facts of a file imported before the import recorded them: read once from the file
 * (a scan per integer or boolean column, a sample of each text column), then kept in the registry.
 */
export function factsFromFile(file: string): ColumnFacts[] {
  const ev = openEvidence(file);
  try {
    return ev.meta.columns.map((c) => {
      const col = physical(c.physicalName);
      let binary = false;
      if (c.type === 'integer' || c.type === 'boolean') {
        const other = ev.db
          .prepare(`SELECT 1 FROM rows WHERE ${col} IS NOT NULL AND ${col} NOT IN (0, 1) LIMIT 1`)
          .get();
        const any = ev.db.prepare(`SELECT 1 FROM rows WHERE ${col} IS NOT NULL LIMIT 1`).get();
        binary = other === undefined && any !== undefined;
      }
      let idLike = false;
      if (c.type === 'text') {
        const sample = ev.db
          .prepare(
            `SELECT ${col} FROM rows WHERE ${col} IS NOT NULL AND (rowid <= 1024 OR rowid % 32 = 0)
             LIMIT 8192`,
          )
          .pluck()
          .all()
          .map(String);
        const spaced = sample.filter((v) => v.includes(' ')).length;
        const numeric = sample.filter((v) => v.trim() !== '' && Number.isFinite(Number(v))).length;
        idLike = looksLikeIds(sample.length, new Set(sample).size, spaced, numeric);
      }
      return { binary, idLike };
    });
  } finally {
    ev.close();
  }
}
