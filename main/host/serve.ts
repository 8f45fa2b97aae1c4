// `npm run serve`: the browser host. Bundled to dist/main/serve.cjs, so __dirname is dist/main.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../backend';
import { repoResourcesDir } from '../resources-dir';
import { createTestClock } from '../meeting/test-clock';
import { ArgsError, parseServeArgs } from './args';
import { startHostServer } from './server';
import { listenOnStablePort } from './stable-port';

async function main(): Promise<void> {
  const options = parseServeArgs(process.argv.slice(2), process.env);
  const staticDir = path.resolve(__dirname, '..', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new ArgsError(
      `The window is not built (${staticDir} has no index.html); run npm run build.`,
    );
  }
  const testClock = options.testClock ? createTestClock() : undefined;
  const backend = await createBackend({
    ...(testClock ? { now: testClock.now } : {}),
    dataDir: options.dataDir,
    resourcesDir: repoResourcesDir(),
  });
  const listen = (port: number) =>
    startHostServer({
      handlers: backend.handlers,
      events: backend.events,
      staticDir,
      ...(testClock ? { testClock } : {}),
      port,
    });
  // --port 0 (the default): this data folder's port from its last run, if free, so the drafts the
  // page keeps under its address are found again.
  const host = await (
    options.port === 0 ? listenOnStablePort(options.dataDir, listen) : listen(options.port)
  ).catch(async (error: unknown) => {
    await backend.stop();
    throw error;
  });

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}; closing.`);
    // Closing the backend checkpoints the WAL, so the data folder is whole when we exit.
    // The worker threads end before the process does (see QueryClient.stop).
    void host
      .close()
      .then(() => backend.stop())
      .finally(() => process.exit(0));
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
    console.error('That port is in use; choose another with --port N, or --port 0 for a free one.');
  } else console.error('The host could not start:', error);
  process.exit(1);
});
