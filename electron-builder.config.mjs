// Packaging: `npm run package` builds, rebuilds better-sqlite3 for Electron into build-electron/,
// then runs electron-builder with this file. What the build makes comes from scripts/bundles.mjs.
import { mainBundles } from './scripts/bundles.mjs';

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.postmortemstudio.app',
  productName: 'Postmortem Studio',
  copyright: 'Copyright © Postmortem Studio contributors',
  directories: { output: 'release' },
  // Only what runs: the bundles and the window. Every library the bundles use is inside them;
  // node_modules holds only the dependencies (better-sqlite3, loaded at run time).
  files: [
    'dist/**/*',
    'package.json',
    '!**/*.map',
    // The Node build and sources of better-sqlite3 are useless in the app: it loads the Electron
    // build from resources/ (nativeBinding).
    '!node_modules/better-sqlite3/build/**',
    '!node_modules/better-sqlite3/deps/**',
    '!node_modules/better-sqlite3/src/**',
  ],
  extraResources: [
    { from: 'resources', to: 'resources' },
    { from: 'build-electron/better_sqlite3.node', to: 'better_sqlite3.node' },
  ],
  // electron-builder's own rebuild targets Electron by rewriting node_modules' native build, which
  // the Node back end, the tests and the browser host use: it must never run. The Electron build
  // comes from scripts/rebuild-electron-native.mjs instead.
  npmRebuild: false,
  nodeGypRebuild: false,
  asar: true,
  asarUnpack: [
    'node_modules/better-sqlite3/**',
    // Worker threads start from a real file, not from inside the archive (see worker-launch.ts).
    ...mainBundles.filter((bundle) => bundle.worker).map((bundle) => bundle.out),
  ],
  // Hardening of the Electron binary itself.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    // A .deb needs a maintainer; replace with the real contact before publishing.
    maintainer: 'Postmortem Studio contributors <maintainers@postmortem-studio.invalid>',
    synopsis: 'Run blameless postmortems of ML model failures.',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
};
