import fs from 'node:fs';
import path from 'node:path';

// Staging files this process is writing or holding for a preview. Anything else named
// <uuid>.sqlite.partial in an evidence folder is left over from a cancelled, crashed or killed
// import and is removed; committed <uuid>.sqlite files are never touched here.
const active = new Set<string>();

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PARTIAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.sqlite\.partial$/;

export function isEvidenceId(id: string): boolean {
  return ID.test(id);
}

export function stagingPathFor(evidenceDir: string, id: string): string {
  return path.join(evidenceDir, `${id}.sqlite.partial`);
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

/** Removes stale staging files in evidenceDir; returns the names removed. */
export function removeStalePartials(evidenceDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(evidenceDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!PARTIAL.test(name)) continue;
    const file = path.join(evidenceDir, name);
    if (isActive(file)) continue;
    removeFileQuietly(file);
    removed.push(name);
  }
  return removed;
}
