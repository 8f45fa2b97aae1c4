import http from 'node:http';
import { callApi, expect, test, type Host } from './fixtures';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written: no URL normalisation, any Host header. */
function raw(
  host: Host,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: Number(port),
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(host: Host, channel: string, input: unknown, headers: Record<string, string> = {}) {
  return raw(host, {
    method: 'POST',
    path: `/api/call/${channel}`,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${host.token}`,
      ...headers,
    },
    body: JSON.stringify(input),
  });
}

test.describe('API access', () => {
  test('a call with the right token and Host is answered', async ({ host }) => {
    const res = await call(host, 'app.info', {});
    expect(res.status).toBe(200);
    const outcome = JSON.parse(res.body);
    expect(outcome.ok).toBe(true);
    expect(outcome.value.dataDir).toBe(host.dataDir);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  test('a call without the token is refused', async ({ host }) => {
    const res = await raw(host, {
      method: 'POST',
      path: '/api/call/app.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  test('a call with a wrong token is refused, in the header or the query', async ({ host }) => {
    const wrong = await call(host, 'app.info', {}, { Authorization: `Bearer ${host.token}x` });
    expect(wrong.status).toBe(401);
    const query = await raw(host, {
      method: 'POST',
      path: `/api/call/app.info?token=not-${host.token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(query.status).toBe(401);
  });

  test('a request naming another Host is refused even with the token (DNS rebinding)', async ({
    host,
  }) => {
    const res = await call(host, 'app.info', {}, { Host: 'evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('refused');
    const page = await raw(host, { path: '/', headers: { Host: 'evil.example:80' } });
    expect(page.status).toBe(403);
  });

  test('a call from another site (Origin) is refused', async ({ host }) => {
    const res = await call(host, 'app.info', {}, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  test('the event stream needs the token too', async ({ host }) => {
    expect((await raw(host, { path: '/api/events' })).status).toBe(401);
    expect((await raw(host, { path: '/api/events?token=nope' })).status).toBe(401);
  });
});

test.describe('contract over HTTP', () => {
  test('bad input is rejected by the contract with a message naming the field', async ({
    host,
  }) => {
    const created = JSON.parse((await call(host, 'postmortems.create', { title: 'Drift' })).body);
    expect(created.ok).toBe(true);
    const res = await call(host, 'postmortems.apply', {
      postmortemId: created.value.id,
      windowId: 'w',
      batchId: 'b',
      ops: [{ op: 'set', list: 'doc', field: 'summary.severity', value: 'SEV9' }],
    });
    const outcome = JSON.parse(res.body);
    expect(outcome.ok).toBe(false);
    expect(outcome.error.code).toBe('invalid_input');
    expect(outcome.error.message).toContain('ops.0.value');
    expect(outcome.error.issues.map((i: { path: string }) => i.path)).toContain('ops.0.value');
  });

  test('an unknown call and malformed JSON get clear answers', async ({ host }) => {
    const unknown = JSON.parse((await call(host, 'nope.nothing', {})).body);
    expect(unknown.error).toMatchObject({ code: 'unknown_channel' });
    expect(unknown.error.message).toContain('nope.nothing');
    const malformed = await raw(host, {
      method: 'POST',
      path: '/api/call/app.info',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{"unterminated',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toMatch(/not valid JSON/);
  });

  test('a body over 2 MB is refused with 413 and a clear message', async ({ host }) => {
    const res = await call(host, 'postmortems.list', { query: 'x'.repeat(2 * 1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toMatch(/larger than 2 MB/);
  });

  test('a batch of operations is pushed to open event streams', async ({ host }) => {
    const { port } = new URL(host.origin);
    const list = JSON.parse((await call(host, 'postmortems.list', {})).body).value;
    const { id, revision } = JSON.parse(
      (await call(host, 'postmortems.get', { id: list[0].id })).body,
    ).value;
    const ops = [{ op: 'set', list: 'doc', field: 'summary.detectedBy', value: 'A pushed edit' }];
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: Number(port), path: `/api/events?token=${host.token}` },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('event: postmortem.ops')) {
              req.destroy();
              resolve(text);
            }
          });
          // The stream is open: now change something.
          void call(host, 'postmortems.apply', {
            postmortemId: id,
            windowId: 'w',
            batchId: 'b',
            ops,
          });
        },
      );
      req.on('error', (error) => {
        if (!(error as NodeJS.ErrnoException).code?.includes('ECONNRESET')) reject(error);
      });
    });
    const text = await received;
    const data = /event: postmortem\.ops\ndata: (.*)\n/.exec(text)?.[1] ?? '{}';
    expect(JSON.parse(data)).toMatchObject({
      postmortemId: id,
      revision: revision + 1,
      windowId: 'w',
      ops,
    });
  });
});

test.describe('static files', () => {
  test('paths leaving dist/renderer are refused', async ({ host }) => {
    for (const path of [
      '/../package.json',
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/assets/..%5c..%5c..%5cpackage.json',
      '/%2e%2e%2f%2e%2e%2fmain%2fserve.cjs',
    ]) {
      const res = await raw(host, { path });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('postmortem-studio');
    }
  });

  test('the page is served with a strict CSP, nosniff and no caching', async ({ host }) => {
    const res = await raw(host, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  test('the page loads by its URL with the token, and the token leaves the address bar', async ({
    host,
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(host.url);
    await expect(page).toHaveTitle(/Postmortem Studio/);
    await expect(page.locator('#root')).not.toBeEmpty();
    await expect.poll(() => page.url()).not.toContain('token=');
    // A reload without the token keeps working: the token was kept for this tab.
    await page.reload();
    await expect(page.locator('#root')).not.toBeEmpty();
    const info = await page.evaluate(async () => {
      const token = sessionStorage.getItem('postmortem-studio.token');
      const res = await fetch('/api/call/app.info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      return res.json();
    });
    expect(info.ok).toBe(true);
    expect(problems.filter((p) => /Content Security Policy|Refused/.test(p))).toEqual([]);
  });

  test('no Content-Security-Policy violation while the editor and the meeting are used', async ({
    host,
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
      );
    });
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    const [demo] = await callApi<{ id: string }[]>(host, 'postmortems.list', {});
    await page.goto(`${host.url}#/postmortem/${demo!.id}`);
    const summary = page.getByRole('region', { name: '1. Incident summary' });
    await summary.getByLabel('Model name').fill('fraud-scorer-csp');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(/(^|\s)Saved$/, {
      timeout: 10_000,
    });
    await page.goto(`${host.url}#/meeting/${demo!.id}`);
    await page.getByRole('button', { name: /Start the meeting/ }).click();
    await expect(page.getByTestId('meeting-status')).toContainText('Running');
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    expect(console.filter((text) => /Content Security Policy|unsafe-eval/.test(text))).toEqual([]);
  });
});
