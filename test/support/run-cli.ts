import { runCli } from '../../main/cli/run';

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
