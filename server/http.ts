import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { ErrorCode } from '../api/errors';
import type { Handlers } from '../api/contract';
import { MAX_BATCH_BYTES } from '../api/contract/imports';
import { hostAllowed, originAllowed, SECURITY_HEADERS, tokenValid } from './security';
import { staticFile } from './static';

const STATUS: Record<ErrorCode, number> = {
  'invalid-argument': 400, unauthorized: 401, forbidden: 403, 'too-large': 413, 'not-found': 404, conflict: 409, 'db-too-new': 409, 'db-corrupt': 500, internal: 500,
  'read-only': 409, 'disk-full': 507, 'io-error': 500,
};
// The largest call is a batch of imported files: 64 MB of files as base64
// (4/3 of it) plus room for their names. Anything larger is refused from its
// Content-Length, or as soon as it has sent that much, never buffered whole.
export const MAX_BODY = Math.ceil((MAX_BATCH_BYTES * 4) / 3) + 8 * 1024 * 1024;

class TooLarge extends Error {}

// A page cannot pick paths on this machine, and a token holder must not read
// arbitrary files through the server: the browser sends file contents instead.
export const BROWSER_DENIED = new Set(['imports.paths']);

export interface RunningServer {
  url: string;
  /** The URL to open: carries the token in the fragment, which browsers never send to a server. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string) => json(res, status, { ok: false, error: { code, message } });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves the renderer and the API contract on 127.0.0.1 only. */
export async function startServer(opts: { handlers: Handlers; staticDir: string; port?: number; token?: string }): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer(async (req, res) => {
    try {
      if (!hostAllowed(req, port)) return refuse(res, 403, 'forbidden', 'unexpected Host header');
      if (!originAllowed(req, port)) return refuse(res, 403, 'forbidden', 'cross-origin requests are refused');
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'forbidden', 'API calls are POST');
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'invalid-argument', 'send application/json');
        if (!tokenValid(req, token)) return refuse(res, 401, 'unauthorized', 'missing or wrong token');
        const tooLarge = () => {
          // Closing the connection stops the upload: the rest of the body is never read.
          res.setHeader('Connection', 'close');
          refuse(res, 413, 'too-large', `a request is limited to ${Math.floor(MAX_BODY / 2 ** 20)} MB: send fewer or smaller files at a time`);
        };
        if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge();
        let args: unknown;
        try {
          const text = await readBody(req);
          args = text ? JSON.parse(text) : {};
        } catch (err) {
          if (err instanceof TooLarge) return tooLarge();
          return refuse(res, 400, 'invalid-argument', `bad request body: ${(err as Error).message}`);
        }
        const channel = url.slice(5).split('?')[0];
        if (BROWSER_DENIED.has(channel)) return refuse(res, 403, 'forbidden', `${channel} is not available in browser mode`);
        const reply = await dispatch(opts.handlers, channel, args);
        return json(res, reply.ok ? 200 : STATUS[reply.error.code], reply);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'forbidden', 'method not allowed');
      const file = await staticFile(opts.staticDir, url);
      if (!file) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
      return send(res, 200, file.body, file.type, { 'Cache-Control': 'no-cache' });
    } catch (err) {
      return refuse(res, 500, 'internal', (err as Error).message);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
