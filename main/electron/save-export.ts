import { BrowserWindow, dialog } from 'electron';
import type { ExportRequest, ExportResult } from '../../shared/contract/export';
import type { Backend } from '../backend';
import { fileNameFor } from '../export/export-service';

const FILTERS = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  md: [{ name: 'Markdown (charts in a folder beside it)', extensions: ['md'] }],
  bundle: [{ name: 'Portable postmortem file', extensions: ['postmortem'] }],
};

/**
 * 'export.save' in the desktop app: the native save dialog chooses the file, then the back end
 * writes it. The window never names a path, so it can write nowhere the user did not choose.
 */
export function saveExportHandler(backend: Backend) {
  return async (request: ExportRequest): Promise<ExportResult | { cancelled: true }> => {
    const outcome = await backend.handlers['postmortems.get']({ id: request.postmortemId });
    const options: Electron.SaveDialogOptions = {
      title: 'Export the report',
      defaultPath: fileNameFor(outcome.title, request.format),
      filters: FILTERS[request.format],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { cancelled: true };
    return backend.exports.toFile(request, result.filePath);
  };
}
