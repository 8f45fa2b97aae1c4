// `npm run -s cli -- <command> …`: the command line (list, import, drift). Builds what is stale
// first, with the build's output on stderr so that stdout stays pure JSON with --json.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale({ toStderr: true });
const result = spawnSync(
  process.execPath,
  [path.join(root, 'dist', 'main', 'cli.cjs'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
