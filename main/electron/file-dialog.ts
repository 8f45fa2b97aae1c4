import { BrowserWindow, dialog } from 'electron';

/** The native open dialog for evidence: the back end then reads the file where it is. */
export async function chooseCsvFile(): Promise<{ filePath: string | null }> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import evidence (CSV)',
    properties: ['openFile'],
    filters: [
      { name: 'CSV and text exports', extensions: ['csv', 'tsv', 'txt'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return { filePath: result.canceled ? null : (result.filePaths[0] ?? null) };
}
