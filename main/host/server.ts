import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorBody, Outcome } from '../../shared/contract';
import { dispatch, type Handlers } from '../api/dispatch';
import type { EventBus } from '../api/event-bus';
import { applyClockRequest, parseClockRequest, type TestClock } from '../meeting/test-clock';
import { SECURITY_HEADERS } from './csp';
import { EventStreams } from './event-stream';
import { isAllowedHost, isAllowedOrigin, tokenMatches, tokenOf } from './request-guard';
import { cacheControlFor, contentTypeOf, existingStaticFile } from './static-files';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface HostServerOptions {
  handlers: Handlers;
  events: EventBus;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed only by tests; a fresh random one otherwise. */
  token?: string;
  log?: (message: string, error?: unknown) => void;
  /** Only with `--test-clock` (end-to-end tests): POST /api/test/clock moves the back end's clock. */
  testClock?: TestClock;
}

export interface HostServer {
  readonly port: number;
  readonly origin: string;
  readonly token: string;
  /** The address to open: the page, carrying the token. */
  readonly url: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Serves the renderer and the contract on 127.0.0.1 only. */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const token = options.token ?? newToken();
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  const streams = new EventStreams(options.events);
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Request ${req.method} ${req.url} failed`, error);
      if (!res.headersSent) sendError(res, 500, 'internal', 'The host failed; try again.');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      return sendError(res, 403, 'refused', 'Refused: open the app at 127.0.0.1 or localhost.');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, url);

    if (!isAllowedOrigin(req.headers.origin, port)) {
      return sendError(res, 403, 'refused', 'Refused: the request comes from another site.');
    }
    if (!tokenMatches(tokenOf(req.headers.authorization, url), token)) {
      return sendError(
        res,
        401,
        'refused',
        'Refused: the access token is missing or wrong. Open the address printed by `npm run serve`.',
      );
    }
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendError(res, 405, 'refused', 'Use GET for /api/events.');
      return streams.add(res, SECURITY_HEADERS);
    }
    if (url.pathname === '/api/test/clock' && options.testClock) {
      if (req.method !== 'POST')
        return sendError(res, 405, 'refused', 'Use POST for the test clock.');
      const body = await readBody(req, 1024);
      let request: unknown = null;
      try {
        request = body === 'too-large' ? null : JSON.parse(body.toString('utf8'));
      } catch {
        request = null;
      }
      const parsed = parseClockRequest(request);
      if ('error' in parsed) return sendError(res, 400, 'invalid_input', parsed.error);
      const nowMs = applyClockRequest(options.testClock, parsed);
      return sendJson(res, 200, { ok: true, value: { nowMs } });
    }
    const channel = /^\/api\/call\/([A-Za-z0-9_.-]+)$/.exec(url.pathname)?.[1];
    if (!channel) return sendError(res, 404, 'unknown_channel', `No API at ${url.pathname}.`);
    if (req.method !== 'POST') return sendError(res, 405, 'refused', 'Calls use POST.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(
        res,
        415,
        'invalid_input',
        'Calls send JSON (Content-Type: application/json).',
      );
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') {
      return sendError(
        res,
        413,
        'invalid_input',
        `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send less at once.`,
      );
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'invalid_input', 'The request body is not valid JSON.');
    }
    const outcome = await dispatch(options.handlers, channel, input, log);
    sendJson(res, 200, outcome);
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, 'refused', 'Only GET and HEAD are served here.');
    }
    const file = existingStaticFile(options.staticDir, url.pathname);
    if (!file) {
      res.writeHead(404, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/plain; charset=utf-8',
      });
      res.end('Not found.\n');
      return;
    }
    const stat = fs.statSync(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(file),
      'Content-Length': String(stat.size),
      'Cache-Control': cacheControlFor(file),
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        streams.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Every refusal is an Outcome too, so the page's client reads all answers the same way. */
function sendError(
  res: ServerResponse,
  status: number,
  code: ApiErrorBody['code'],
  message: string,
): void {
  const outcome: Outcome<never> = { ok: false, error: { code, message } };
  sendJson(res, status, outcome);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
