import fs from 'node:fs';
import path from 'node:path';

/** Where the back end writes what went wrong; error messages name `file` so it can be found. */
export interface FileLog {
  readonly file: string;
  write(message: string, error?: unknown): void;
}

export const LOG_FILE = path.join('logs', 'postmortem-studio.log');
const MAX_BYTES = 1024 * 1024;
const KEEP = 3;

/**
 * A log file in the data folder, rotated at `maxBytes` into .1, .2, .3 (the oldest dropped): in
 * the desktop app nobody sees the main process's console. Writing never throws: a log that cannot
 * be written (a full disk) must not turn into a second failure, so it falls back to the console.
 */
export function openFileLog(
  dataDir: string,
  options: { maxBytes?: number; keep?: number; now?: () => Date; echo?: boolean } = {},
): FileLog {
  const file = path.join(dataDir, LOG_FILE);
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const keep = options.keep ?? KEEP;
  const now = options.now ?? (() => new Date());
  let warned = false;
  return {
    file,
    write(message, error) {
      const line = `${now().toISOString()} ${message}${error === undefined ? '' : ` ${detail(error)}`}\n`;
      if (options.echo !== false) console.error(line.trimEnd());
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        rotateIfFull(file, maxBytes, keep);
        fs.appendFileSync(file, line, { mode: 0o600 });
      } catch (failure) {
        if (options.echo === false) console.error(line.trimEnd());
        if (!warned) console.error(`The log file ${file} could not be written: ${detail(failure)}`);
        warned = true;
      }
    },
  };
}

function rotateIfFull(file: string, maxBytes: number, keep: number): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return;
  }
  if (size < maxBytes) return;
  fs.rmSync(`${file}.${keep}`, { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (fs.existsSync(`${file}.${n}`)) fs.renameSync(`${file}.${n}`, `${file}.${n + 1}`);
  }
  fs.renameSync(file, `${file}.1`);
}

function detail(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
