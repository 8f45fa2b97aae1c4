import type { DocumentsDatabase } from '../db/documents-database';
import type { TemplateCatalogue } from '../postmortems/templates';
import type { PrinterFactory } from '../export/pdf/printer';
import type { Services } from '../services';
import type { EventBus } from './event-bus';

/** What the handler groups share: the services composed once by createBackend, and the basics. */
export interface ApiContext {
  version: string;
  dataDir: string;
  resourcesDir: string | null;
  events: EventBus;
  documents: DocumentsDatabase;
  templates: TemplateCatalogue;
  /** The back end's clock (createBackend's `now`): meeting instants are stamped with it. */
  now: () => Date;
  /** Prints the report to PDF: Electron's printToPDF in the desktop app, a found Chromium elsewhere. */
  openPrinter?: PrinterFactory;
  /** Starts the printer ahead of a likely PDF export (the export panel opened). */
  prewarmPrinter?: () => void;
  services: Services;
}
