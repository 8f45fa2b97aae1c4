import Database from 'better-sqlite3';
import { version } from '../package.json';
import type { DatabaseHealth } from '../shared/contract';
import type { ApiContext } from './api/context';
import type { Handlers } from './api/dispatch';
import { EventBus } from './api/event-bus';
import { reportingFailures } from './api/failures';
import { createHandlers } from './api/handlers';
import { exportServiceFor } from './api/export';
import type { ExportService } from './export/export-service';
import { openChromiumPrinter } from './export/pdf/chromium';
import type { PrinterFactory } from './export/pdf/printer';
import { WarmPrinter } from './export/pdf/warm-printer';
import { startEvidence } from './evidence/start';
import { prepareDataDir } from './db/data-dir';
import { DocumentsDatabase } from './db/documents-database';
import { useNativeBinding } from './db/sqlite';
import { openFileLog, type FileLog } from './log/file-log';
import { seedDemoOnce } from './postmortems/seed';
import { Services } from './services';
import { sharedTemplates } from './postmortems/template-source';
import type { TemplateCatalogue } from './postmortems/templates';

export interface BackendOptions {
  dataDir: string;
  /** better_sqlite3.node built for Electron's ABI; omitted under Node. */
  nativeBinding?: string;
  resourcesDir?: string;
  /** The clock for timestamps, backups and the bin; tests move it. */
  now?: () => Date;
  /** Defaults to shared/template's scenarios and demo. */
  templates?: TemplateCatalogue;
  /** Where notices go besides the log file (the console by default). */
  log?: (message: string) => void;
  /** How the report is printed to PDF; a Chromium found on the machine by default. */
  openPrinter?: PrinterFactory;
  /** stop() lets evidence column caches being written after imports finish (the command line). */
  finishCaches?: boolean;
}

export interface Backend {
  handlers: Handlers;
  events: EventBus;
  /** The export, for the desktop shell's save dialog (it writes where the user chose). */
  exports: ExportService;
  dataDir: string;
  /** The rotating log file in the data folder that error messages point to. */
  logFile: FileLog;
  /** Current, so it reads 'ok' after a successful app.restoreBackup. */
  readonly health: DatabaseHealth;
  close(): void;
  /** close(), resolved once the worker threads have ended: await it before the process exits. */
  stop(): Promise<void>;
}

/**
 * The whole back end without any transport: opens (checks, backs up, migrates) the documents
 * database in `dataDir`, seeds the demo once, and returns the handler table both transports serve.
 * A damaged database does not throw: `health` says so and the postmortem calls answer 'unavailable'.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const templates = options.templates ?? sharedTemplates;
  checkNativeBinding(options.nativeBinding);
  prepareDataDir(options.dataDir);
  const logFile = openFileLog(options.dataDir, { echo: options.log === undefined });
  const log = (message: string) => {
    logFile.write(message);
    options.log?.(message);
  };
  useNativeBinding(options.nativeBinding);
  const events = new EventBus();
  let documents: DocumentsDatabase | null = null;
  const services = new Services({
    dataDir: options.dataDir,
    events,
    now,
    finishCaches: options.finishCaches ?? false,
    db: () => {
      if (!documents) throw new Error('The documents database is not open yet.');
      return documents.writable();
    },
  });

  const opened = await DocumentsDatabase.open({
    dataDir: options.dataDir,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    log,
    onOpen: (db) => {
      const repository = services.bind(db);
      repository.purgeDeleted();
      try {
        seedDemoOnce(db, repository, templates);
      } catch (error) {
        // A broken demo must not lock the user out of their own documents.
        log(`The demo postmortem was not added: ${error instanceof Error ? error.message : error}`);
      }
    },
  });

  documents = opened;
  const printer = new WarmPrinter(options.openPrinter ?? (() => openChromiumPrinter()));
  const ctx: ApiContext = {
    version,
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir ?? null,
    events,
    documents: opened,
    templates,
    now,
    openPrinter: printer.factory,
    prewarmPrinter: () => printer.prewarm(),
    services,
  };
  // Removes unfinished or orphaned evidence files and imports the demo's evidence once; never throws.
  await startEvidence(ctx, log);

  const handlers = reportingFailures(createHandlers(ctx), options.dataDir, logFile);
  return {
    handlers,
    events,
    exports: exportServiceFor(ctx, () => handlers),
    dataDir: options.dataDir,
    logFile,
    get health() {
      return opened.health;
    },
    close: () => {
      void printer.dispose();
      services.dispose();
      opened.close();
    },
    stop: async () => {
      const stopped = Promise.all([services.stop(), printer.dispose()]);
      opened.close();
      await stopped;
    },
  };
}

/**
 * A better_sqlite3.node built for the wrong ABI is a broken install, not a damaged database: say so
 * plainly instead of reporting the user's documents as unreadable.
 */
function checkNativeBinding(nativeBinding: string | undefined): void {
  try {
    new Database(':memory:', nativeBinding ? { nativeBinding } : {}).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `SQLite's native module could not be loaded${nativeBinding ? ` from ${nativeBinding}` : ''}: ` +
        `${reason}. Rebuild it for this runtime (npm run rebuild:electron for Electron).`,
    );
  }
}
