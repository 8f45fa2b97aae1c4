import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend';
import { MAX_BODY_BYTES, startHostServer, type HostServer } from '../../../main/host/server';

let backend: Backend;
let host: HostServer;
let base: string;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  options: http.RequestOptions & { body?: string | Buffer; chunks?: Buffer[] },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        ...options,
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };
const auth = () => ({ ...json, Authorization: `Bearer ${host.token}` });

beforeEach(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-host-'));
  const staticDir = path.join(base, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>PS</title>');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(staticDir, 'link.txt'));
  backend = await createBackend({ dataDir: path.join(base, 'data') });
  host = await startHostServer({
    handlers: backend.handlers,
    events: backend.events,
    staticDir,
    port: 0,
    log: () => {},
  });
});

afterEach(async () => {
  await host.close();
  backend.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
  });

  it('gives every run its own token', async () => {
    const other = await startHostServer({
      handlers: backend.handlers,
      events: backend.events,
      staticDir: base,
      port: 0,
    });
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it('answers a call through the contract', async () => {
    const res = await request({
      method: 'POST',
      path: '/api/call/app.info',
      headers: auth(),
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      value: { dataDir: path.join(base, 'data'), health: { state: 'ok' } },
    });
  });

  it('accepts localhost as the Host and refuses any other name', async () => {
    const call = (hostHeader: string) =>
      request({
        method: 'POST',
        path: '/api/call/app.info',
        headers: { ...auth(), Host: hostHeader },
        body: '{}',
      });
    expect((await call(`localhost:${host.port}`)).status).toBe(200);
    expect((await call(`attacker.example:${host.port}`)).status).toBe(403);
    expect((await call(`127.0.0.1:${host.port + 1}`)).status).toBe(403);
  });

  it('refuses calls by GET and calls that are not JSON', async () => {
    const get = await request({ method: 'GET', path: '/api/call/app.info', headers: auth() });
    expect(get.status).toBe(405);
    const form = await request({
      method: 'POST',
      path: '/api/call/app.info',
      headers: { ...auth(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const chunks = Array.from({ length: MAX_BODY_BYTES / chunk.length + 2 }, () => chunk);
    const res = await request({
      method: 'POST',
      path: '/api/call/postmortems.list',
      headers: { ...auth(), 'Transfer-Encoding': 'chunked' },
      chunks,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toContain('2 MB');
  });

  it('serves index.html for "/" and never a file outside the folder, even through a link', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>PS</title>');
    for (const p of ['/link.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request({ path: p });
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('do not serve');
    }
    expect((await request({ method: 'DELETE', path: '/' })).status).toBe(405);
  });

  it('pushes back-end events to every open event stream, and closes them on shutdown', async () => {
    const open = () =>
      new Promise<http.IncomingMessage>((resolve) =>
        http.get(
          {
            host: '127.0.0.1',
            port: host.port,
            path: `/api/events?token=${host.token}`,
            headers: { Host: `127.0.0.1:${host.port}` },
          },
          resolve,
        ),
      );
    const streams = await Promise.all([open(), open()]);
    const texts = streams.map((res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      return () => text;
    });
    const ended = streams.map((res) => new Promise((resolve) => res.on('end', resolve)));
    backend.events.emit('postmortem.changed', { id: 'abc', revision: 4 });
    await expect
      .poll(() => texts.map((t) => t()))
      .toEqual([expect.stringContaining('event: postmortem.changed'), expect.any(String)]);
    await expect.poll(() => texts[1]?.()).toContain('data: {"id":"abc","revision":4}');
    await host.close();
    await Promise.all(ended);
  });
});
