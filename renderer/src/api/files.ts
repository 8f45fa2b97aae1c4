import type { DesktopFiles } from '../../../shared/contract/bridge';
import { transportKind } from './index';

/** Whether a native file dialog is there to choose evidence (the desktop app), or a typed path. */
export function canChooseFiles(): boolean {
  return transportKind() === 'electron';
}

/**
 * The path on disk of a file dropped on the window: the desktop app knows it; a browser never
 * tells a page where a file lives, so there it is null and the user types the folder.
 */
export function droppedFilePath(file: File): string | null {
  const desktop = (window as unknown as { desktopFiles?: DesktopFiles<File> }).desktopFiles;
  return desktop ? desktop.pathOf(file) : null;
}
