import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_WORKER_FILE } from '../../../main/evidence/import/worker-launch';
import { QUERY_WORKER } from '../../../main/evidence/query-worker/query-client';

interface Bundle {
  in: string;
  out: string;
  worker?: boolean;
}
interface Part {
  script: string;
  inputs: string[];
  outputs: string[];
}

// Plain .mjs modules of the build: imported by a computed name, typed here.
const load = <T>(file: string) => import(path.resolve(file)) as Promise<T>;
const { mainBundles, buildParts, rendererOutput } = await load<{
  mainBundles: Bundle[];
  buildParts: Part[];
  rendererOutput: string;
}>('scripts/bundles.mjs');
const { staleParts } = await load<{ staleParts: (base: string) => Part[] }>(
  'scripts/build-if-stale.mjs',
);
const builder = (await load<{ default: { asarUnpack: string[] } }>('electron-builder.config.mjs'))
  .default;

describe('one list of bundles for the build, the staleness check and the packaging', () => {
  it('lists both workers the back end starts by file name, as workers', () => {
    const workers = mainBundles.filter((b) => b.worker);
    expect(workers.map((b) => path.basename(b.out)).sort()).toEqual(
      [BUNDLED_WORKER_FILE, QUERY_WORKER.bundled].sort(),
    );
    const querySource = path.join('main/evidence/query-worker', QUERY_WORKER.source);
    expect(workers.map((b) => b.in)).toContain(path.normalize(querySource));
    for (const bundle of mainBundles) expect(fs.existsSync(bundle.in), bundle.in).toBe(true);
  });

  it('checks every bundle and the window for staleness, against package-lock.json too', () => {
    const outputs = buildParts.flatMap((p) => p.outputs);
    expect(outputs.sort()).toEqual([...mainBundles.map((b) => b.out), rendererOutput].sort());
    for (const part of buildParts) expect(part.inputs).toContain('package-lock.json');
  });

  it('unpacks every worker bundle from the archive', () => {
    for (const bundle of mainBundles.filter((b) => b.worker)) {
      expect(builder.asarUnpack).toContain(bundle.out);
    }
  });

  it('finds a build stale when a bundle is missing or the lockfile is newer', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-stale-'));
    const write = (file: string, time: number) => {
      fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
      fs.writeFileSync(path.join(base, file), '');
      fs.utimesSync(path.join(base, file), time, time);
    };
    try {
      const inputs = [...new Set(buildParts.flatMap((p) => p.inputs))];
      const outputs = buildParts.flatMap((p) => p.outputs);
      for (const input of inputs) {
        const folder = !input.includes('.');
        write(folder ? `${input}/x.ts` : input, 1_000);
        if (folder) fs.utimesSync(path.join(base, input), 1_000, 1_000);
      }
      for (const output of outputs) write(output, 2_000);
      expect(staleParts(base)).toEqual([]);

      fs.rmSync(path.join(base, 'dist/main/evidence-query-worker.cjs'));
      expect(staleParts(base).map((p) => p.script)).toEqual(['build:main']);
      write('dist/main/evidence-query-worker.cjs', 2_000);

      write('package-lock.json', 3_000);
      expect(staleParts(base).map((p) => p.script)).toEqual(['build:renderer', 'build:main']);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});
