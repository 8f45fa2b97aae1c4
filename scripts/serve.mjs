// `npm run serve -- [--data-dir DIR] [--port N]`: builds what is missing or stale, then serves the
// app on 127.0.0.1 and prints the address to open.
import { buildIfStale } from './build-if-stale.mjs';
import { runHost } from './run-host.mjs';

buildIfStale();
runHost(process.argv.slice(2));
