import fs from 'node:fs';
import packageJson from '../package.json';
import type { DatabaseHealth } from '../shared/contract';
import type { ApiContext } from './api/context';
import type { Handlers } from './api/dispatch';
import { EventBus } from './api/event-bus';
import { createHandlers } from './api/handlers';
import { DocumentsDatabase } from './db/documents-database';
import type { WriteDb } from './db/handles';
import { PostmortemRepository } from './postmortems/repository';
import { seedDemoOnce } from './postmortems/seed';
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
  log?: (message: string) => void;
}

export interface Backend {
  handlers: Handlers;
  events: EventBus;
  dataDir: string;
  /** Current, so it reads 'ok' after a successful app.restoreBackup. */
  readonly health: DatabaseHealth;
  close(): void;
}

/**
 * The whole back end without any transport: opens (checks, backs up, migrates) the documents
 * database in `dataDir`, seeds the demo once, and returns the handler table both transports serve.
 * A damaged database does not throw: `health` says so and the postmortem calls answer 'unavailable'.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const templates = options.templates ?? sharedTemplates;
  const repositories = new WeakMap<WriteDb, PostmortemRepository>();
  const repositoryFor = (db: WriteDb): PostmortemRepository => {
    let repository = repositories.get(db);
    if (!repository) {
      repository = new PostmortemRepository(db, now);
      repositories.set(db, repository);
    }
    return repository;
  };

  fs.mkdirSync(options.dataDir, { recursive: true });
  const documents = await DocumentsDatabase.open({
    dataDir: options.dataDir,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.log ? { log: options.log } : {}),
    onOpen: (db) => {
      const repository = repositoryFor(db);
      repository.purgeDeleted();
      seedDemoOnce(db, repository, templates);
    },
  });

  const events = new EventBus();
  const ctx: ApiContext = {
    version: packageJson.version,
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir ?? null,
    events,
    documents,
    templates,
    postmortems: () => repositoryFor(documents.writable()),
  };

  return {
    handlers: createHandlers(ctx),
    events,
    dataDir: options.dataDir,
    get health() {
      return documents.health;
    },
    close: () => documents.close(),
  };
}
