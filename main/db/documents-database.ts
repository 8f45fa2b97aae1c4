import fs from 'node:fs';
import path from 'node:path';
import {
  AppError,
  type BackupInfo,
  type DatabaseHealth,
  type OpenProblem,
} from '../../shared/contract';
import { backupDir, createBackup, isBackupDue, listBackups, newestGoodBackup } from './backup';
import { openWritable, schemaVersion, type ConnectionOptions } from './connection';
import { describeKind, type FailureKind } from './failure-kind';
import type { WriteDb } from './handles';
import { inspectDatabaseFile, kindOf } from './inspect';
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
    health: { state: 'cannot_open', problem: 'other', message: 'Not opened yet.' },
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

  /** The open handle; while it cannot be used every caller gets the same clear 'unavailable' error. */
  writable(): WriteDb {
    if (this.state.kind === 'open') return this.state.db;
    const health = this.state.health;
    throw new AppError('unavailable', health.state === 'ok' ? 'Not available.' : health.message);
  }

  /** Opens the file again after its problem was fixed (space freed, access given, lock released). */
  async retryOpen(): Promise<void> {
    if (this.state.kind === 'open') return;
    if (this.restoring) {
      throw new AppError('refused', 'A backup is being restored; wait for it to finish.');
    }
    this.restoring = true;
    try {
      await this.openFile();
    } finally {
      this.restoring = false;
    }
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
        'The database is healthy; restoring a backup is only offered when it is damaged or missing.',
      );
    }
    const health = this.state.health;
    if (health.state !== 'damaged' && health.state !== 'missing') {
      // A file that cannot be opened, or one from a newer version, may hold work no backup has.
      throw new AppError(
        'refused',
        'A backup replaces only a damaged or missing database, and this one is neither: ' +
          (health.state === 'ok' ? 'it is open.' : health.message),
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
      health: { state: 'cannot_open', problem: 'other', message: 'The database was closed.' },
    };
  }

  private get migrationList(): readonly Migration[] {
    return this.options.migrations ?? knownMigrations;
  }

  private async openFile(): Promise<void> {
    fs.mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 });
    if (this.isMissingOrEmpty()) {
      if (this.listBackups().length > 0) {
        // Backups beside a missing or empty database mean work existed here: starting afresh
        // would hide it, and the daily rotation would in time delete it.
        const what = fs.existsSync(this.file) ? 'is empty (0 bytes)' : 'is missing';
        this.recoverable(
          'missing',
          `The documents database (${this.file}) ${what}, but ${this.backupsDir} holds backups. ` +
            'Nothing new was created.',
        );
        return;
      }
    } else {
      // Read-only first: a damaged or newer file must never be written to.
      const check = inspectDatabaseFile(this.file, this.options);
      if (!check.ok) {
        if (check.kind === 'damaged') {
          this.recoverable(
            'damaged',
            `The documents database (${this.file}) is damaged and was not opened: ${check.message}. ` +
              'Nothing was written to it.',
          );
        } else this.cannotOpen(check.kind, check.message);
        return;
      }
      const known = latestVersion(this.migrationList);
      if (check.version > known) {
        this.state = {
          kind: 'unavailable',
          health: { state: 'newer', message: new NewerDatabaseError(check.version, known).message },
        };
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
      const kind = kindOf(error, this.file);
      if (kind === 'damaged') {
        this.recoverable(
          'damaged',
          `The documents database (${this.file}) is damaged: ${reason}. Nothing more was written.`,
        );
      } else this.cannotOpen(kind, reason);
    }
  }

  /** No file, or 0 bytes with no write-ahead log beside it (SQLite would find nothing in it). */
  private isMissingOrEmpty(): boolean {
    const size = (file: string) => {
      try {
        return fs.statSync(file).size;
      } catch {
        return 0;
      }
    };
    return size(this.file) === 0 && size(`${this.file}-wal`) === 0;
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

  /** Damaged or missing: the newest good backup is offered. */
  private recoverable(state: 'damaged' | 'missing', message: string): void {
    const backup = newestGoodBackup(this.backupsDir, this.options);
    const advice = backup
      ? ' Restore a backup to continue.'
      : ` No good backup was found in ${this.backupsDir}.`;
    this.state = {
      kind: 'unavailable',
      health: { state, message: message + advice, newestGoodBackup: backup },
    };
  }

  /** The file may be fine: say what is in the way and how to fix it; never offer a backup. */
  private cannotOpen(kind: FailureKind, reason: string): void {
    const problem: OpenProblem = kind === 'damaged' ? 'other' : kind;
    const fix: Record<OpenProblem, string> = {
      permission: `Give your user read and write access to ${this.options.dataDir} and its files`,
      read_only: `Move the data folder to a writable disk, or make ${this.options.dataDir} writable`,
      locked: 'Close the other program or Postmortem Studio window using it',
      disk_full: 'Free some space on the disk',
      io: 'Check the disk',
      other: 'Fix the cause named above',
    };
    this.state = {
      kind: 'unavailable',
      health: {
        state: 'cannot_open',
        problem,
        message:
          `The documents database (${this.file}) could not be opened: ${describeKind(kind)} ` +
          `(${reason}). It is not damaged and nothing was changed. ${fix[problem]}, then try again.`,
      },
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
