import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

/**
 * The Chrome DevTools Protocol over --remote-debugging-pipe (JSON messages ended by NUL on fds 3
 * and 4): no port is opened, so nothing else on the machine can reach the browser.
 */
export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private buffer = '';
  private closed: Error | null = null;

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
    output: Readable,
    private readonly profileDir: string,
  ) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    child.once('exit', (code) => this.fail(new Error(`Chromium exited (code ${code ?? 'none'}).`)));
  }

  static launch(executable: string): CdpPipe {
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-print-'));
    const child = spawn(
      executable,
      [
        '--headless',
        '--remote-debugging-pipe',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--disable-default-apps',
        '--no-first-run',
        '--no-default-browser-check',
        '--mute-audio',
        `--user-data-dir=${profileDir}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
    );
    const [, , stderr, input, output] = child.stdio as [
      unknown,
      unknown,
      Readable,
      Writable,
      Readable,
    ];
    stderr.resume();
    return new CdpPipe(child, input, output, profileDir);
  }

  send(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<Record<string, unknown>> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.input.write(`${message}\0`);
    });
  }

  on(method: string, listener: Listener): () => void {
    const set = this.listeners.get(method) ?? new Set();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }

  /** Resolves on the first event of this name for this session that passes `when`. */
  once(
    method: string,
    sessionId: string,
    when: (p: Record<string, unknown>) => boolean = () => true,
  ): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(this.closed);
      const off = this.on(method, (params, sid) => {
        if (sid === sessionId && when(params)) {
          off();
          resolve(params);
        }
      });
    });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    if (!this.closed) this.send('Browser.close').catch(() => {});
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    try {
      fs.rmSync(this.profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
      // A temporary profile; the system's temp cleaning takes what is left.
    }
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) !== -1) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const message = JSON.parse(text) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: Record<string, unknown>;
        error?: { message: string };
        sessionId?: string;
      };
      if (message.id !== undefined) {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) pending?.reject(new Error(`Chromium: ${message.error.message}`));
        else pending?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners.get(message.method) ?? [])
          listener(message.params ?? {}, message.sessionId);
      }
    }
  }

  private fail(error: Error): void {
    this.closed = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
