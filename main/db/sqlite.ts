import Database from 'better-sqlite3';

// Workers inherit a copy of process.env, so the binding chosen by the Electron shell reaches the
// import workers without being threaded through every call.
const BINDING_ENV = 'POSTMORTEM_STUDIO_SQLITE_BINDING';

/**
 * Chooses the better_sqlite3.node every later connection in this process and its workers uses.
 * Electron needs its own build (another ABI); under Node (tests, browser host, CLI) it stays unset
 * and node_modules' build is used.
 */
export function useNativeBinding(file: string | undefined): void {
  if (file) process.env[BINDING_ENV] = file;
}

export function nativeBindingInUse(): string | undefined {
  return process.env[BINDING_ENV] || undefined;
}

/** Every SQLite connection of the back end opens through here, so none misses the binding. */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = options.nativeBinding ?? nativeBindingInUse();
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
