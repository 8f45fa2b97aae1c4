import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The built browser host: the real back end, reached through the contract the window calls. */
export const SERVE_BUNDLE = path.resolve('dist/main/serve.cjs');

export interface SoakHost {
  child: ChildProcess;
  origin: string;
  token: string;
  output(): string;
  kill(): Promise<void>;
}

export class CallFailed extends Error {
  constructor(
    readonly channel: string,
    readonly code: string,
    message: string,
  ) {
    super(`${channel}: ${code}: ${message}`);
  }
}

/** Spawns the host; resolves with it once it prints its address, or null if it exited first. */
export function spawnHost(dataDir: string): {
  child: ChildProcess;
  ready: Promise<SoakHost | null>;
} {
  const child = spawn(process.execPath, [SERVE_BUNDLE, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  const ready = new Promise<SoakHost | null>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (!line) return;
      child.stdout?.off('data', onData);
      const url = new URL(line.trim());
      resolve({
        child,
        origin: url.origin,
        token: url.searchParams.get('token') ?? '',
        output: () => output,
        kill,
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then(() => resolve(null));
  });
  return { child, ready };
}

/** One contract call over HTTP; a refusal throws CallFailed, a dead host the fetch error. */
export async function call<T>(host: SoakHost, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/call/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const outcome = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!outcome.ok) throw new CallFailed(channel, outcome.error.code, outcome.error.message);
  return outcome.value;
}
