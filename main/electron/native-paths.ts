import path from 'node:path';

export interface NativePathsInput {
  isPackaged: boolean;
  /** process.resourcesPath of the packaged app. */
  resourcesPath: string;
  /** The folder of the running bundle (dist/main in development). */
  bundleDir: string;
}

export interface NativePaths {
  /** better-sqlite3 built for Electron's ABI, never the Node build in node_modules. */
  nativeBinding: string;
  /** Demo postmortem, evidence, fonts. */
  resourcesDir: string;
  rendererDir: string;
  preload: string;
}

/** Where things are in development (the repository) and in the packaged app (electron-builder.config.mjs). */
export function nativePaths(input: NativePathsInput): NativePaths {
  const repo = path.resolve(input.bundleDir, '..', '..');
  const dist = path.resolve(input.bundleDir, '..');
  return {
    nativeBinding: input.isPackaged
      ? path.join(input.resourcesPath, 'better_sqlite3.node')
      : path.join(repo, 'build-electron', 'better_sqlite3.node'),
    resourcesDir: input.isPackaged
      ? path.join(input.resourcesPath, 'resources')
      : path.join(repo, 'resources'),
    rendererDir: path.join(dist, 'renderer'),
    preload: path.join(dist, 'preload', 'index.cjs'),
  };
}
