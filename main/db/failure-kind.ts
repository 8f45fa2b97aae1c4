import fs from 'node:fs';
import path from 'node:path';

/**
 * Why a file could not be read or written, in the terms the user can act on. "Damaged" is the only
 * kind a backup can fix; the others are about the disk or another process, and the file is fine.
 */
export type FailureKind =
  'disk_full' | 'read_only' | 'permission' | 'locked' | 'damaged' | 'io' | 'other';

/** SQLite's extended codes (better-sqlite3's `code`) and Node's errno codes, by kind. */
export function failureKind(error: unknown): FailureKind {
  const code = codeOf(error);
  if (code === null) return 'other';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'read_only';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM') return 'permission';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  return 'other';
}

export function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/**
 * SQLite says only SQLITE_CANTOPEN (or READONLY) when the operating system refused; asking the
 * file system tells a permission from a read-only disk. Returns null when nothing is in the way.
 */
export function accessProblem(file: string): 'read_only' | 'permission' | null {
  const targets = [
    { target: path.dirname(file), mode: fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK },
  ];
  if (fs.existsSync(file)) {
    targets.push({ target: file, mode: fs.constants.R_OK | fs.constants.W_OK });
  }
  for (const { target, mode } of targets) {
    try {
      fs.accessSync(target, mode);
    } catch (error) {
      const kind = failureKind(error);
      if (kind === 'read_only' || kind === 'permission') return kind;
    }
  }
  return null;
}

/**
 * SQLite reports some writes on a full disk as a plain I/O error (growing the -shm file, for
 * one): when the disk holding `dir` has (almost) no space left, that is what to say.
 */
export function refineByFreeSpace(kind: FailureKind, dir: string): FailureKind {
  if (kind !== 'io' && kind !== 'other') return kind;
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize < 1024 * 1024 ? 'disk_full' : kind;
  } catch {
    return kind;
  }
}

/** What to tell the user about a file that could not be opened or written, without the fix. */
export function describeKind(kind: FailureKind): string {
  switch (kind) {
    case 'disk_full':
      return 'the disk is full';
    case 'read_only':
      return 'the disk or folder is read-only';
    case 'permission':
      return 'this user is not allowed to read or write it (file permissions)';
    case 'locked':
      return 'another program holds it locked';
    case 'damaged':
      return 'the file is damaged';
    case 'io':
      return 'the disk reported a read or write error';
    case 'other':
      return 'it could not be opened';
  }
}
