import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { failureKind } from '../../db/failure-kind';
import { openSqlite } from '../../db/sqlite';
import { openEvidence } from '../import';
import { prefetchColumns } from '../query/prefetch';
import { EvidenceSource } from '../query/source';

/** Evidence files kept open at once; each holds its column caches (tens of MB for 1M rows). */
const MAX_OPEN = 4;

/**
 * Opens committed evidence files read-only on demand and keeps the most recently used ones. Lives
 * in the query worker (query-worker/query-worker.ts), never on the main thread of the app.
 */
export class SourcePool {
  private readonly open = new Map<string, EvidenceSource>();

  constructor(
    private readonly evidenceDir: string,
    /** Read columns into memory in the background after a file opens (the app; not the CLI). */
    private readonly prefetch: boolean = false,
  ) {}

  /** `timeZone`: the postmortem's, for the time buckets read ahead (none: not read ahead). */
  get(id: string, file: string, timeZone?: string): EvidenceSource {
    const cached = this.open.get(id);
    if (cached) {
      this.open.delete(id);
      this.open.set(id, cached);
      return cached;
    }
    const full = path.join(this.evidenceDir, file);
    let opened;
    try {
      opened = openEvidence(full);
    } catch (error) {
      // Damage is named by the query (answer.ts), with the CSV the file came from.
      if (failureKind(error) === 'damaged') throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('unavailable', `The evidence file ${file} cannot be read (${reason}).`);
    }
    const source = new EvidenceSource(id, full, opened.db, opened.meta);
    this.open.set(id, source);
    if (this.prefetch) source.prefetched = prefetchColumns(source, timeZone);
    while (this.open.size > MAX_OPEN) {
      const [oldest, evicted] = this.open.entries().next().value as [string, EvidenceSource];
      this.open.delete(oldest);
      evicted.close();
    }
    return source;
  }

  /** Resolves once the file's columns are read and its column cache written (see prefetch.ts). */
  whenCached(id: string, file: string, timeZone?: string): Promise<void> {
    const source = this.get(id, file, timeZone);
    source.prefetched ??= prefetchColumns(source, timeZone);
    return source.prefetched;
  }

  /** SQLite's quick_check of the file, on a connection of its own; false if it cannot even open. */
  passesCheck(id: string, file: string): boolean {
    const source = this.open.get(id);
    try {
      const db = source?.db ?? openSqlite(path.join(this.evidenceDir, file), { readonly: true });
      try {
        return db.pragma('quick_check', { simple: true }) === 'ok';
      } finally {
        if (!source) db.close();
      }
    } catch {
      return false;
    }
  }

  drop(id: string): void {
    this.open.get(id)?.close();
    this.open.delete(id);
  }

  closeAll(): void {
    for (const source of this.open.values()) source.close();
    this.open.clear();
  }
}
