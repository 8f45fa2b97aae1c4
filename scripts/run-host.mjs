// Starts the built browser host (dist/main/serve.cjs) as a child, forwarding signals so the host
// can close its database cleanly, and exiting with its code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './build-if-stale.mjs';

/** `onUrl` is called once with the address line the host prints. */
export function runHost(args, onUrl) {
  const child = spawn(process.execPath, [path.join(root, 'dist/main/serve.cjs'), ...args], {
    cwd: root,
    stdio: ['inherit', onUrl ? 'pipe' : 'inherit', 'inherit'],
  });
  if (onUrl && child.stdout) {
    let buffered = '';
    let seen = false;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (seen) return;
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) {
        seen = true;
        onUrl(line.trim());
      }
    });
  }
  // Ctrl+C reaches the whole process group; the child handles it, this process waits for it.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}
