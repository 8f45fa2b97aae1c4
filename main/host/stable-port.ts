import fs from 'node:fs';
import path from 'node:path';

// The page keeps its drafts in the browser's storage, which belongs to the page's origin
// (http://127.0.0.1:PORT). A host that picked a new port on every start would leave them behind in
// the old origin: so each data folder remembers its port and reuses it while it is free.
const FILE = 'host.json';

/** The port this data folder's host last listened on, or null. */
export function rememberedPort(dataDir: string): number | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as unknown;
    const port = (parsed as { port?: unknown } | null)?.port;
    return typeof port === 'number' && Number.isInteger(port) && port > 0 && port <= 65535
      ? port
      : null;
  } catch {
    return null;
  }
}

/** Written after the host listens; losing it only costs the next start its old port. */
export function rememberPort(dataDir: string, port: number): void {
  const file = path.join(dataDir, FILE);
  try {
    fs.writeFileSync(`${file}.tmp`, `${JSON.stringify({ port })}\n`, { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only or full data folder: the host still runs, on a port it may not get again.
  }
}

/**
 * Listens with `listen(port)` on the remembered port when there is one, and on any free port
 * (0) when it is taken or there is none; remembers the port it got.
 */
export async function listenOnStablePort<T extends { port: number }>(
  dataDir: string,
  listen: (port: number) => Promise<T>,
): Promise<T> {
  const previous = rememberedPort(dataDir);
  let started: T | null = null;
  if (previous !== null) {
    try {
      started = await listen(previous);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    }
  }
  started ??= await listen(0);
  if (started.port !== previous) rememberPort(dataDir, started.port);
  return started;
}
