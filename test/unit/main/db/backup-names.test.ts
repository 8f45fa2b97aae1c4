import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBackupDue, listBackups } from '../../../../main/db/backup';

const dirs: string[] = [];
function folderWith(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-names-'));
  dirs.push(dir);
  for (const file of files) fs.writeFileSync(path.join(dir, file), 'x'.repeat(file.length));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup names', () => {
  it('lists only backup files, newest first, with the time and size from the file', () => {
    const dir = folderWith([
      'documents-2026-01-02T03-04-05-006Z-daily.sqlite',
      'documents-2026-01-03T00-00-00-000Z-before-v2.sqlite',
      'documents-2026-01-01T00-00-00-000Z.sqlite',
      '.documents-2026-01-04T00-00-00-000Z-daily.sqlite.partial',
      'documents.sqlite',
      'notes.txt',
    ]);
    expect(listBackups(dir)).toEqual([
      {
        file: 'documents-2026-01-03T00-00-00-000Z-before-v2.sqlite',
        createdAt: '2026-01-03T00:00:00.000Z',
        bytes: 51,
      },
      {
        file: 'documents-2026-01-02T03-04-05-006Z-daily.sqlite',
        createdAt: '2026-01-02T03:04:05.006Z',
        bytes: 47,
      },
      {
        file: 'documents-2026-01-01T00-00-00-000Z.sqlite',
        createdAt: '2026-01-01T00:00:00.000Z',
        bytes: 41,
      },
    ]);
  });

  it('has nothing to list when the folder is missing', () => {
    expect(listBackups(path.join(os.tmpdir(), 'pm-no-such-folder-' + process.pid))).toEqual([]);
  });

  it('is due when there is no backup or the newest is a day old', () => {
    const dir = folderWith(['documents-2026-01-02T10-00-00-000Z-daily.sqlite']);
    expect(isBackupDue(dir, new Date('2026-01-03T09:59:59.999Z'))).toBe(false);
    expect(isBackupDue(dir, new Date('2026-01-03T10:00:00.000Z'))).toBe(true);
    expect(isBackupDue(folderWith([]), new Date('2026-01-03T10:00:00.000Z'))).toBe(true);
  });
});
