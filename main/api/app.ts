import type { AppInfo } from '../../shared/contract';
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
  };
}
