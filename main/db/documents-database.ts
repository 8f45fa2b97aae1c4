import fs from 'node:fs';
import path from 'node:path';
import { AppError, type BackupInfo, type DatabaseHealth } from '../../shared/contract';
import { backupDir, createBackup, isBackupDue, listBackups, newestGoodBackup } from './backup';
import { openWritable, schemaVersion, type ConnectionOptions } from './connection';
import type { WriteDb } from './handles';
import { inspectDatabaseFile } from './inspect';
import { migrate, NewerDatabaseError, pendingMigrations } from './migrate';
import { latestVersion, migrations as knownMigrations, type Migration } from './migrations';

export const DATABASE_FILE = 'documents.sqlite';

export interface DocumentsOptions extends ConnectionOptions {
  dataDir: string;
  now: () => Date;
  migrations?: readonly Migration[];
  /** Runs after every successful open (the first, and after a restore): purge, seeding. */
  onOpen?: (db: WriteDb) => void;
  log?: (message: string) => void;
}

type State = { kind: 'open'; db: WriteDb } | { kind: 'unavailable'; health: DatabaseHealth };

/**
 * Owns the documents database file: checks it before writing, backs it up, migrates it, and keeps
 * the app answering (with 'unavailable') when the file is damaged, until a backup is restored.
 */
export class DocumentsDatabase {
  private state: State = {
    kind: 'unavailable',
    health: { state: 'damaged', message: 'Not opened yet.', newestGoodBackup: null },
  };

  private restoring = false;

  private constructor(private readonly options: DocumentsOptions) {}

  static async open(options: DocumentsOptions): Promise<DocumentsDatabase> {
    const documents = new DocumentsDatabase(options);
    await documents.openFile();
    return documents;
  }

  get file(): string {
    return path.join(this.options.dataDir, DATABASE_FILE);
  }

  get backupsDir(): string {
    return backupDir(this.options.dataDir);
  }

  get health(): DatabaseHealth {
    return this.state.kind === 'open' ? { state: 'ok' } : this.state.health;
  }

  /** The open handle; in damaged state every caller gets the same clear 'unavailable' error. */
  writable(): WriteDb {
    if (this.state.kind === 'open') return this.state.db;
    const message =
      this.state.health.state === 'damaged' ? this.state.health.message : 'Not available.';
    throw new AppError('unavailable', message);
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupsDir);
  }

  /**
   * Replaces the unusable database with a backup. The old file (and its -wal/-shm) is moved aside as
   * documents.damaged-<time>.sqlite, never deleted.
   */
  async restoreBackup(file: string): Promise<void> {
    if (this.restoring) {
      throw new AppError('refused', 'A backup is being restored already; wait for it to finish.');
    }
    this.restoring = true;
    try {
      await this.restoreFrom(file);
    } finally {
      this.restoring = false;
    }
  }

  private async restoreFrom(file: string): Promise<void> {
    if (this.state.kind === 'open') {
      throw new AppError(
        'refused',
        'The database is healthy; restoring a backup is only offered when it cannot be opened.',
      );
    }
    const backup = this.listBackups().find((b) => b.file === file);
    if (!backup) {
      throw new AppError('not_found', `There is no backup named "${file}" in ${this.backupsDir}.`);
    }
    const source = path.join(this.backupsDir, backup.file);
    const check = inspectDatabaseFile(source, this.options);
    if (!check.ok) {
      throw new AppError(
        'refused',
        `The backup "${file}" is damaged too (${check.message}); choose another one.`,
      );
    }
    if (check.version > latestVersion(this.migrationList)) {
      throw new AppError(
        'refused',
        new NewerDatabaseError(check.version, latestVersion(this.migrationList)).message,
      );
    }
    this.moveAside();
    const restoring = `${this.file}.restoring`;
    fs.copyFileSync(source, restoring);
    fs.renameSync(restoring, this.file);
    await this.openFile();
  }

  close(): void {
    if (this.state.kind === 'open') this.state.db.close();
    this.state = {
      kind: 'unavailable',
      health: { state: 'damaged', message: 'The database was closed.', newestGoodBackup: null },
    };
  }

  private get migrationList(): readonly Migration[] {
    return this.options.migrations ?? knownMigrations;
  }

  private async openFile(): Promise<void> {
    fs.mkdirSync(this.options.dataDir, { recursive: true });
    if (fs.existsSync(this.file)) {
      // Read-only first: a damaged or newer file must never be written to.
      const check = inspectDatabaseFile(this.file, this.options);
      if (!check.ok) {
        const what =
          check.reason === 'damaged' ? 'is damaged and was not opened' : 'could not be read';
        this.unavailable(
          `The documents database (${this.file}) ${what}: ${check.message}. ` +
            'Nothing was written to it.',
          true,
        );
        return;
      }
      const known = latestVersion(this.migrationList);
      if (check.version > known) {
        this.unavailable(new NewerDatabaseError(check.version, known).message, false);
        return;
      }
    }
    let db: WriteDb | null = null;
    try {
      db = openWritable(this.file, this.options);
      await this.migrateWithBackup(db);
      this.options.onOpen?.(db);
      if (isBackupDue(this.backupsDir, this.options.now())) {
        const daily = await createBackup(
          db,
          this.backupsDir,
          this.options.now(),
          'daily',
          this.options,
        );
        if (!daily.ok) this.log(daily.message);
      }
      this.state = { kind: 'open', db };
    } catch (error) {
      db?.close();
      const reason = error instanceof Error ? error.message : String(error);
      this.unavailable(
        `The documents database (${this.file}) could not be opened: ${reason}.`,
        true,
      );
    }
  }

  private async migrateWithBackup(db: WriteDb): Promise<void> {
    const from = schemaVersion(db);
    const pending = pendingMigrations(from, this.migrationList);
    const last = pending.at(-1);
    if (!last) return;
    if (from > 0) {
      const result = await createBackup(
        db,
        this.backupsDir,
        this.options.now(),
        `before-v${last.version}`,
        this.options,
      );
      if (!result.ok) throw new Error(`no upgrade without a good backup first: ${result.message}`);
    }
    migrate(db, this.migrationList);
  }

  private unavailable(message: string, offerBackup: boolean): void {
    const backup = offerBackup ? newestGoodBackup(this.backupsDir, this.options) : null;
    const advice = !offerBackup
      ? ''
      : backup
        ? ' Restore a backup to continue.'
        : ` No good backup was found in ${this.backupsDir}.`;
    this.state = {
      kind: 'unavailable',
      health: { state: 'damaged', message: message + advice, newestGoodBackup: backup },
    };
  }

  private moveAside(): void {
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(this.options.dataDir, `documents.damaged-${stamp}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(this.file + suffix)) fs.renameSync(this.file + suffix, aside + suffix);
    }
  }

  private log(message: string): void {
    (this.options.log ?? console.warn)(message);
  }
}
