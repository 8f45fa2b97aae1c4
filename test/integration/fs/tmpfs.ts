import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let probed: string | null | undefined;

/**
 * Why a small tmpfs cannot be mounted here (a disk that really fills up, or really turns
 * read-only), or null when it can: mounting needs root with CAP_SYS_ADMIN, on Linux.
 */
export function tmpfsUnavailable(): string | null {
  if (probed !== undefined) return probed;
  if (process.platform !== 'linux') return (probed = 'mounting a tmpfs needs Linux');
  if (process.getuid?.() !== 0) return (probed = 'mounting a tmpfs needs root');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'pipe' });
    execFileSync('umount', [dir], { stdio: 'pipe' });
    probed = null;
  } catch (error) {
    probed = `this machine refuses to mount a tmpfs (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return probed;
}

export interface Tmpfs {
  dir: string;
  remount(mode: 'ro' | 'rw'): void;
  /** Fills the disk to the last byte with a file that `unfill` removes. */
  fill(): void;
  unfill(): void;
  unmount(): void;
}

/** A tmpfs of `megabytes` MB at a fresh folder (call tmpfsUnavailable() first). */
export function mountTmpfs(megabytes: number): Tmpfs {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0755`, 'tmpfs', dir]);
  const filler = path.join(dir, 'filler.bin');
  return {
    dir,
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, dir]),
    fill: () => {
      const fd = fs.openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024, 1);
      try {
        for (let size = block.length; size >= 1; size = Math.floor(size / 2)) {
          for (;;) {
            try {
              fs.writeSync(fd, block, 0, size);
            } catch {
              break;
            }
          }
        }
      } finally {
        fs.closeSync(fd);
      }
    },
    unfill: () => fs.rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', ['-l', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
