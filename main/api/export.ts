import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { exportCalls } from '../../shared/contract/export';
import { BundleError } from '../export/bundle/format';
import { callerOver } from '../export/caller';
import { ExportService } from '../export/export-service';
import { openChromiumPrinter } from '../export/pdf/chromium';
import type { ApiContext } from './context';
import type { Handlers } from './dispatch';
import type { HandlerGroup } from './handler-group';

/** The export service of a back end: reads through the whole handler table, like a window. */
export function exportServiceFor(ctx: ApiContext, handlers: () => Handlers): ExportService {
  return new ExportService({
    call: callerOver(handlers),
    now: ctx.now,
    resourcesDir: ctx.resourcesDir,
    openPrinter: ctx.openPrinter ?? (() => openChromiumPrinter()),
    onProgress: (p) => ctx.events.emit('export.progress', p),
    bundleSource: () => ({
      db: ctx.documents.writable(),
      evidenceDir: path.join(ctx.dataDir, 'evidence'),
      appVersion: ctx.version,
      now: ctx.now,
    }),
    bundleTarget: () => ({
      db: ctx.documents.writable(),
      evidenceDir: path.join(ctx.dataDir, 'evidence'),
      afterInsert: (id) => ctx.services.postmortems().reindex(id),
    }),
    onImported: (id) => ctx.events.emit('library.changed', { id }),
  });
}

export function exportHandlers(
  ctx: ApiContext,
  handlers: () => Handlers,
): HandlerGroup<typeof exportCalls> {
  const service = exportServiceFor(ctx, handlers);
  return {
    'export.preview': ({ postmortemId, choices }) => {
      // The panel is open: a PDF is likely next, and Chromium's start is most of its time.
      ctx.prewarmPrinter?.();
      return service.preview(postmortemId, choices);
    },
    // The Electron shell replaces this handler: it asks where with the native save dialog.
    'export.save': () => {
      throw new AppError(
        'unavailable',
        'Saving to a chosen file exists only in the desktop app: download the export instead.',
      );
    },
    'export.importBundle': ({ filePath }) => {
      try {
        return service.importBundle(filePath);
      } catch (error) {
        if (error instanceof BundleError) throw new AppError('invalid_input', error.message);
        throw error;
      }
    },
    'export.download': async (request) => {
      const { title } = ctx.services.postmortems().get(request.postmortemId);
      return service.download(request, title);
    },
  };
}
