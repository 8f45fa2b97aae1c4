import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../../main/backend';
import { callerOver, type ContractCaller } from '../../../main/export/caller';
import { repoResourcesDir } from '../../../main/resources-dir';

export interface DemoBackend {
  dataDir: string;
  backend: Backend;
  call: ContractCaller;
  demoId: string;
  close(): void;
}

/** A fresh data folder with the demo postmortem, its evidence and its pins (as on first start). */
export async function openDemo(): Promise<DemoBackend> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-export-'));
  const backend = await createBackend({ dataDir, resourcesDir: repoResourcesDir(), log: () => {} });
  const call = callerOver(() => backend.handlers);
  const [demo] = await call('postmortems.list', {});
  if (!demo) throw new Error('The demo postmortem was not seeded.');
  return {
    dataDir,
    backend,
    call,
    demoId: demo.id,
    close: () => {
      backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
