import { createBackend } from '../../../main/backend';
import { runCli } from '../../../main/cli/run';
import { callerOver, type ContractCaller } from '../../../main/export/caller';
import { repoResourcesDir } from '../../../main/resources-dir';

/** Runs the command line as a script would, keeping what it printed. */
export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    {},
  );
  return { code, stdout, stderr };
}

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
