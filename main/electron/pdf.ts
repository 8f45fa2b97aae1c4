import { BrowserWindow, session } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from '../export/pdf/printer';

/**
 * Electron's printToPDF for the report: a hidden window in a session of its own, JavaScript off,
 * every request but the page's own file cancelled, no permissions. The page carries its own CSP.
 */
export async function openElectronPrinter(): Promise<PdfPrinter> {
  const printSession = session.fromPartition('report-print', { cache: false });
  let allowed = '';
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: details.url !== allowed });
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-report-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  let count = 0;
  return {
    async print(html, pass = 'final') {
      const file = path.join(dir, `report-${++count}.html`);
      fs.writeFileSync(file, html);
      allowed = pathToFileURL(file).href;
      await window.loadURL(allowed);
      const data = await window.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        // The layout pass is read for its named destinations only (see main/export/pdf).
        generateDocumentOutline: pass === 'final',
        generateTaggedPDF: pass === 'final',
      });
      fs.rmSync(file, { force: true });
      return new Uint8Array(data);
    },
    async close() {
      if (!window.isDestroyed()) window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
