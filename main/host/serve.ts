// `npm run serve`: the browser host. Bundled to dist/main/serve.cjs, so __dirname is dist/main.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../backend';
import { repoResourcesDir } from '../resources-dir';
import { createTestClock } from '../meeting/test-clock';
import { ArgsError, parseServeArgs } from './args';
import { startHostServer } from './server';

async function main(): Promise<void> {
  const options = parseServeArgs(process.argv.slice(2), process.env);
  const staticDir = path.resolve(__dirname, '..', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new ArgsError(
      `The window is not built (${staticDir} has no index.html); run npm run build.`,
    );
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const testClock = options.testClock ? createTestClock() : undefined;
  const backend = await createBackend({
    ...(testClock ? { now: testClock.now } : {}),
    dataDir: options.dataDir,
    resourcesDir: repoResourcesDir(),
  });
  const host = await startHostServer({
    handlers: backend.handlers,
    events: backend.events,
    staticDir,
    ...(testClock ? { testClock } : {}),
    port: options.port,
  }).catch((error: unknown) => {
    backend.close();
    throw error;
  });

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}; closing.`);
    // Closing the backend checkpoints the WAL, so the data folder is whole when we exit.
    void host.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  console.log(`Postmortem Studio: data in ${backend.dataDir}`);
  if (backend.health.state !== 'ok') console.log(`Database: ${backend.health.message}`);
  console.log('Open this address in a browser (the token in it is your access key for this run):');
  console.log(host.url);
  console.log('Press Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  if (error instanceof ArgsError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      'That port is in use; choose another with --port N, or --port 0 for any free one.',
    );
  } else console.error('The host could not start:', error);
  process.exit(1);
});
