import { z } from 'zod';
import { call } from './define';

export interface BackupInfo {
  file: string;
  createdAt: string;
  bytes: number;
}

/** Why a healthy database could not be opened: the user fixes this, not a backup. */
export type OpenProblem = 'permission' | 'read_only' | 'locked' | 'disk_full' | 'io' | 'other';

/**
 * - damaged: the file fails its integrity check or is not a database; a backup may replace it.
 * - missing: the file is missing or empty while backups exist: a recovery, never a fresh start.
 * - cannot_open: the file may be fine but cannot be opened now (`problem`); fix it and retry.
 * - newer: written by a newer version of the app; refused as it is, never replaced.
 */
export type DatabaseHealth =
  | { state: 'ok' }
  | { state: 'damaged' | 'missing'; message: string; newestGoodBackup: BackupInfo | null }
  | { state: 'cannot_open'; problem: OpenProblem; message: string }
  | { state: 'newer'; message: string };

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  health: DatabaseHealth;
}

export const appCalls = {
  'app.info': call<AppInfo>()(z.object({})),
  'app.listBackups': call<BackupInfo[]>()(z.object({})),
  /** Replaces a damaged database with a backup; the damaged file is kept aside, never deleted. */
  'app.restoreBackup': call<AppInfo>()(z.object({ file: z.string().min(1).max(255) })),
  /** Tries again to open a database that could not be opened (after freeing space, fixing access). */
  'app.retryOpen': call<AppInfo>()(z.object({})),
  /** The desktop app's native file dialog; the browser host answers 'unavailable' (type a path). */
  'files.chooseCsv': call<{ filePath: string | null }>()(z.object({})),
} as const;
