import type { BackupInfo } from '../../shared/contract';

/** How many backups to keep: the newest of each of the last N days, ISO weeks and months. */
export interface Retention {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: Retention = { daily: 7, weekly: 4, monthly: 6 };

/**
 * The backups (newest first) that rotation keeps: the newest backup of each of the last
 * `daily` days, `weekly` ISO weeks and `monthly` months that have one, the newest backup taken
 * before a migration, and `holdsMore` (the newest backup holding more than the current database),
 * so a database emptied by accident can never rotate out the last copy of the work it lost.
 */
export function backupsToKeep(
  backups: readonly BackupInfo[],
  retention: Retention,
  holdsMore: BackupInfo | null,
): Set<string> {
  const keep = new Set<string>();
  const newestPer = (period: (createdAt: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of backups) {
      const key = period(backup.createdAt);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(backup.file);
    }
  };
  newestPer((t) => t.slice(0, 10), retention.daily);
  newestPer(isoWeek, retention.weekly);
  newestPer((t) => t.slice(0, 7), retention.monthly);
  const beforeMigration = backups.find((b) => /-before-v\d+(-\d+)?\.sqlite$/.test(b.file));
  if (beforeMigration) keep.add(beforeMigration.file);
  if (holdsMore) keep.add(holdsMore.file);
  return keep;
}

/** "2026-W02" for an ISO 8601 instant (UTC): weeks start on Monday, week 1 holds January 4th. */
export function isoWeek(createdAt: string): string {
  const date = new Date(createdAt.slice(0, 10) + 'T00:00:00Z');
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  // The Thursday of this week decides the year the week belongs to.
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  const week1Monday = firstThursday.getTime() - firstWeekday * 86_400_000;
  const week = Math.floor((thursday.getTime() - week1Monday) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
