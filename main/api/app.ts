import { AppError, type AppInfo } from '../../shared/contract';
import type { appCalls } from '../../shared/contract/app';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

export function appInfo(ctx: ApiContext): AppInfo {
  return {
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.documents.file,
    health: ctx.documents.health,
  };
}

export function appHandlers(ctx: ApiContext): HandlerGroup<typeof appCalls> {
  return {
    'app.info': () => appInfo(ctx),
    'app.listBackups': () => ctx.documents.listBackups(),
    'app.restoreBackup': async ({ file }) => {
      await ctx.documents.restoreBackup(file);
      return appInfo(ctx);
    },
    'app.retryOpen': async () => {
      await ctx.documents.retryOpen();
      return appInfo(ctx);
    },
    // The Electron shell replaces this handler with its native dialog (main/electron/file-dialog.ts).
    'files.chooseCsv': () => {
      throw new AppError(
        'unavailable',
        'A file dialog exists only in the desktop app: type or paste the full path of the file.',
      );
    },
  };
}
