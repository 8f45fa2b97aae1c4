import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function currentModuleFile(): string {
  // The CommonJS bundle has __filename and no import.meta.url; TS source under tsx or vitest may be
  // pure ESM, where touching __filename unguarded would throw.
  if (typeof __filename === 'string' && __filename.length > 0) return __filename;
  return fileURLToPath(import.meta.url);
}

/**
 * The repository's resources/ folder (demo postmortem evidence), found from this module whether it
 * runs as TS source (main/) or bundled (dist/main/). The packaged app passes its own path instead.
 */
export function repoResourcesDir(): string | undefined {
  let dir = path.dirname(currentModuleFile());
  for (let depth = 0; depth < 4; depth++) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'demo'))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}
