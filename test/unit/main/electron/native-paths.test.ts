import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativePaths } from '../../../../main/electron/native-paths';

describe('nativePaths', () => {
  it('uses the Electron build of better-sqlite3 from build-electron/ in development', () => {
    const paths = nativePaths({
      isPackaged: false,
      resourcesPath: '/unused',
      bundleDir: path.resolve('/repo/dist/main'),
    });
    expect(paths.nativeBinding).toBe(path.resolve('/repo/build-electron/better_sqlite3.node'));
    expect(paths.resourcesDir).toBe(path.resolve('/repo/resources'));
    expect(paths.rendererDir).toBe(path.resolve('/repo/dist/renderer'));
    expect(paths.preload).toBe(path.resolve('/repo/dist/preload/index.cjs'));
  });

  it('uses the packaged resources folder when packaged', () => {
    const paths = nativePaths({
      isPackaged: true,
      resourcesPath: path.resolve('/opt/PS/resources'),
      bundleDir: path.resolve('/opt/PS/resources/app.asar/dist/main'),
    });
    expect(paths.nativeBinding).toBe(path.resolve('/opt/PS/resources/better_sqlite3.node'));
    expect(paths.resourcesDir).toBe(path.resolve('/opt/PS/resources/resources'));
    expect(paths.rendererDir).toBe(path.resolve('/opt/PS/resources/app.asar/dist/renderer'));
  });
});
