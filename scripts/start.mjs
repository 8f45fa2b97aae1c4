// `npm start -- [--data-dir DIR]`: the desktop app. Where Electron's binary cannot be had (no
// network), says so in one line and opens the browser host instead, so the app always shows.
import { spawn } from 'node:child_process';
import { buildIfStale, root } from './build-if-stale.mjs';
import { fetchElectron } from './fetch-electron.mjs';
import { rebuild } from './rebuild-electron-native.mjs';
import { runHost } from './run-host.mjs';

const args = process.argv.slice(2);

function openInBrowser(url) {
  const [command, commandArgs] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    child.on('error', () => {}); // No opener here: the address is printed above.
    child.unref();
  } catch {
    // Same: the printed address is enough.
  }
}

function startBrowserHost(reason) {
  console.log(`${reason}; opening the browser host instead.`);
  buildIfStale();
  runHost(args, openInBrowser);
}

const electron = await fetchElectron();
if (!electron) {
  startBrowserHost("Electron's binary is not available here (it could not be downloaded)");
} else if (!rebuild()) {
  startBrowserHost('SQLite could not be built for Electron here');
} else {
  buildIfStale();
  const child = spawn(electron, [root, ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
