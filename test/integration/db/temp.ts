import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh folder under the OS temp dir, removed after each test. */
export function tempDir(prefix = 'pm-db-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  const dirs = made.splice(0);
  try {
    for (const dir of dirs) expectNoOrphans(dir);
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * `PRAGMA foreign_key_check` is empty in every database a test leaves behind: no pin, link or item
 * points at a row that is gone. Files that do not open as healthy databases (the damaged-file
 * tests make them on purpose) are the other tests' business.
 */
function expectNoOrphans(dir: string): void {
  for (const file of sqliteFiles(dir)) {
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
    } catch {
      continue;
    }
    let orphans: unknown[] = [];
    try {
      orphans = db.pragma('foreign_key_check') as unknown[];
    } catch {
      // Damaged or not a database: not this check's concern.
    } finally {
      db.close();
    }
    if (orphans.length > 0) {
      throw new Error(
        `${file} has rows whose foreign key points nowhere: ${JSON.stringify(orphans.slice(0, 5))}`,
      );
    }
  }
}

function sqliteFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(sqlite|db)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-01-10T09:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => {
      current = new Date(iso);
    },
    advanceDays: (days: number) => {
      current = new Date(current.getTime() + days * 24 * 60 * 60 * 1000);
    },
  };
}
