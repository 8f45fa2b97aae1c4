// The Electron shell's entry (dist/main/electron.cjs): lifecycle only; the work is in ../backend.
import { app, BrowserWindow, dialog, session } from 'electron';
import fs from 'node:fs';
import { createBackend, type Backend } from '../backend';
import { resolveDataDir } from '../host/args';
import { guardWebContents, createMainWindow } from './window';
import { installMenu } from './menu';
import { allowPresenterWindows } from './presenter-window';
import { chooseCsvFile } from './file-dialog';
import { registerIpc } from './ipc';
import { openElectronPrinter } from './pdf';
import { saveExportHandler } from './save-export';
import { nativePaths } from './native-paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { lockDownSession } from './session-policy';

const isDevelopment = !app.isPackaged;
let backend: Backend | null = null;

function closeBackend(): void {
  // Closing checkpoints the WAL, so the database is one whole file after quitting.
  backend?.close();
  backend = null;
}

async function start(): Promise<void> {
  const paths = nativePaths({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    bundleDir: __dirname,
  });
  if (!fs.existsSync(paths.nativeBinding)) {
    throw new Error(
      `SQLite for Electron is missing (${paths.nativeBinding}). Run "npm run rebuild:electron".`,
    );
  }
  const dataDir = resolveDataDir(process.argv.slice(1), process.env, app.getPath('userData'));
  fs.mkdirSync(dataDir, { recursive: true });
  backend = await createBackend({
    dataDir,
    nativeBinding: paths.nativeBinding,
    resourcesDir: paths.resourcesDir,
    openPrinter: openElectronPrinter,
  });

  lockDownSession(session.defaultSession, isDevelopment);
  handleAppProtocol(session.defaultSession, paths.rendererDir);
  // The one call only the shell can answer: the back end's own version says 'unavailable'.
  registerIpc(
    {
      ...backend.handlers,
      'files.chooseCsv': chooseCsvFile,
      'export.save': saveExportHandler(backend),
    },
    backend.events,
  );
  installMenu(backend.handlers, backend.events, dataDir, isDevelopment);
  createMainWindow(paths.preload);
  // After guardWebContents' deny-all handler: the last window-open handler set is the one used.
  allowPresenterWindows(paths.preload);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths.preload);
  });
}

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database; it brings its window forward (below).
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    // Quitting waits for the back end's worker threads to end: one torn down inside a SQLite call
    // can abort the process. The second will-quit finds no back end and lets the app go.
    const running = backend;
    if (!running) return;
    backend = null;
    event.preventDefault();
    void running.stop().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Postmortem Studio could not start', message);
      closeBackend();
      app.exit(1);
    });
}
