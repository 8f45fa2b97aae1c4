import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../../shared/contract';
import { backupsToKeep, DEFAULT_RETENTION, isoWeek } from '../../../../main/db/backup-retention';

/** One backup a day at 09:00 from `first`, for `days` days, newest first (as listBackups gives). */
function daily(first: string, days: number, suffix = 'daily'): BackupInfo[] {
  const start = Date.parse(`${first}T09:00:00.000Z`);
  return Array.from({ length: days }, (_, i) => {
    const createdAt = new Date(start + i * 86_400_000).toISOString();
    return {
      file: `documents-${createdAt.replace(/[:.]/g, '-')}-${suffix}.sqlite`,
      createdAt,
      bytes: 1,
    };
  }).reverse();
}

/** Keeps what rotation would keep if it ran after every backup, as the app does. */
function rotateDaily(backups: BackupInfo[]): BackupInfo[] {
  let kept: BackupInfo[] = [];
  for (const next of [...backups].reverse()) {
    kept = [next, ...kept];
    const keep = backupsToKeep(kept, DEFAULT_RETENTION, null);
    kept = kept.filter((b) => keep.has(b.file));
  }
  return kept;
}

describe('backup retention', () => {
  it('names ISO weeks as ISO 8601 does, across the turn of the year', () => {
    expect(isoWeek('2026-01-01T09:00:00.000Z')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2025-12-29T09:00:00.000Z')).toBe('2026-W01'); // its Monday
    expect(isoWeek('2027-01-01T09:00:00.000Z')).toBe('2026-W53'); // a Friday
    expect(isoWeek('2027-01-04T09:00:00.000Z')).toBe('2027-W01');
    expect(isoWeek('2026-01-11T23:59:59.999Z')).toBe('2026-W02'); // a Sunday
  });

  it('after 400 daily starts keeps 7 days, 4 weeks and 6 months: 13 backups', () => {
    const kept = rotateDaily(daily('2026-01-01', 400)).map((b) => b.createdAt.slice(0, 10));
    // The last day, 2027-02-04, is a Thursday: its week and month count as the newest ones.
    expect(kept).toEqual([
      '2027-02-04',
      '2027-02-03',
      '2027-02-02',
      '2027-02-01',
      '2027-01-31',
      '2027-01-30',
      '2027-01-29',
      '2027-01-24',
      '2027-01-17',
      '2026-12-31',
      '2026-11-30',
      '2026-10-31',
      '2026-09-30',
    ]);
  });

  it('keeps the newest backup taken before a migration, and the one that holds more', () => {
    const backups = [
      ...daily('2026-03-01', 30),
      ...daily('2025-01-05', 1, 'before-v3'),
      ...daily('2025-01-01', 1),
    ];
    const holdsMore = backups.at(-1)!;
    const keep = backupsToKeep(backups, DEFAULT_RETENTION, holdsMore);
    expect(keep.has(backups.at(-2)!.file)).toBe(true);
    expect(keep.has(holdsMore.file)).toBe(true);
    expect(backupsToKeep(backups, DEFAULT_RETENTION, null).has(holdsMore.file)).toBe(false);
  });
});
