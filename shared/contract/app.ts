import { z } from 'zod';
import { call } from './define';

export interface BackupInfo {
  file: string;
  createdAt: string;
  bytes: number;
}

export type DatabaseHealth =
  { state: 'ok' } | { state: 'damaged'; message: string; newestGoodBackup: BackupInfo | null };

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
  /** The desktop app's native file dialog; the browser host answers 'unavailable' (type a path). */
  'files.chooseCsv': call<{ filePath: string | null }>()(z.object({})),
} as const;
