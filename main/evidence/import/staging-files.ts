import fs from 'node:fs';
import path from 'node:path';

// Staging files this process is writing or holding for a preview. A staging file is named
// <uuid>.<pid>.sqlite.partial after the process that owns it: another process on the same data
// folder (the command line, a second host) leaves it alone while that process lives, and removes
// it once that process is gone (a crash, a kill). Committed <uuid>.sqlite files are never touched here.
const active = new Set<string>();

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Names without a pid come from earlier versions: always leftovers.
const PARTIAL =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\.(\d+))?\.sqlite\.partial$/;

export function isEvidenceId(id: string): boolean {
  return ID.test(id);
}

export function stagingPathFor(evidenceDir: string, id: string): string {
  return path.join(evidenceDir, `${id}.${process.pid}.sqlite.partial`);
}

/** Whether process `pid` runs (EPERM: it does, under another user). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function committedPathFor(evidenceDir: string, id: string): string {
  return path.join(evidenceDir, `${id}.sqlite`);
}

export function markActive(file: string): void {
  active.add(path.resolve(file));
}

export function markInactive(file: string): void {
  active.delete(path.resolve(file));
}

export function isActive(file: string): boolean {
  return active.has(path.resolve(file));
}

export function removeFileQuietly(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // Best effort: a leftover partial is removed by the next cleanup.
    }
  }
}

/**
 * Removes stale staging files in evidenceDir: this process's that it no longer holds, and those of
 * processes that are gone. Returns the names removed.
 */
export function removeStalePartials(evidenceDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(evidenceDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = PARTIAL.exec(name);
    if (!match) continue;
    const file = path.join(evidenceDir, name);
    if (isActive(file)) continue;
    const owner = match[1] === undefined ? null : Number(match[1]);
    if (owner !== null && owner !== process.pid && processIsAlive(owner)) continue;
    removeFileQuietly(file);
    removed.push(name);
  }
  return removed;
}
