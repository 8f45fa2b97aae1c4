import { createBackend } from '../../../main/backend';
import { callerOver, type ContractCaller } from '../../../main/export/caller';
import { repoResourcesDir } from '../../../main/resources-dir';
export { cli } from '../../support/run-cli';

/** Opens a data folder, runs `f` against its contract, closes it. */
export async function withFolder<T>(
  dataDir: string,
  f: (call: ContractCaller) => Promise<T>,
): Promise<T> {
  const backend = await createBackend({ dataDir, resourcesDir: repoResourcesDir(), log: () => {} });
  try {
    return await f(callerOver(() => backend.handlers));
  } finally {
    backend.close();
  }
}
