import type { DocumentsDatabase } from '../db/documents-database';
import type { PostmortemRepository } from '../postmortems/repository';
import type { TemplateCatalogue } from '../postmortems/templates';
import type { EventBus } from './event-bus';

/** What the handler groups share. Later groups (meeting, evidence) add their services here. */
export interface ApiContext {
  version: string;
  dataDir: string;
  resourcesDir: string | null;
  events: EventBus;
  documents: DocumentsDatabase;
  templates: TemplateCatalogue;
  /** The back end's clock (createBackend's `now`): meeting instants are stamped with it. */
  now: () => Date;
  /** The repository over the open database; throws AppError('unavailable') while it is damaged. */
  postmortems(): PostmortemRepository;
}
