import assert from 'node:assert/strict';
import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHandlers } from '../db/handlers';
import { openDatabase, type Db } from '../db/open';
import { asContract, tempDir } from '../db/test-helpers';
import { startServer, type RunningServer } from './http';

interface Res {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let tmp: ReturnType<typeof tempDir>;
let db: Db;
let server: RunningServer;

/** A raw request: unlike fetch, node's http lets us set Host, Origin and odd paths. */
function send(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; host?: string; port?: number }): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.host ?? '127.0.0.1',
        port: opts.port ?? server.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...opts.headers },
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Chainline-Token': server.token, ...headers },
    body: JSON.stringify(args),
  });

before(async () => {
  tmp = tempDir();
  const staticDir = path.join(tmp.dir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Chainline</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(staticDir, 'assets', 'notes.txt'), 'no type for this');
  // Files outside the static folder, with extensions the server would serve.
  writeFileSync(path.join(tmp.dir, 'secret.json'), '{"secret":true}');
  writeFileSync(path.join(tmp.dir, 'secret.html'), 'secret');
  const file = path.join(tmp.dir, 'serve.db');
  db = openDatabase(file).db;
  server = await startServer({ handlers: asContract(createHandlers({ db, dbPath: file, version: 'test' })), staticDir, port: 0 });
});
after(async () => {
  await server.close();
  db.close();
  tmp.cleanup();
});

describe('chainline serve: where it listens', () => {
  it('listens on 127.0.0.1 with a random token given only in the URL fragment', () => {
    assert.equal(server.url, `http://127.0.0.1:${server.port}/`);
    assert.ok(server.port > 0);
    assert.ok(server.token.length >= 24);
    assert.equal(server.openUrl, `${server.url}#token=${server.token}`);
  });

  it('is not reachable on other addresses of this machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      // Link-local IPv6 needs a scope id to be dialled at all; the rest must refuse us.
      .filter((a) => a && !a.internal && !a.address.toLowerCase().startsWith('fe80:'))
      .map((a) => a!.address);
    for (const host of ['::1', ...others]) {
      await assert.rejects(send({ host, path: '/' }), (err: NodeJS.ErrnoException) => ['ECONNREFUSED', 'EADDRNOTAVAIL', 'ENETUNREACH', 'EAFNOSUPPORT'].includes(err.code ?? ''), host);
    }
  });

  it('each start gets its own token', async () => {
    const other = await startServer({ handlers: asContract(createHandlers({ db, dbPath: ':memory:', version: 'test' })), staticDir: tmp.dir, port: 0 });
    try {
      assert.notEqual(other.token, server.token);
      assert.notEqual(other.port, server.port);
    } finally {
      await other.close();
    }
  });
});

describe('chainline serve: the API', () => {
  it('answers a call with the right token', async () => {
    const r = await api('app.info', {});
    assert.equal(r.status, 200);
    const body = JSON.parse(r.body);
    assert.equal(body.ok, true);
    assert.ok(body.result.counts.regions > 300);
    assert.match(String(r.headers['content-type']), /^application\/json/);
  });

  it('refuses a call without a token or with a wrong one (401)', async () => {
    const none = await send({ method: 'POST', path: '/api/app.info', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(none.status, 401);
    assert.equal(JSON.parse(none.body).error.code, 'unauthorized');
    assert.equal((await api('app.info', {}, { 'X-Chainline-Token': 'wrong' })).status, 401);
    assert.equal((await api('app.info', {}, { 'X-Chainline-Token': `${server.token}x` })).status, 401);
    assert.equal((await api('app.info', {}, { 'X-Chainline-Token': '' })).status, 401);
  });

  it('a refused call writes nothing', async () => {
    const count = () => (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    const before = count();
    assert.equal((await api('records.save', { record: { kind: 'meeting', title: 'x' } }, { 'X-Chainline-Token': 'wrong' })).status, 401);
    assert.equal((await api('records.save', { record: { kind: 'meeting', title: 'x' } }, { Origin: 'http://evil.example' })).status, 403);
    assert.equal(count(), before);
    assert.equal((await api('records.save', { record: { kind: 'meeting', title: 'x' } })).status, 200);
    assert.equal(count(), before + 1);
  });

  it('maps error codes to statuses and keeps the error data', async () => {
    const bad = await api('records.save', { record: { kind: 'meeting', title: 'x', regions: ['火星'] } });
    assert.equal(bad.status, 400);
    assert.deepEqual(JSON.parse(bad.body).error.field, 'record.regions.0');
    assert.equal((await api('records.get', { id: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' })).status, 404);
    assert.equal((await api('no.such', {})).status, 404);
    const notJson = await send({ method: 'POST', path: '/api/app.info', headers: { 'Content-Type': 'application/json', 'X-Chainline-Token': server.token }, body: '{nope' });
    assert.equal(notJson.status, 400);
    const form = await send({ method: 'POST', path: '/api/app.info', headers: { 'Content-Type': 'text/plain', 'X-Chainline-Token': server.token }, body: '{}' });
    assert.equal(form.status, 415, 'a simple-request content type never reaches a handler');
  });

  it('takes API calls by POST only (405)', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const r = await send({ method, path: '/api/app.info', headers: { 'X-Chainline-Token': server.token } });
      assert.equal(r.status, 405, method);
    }
  });
});

describe('chainline serve: cross-origin and rebinding defences', () => {
  it('refuses a Host other than 127.0.0.1:PORT or localhost:PORT (403)', async () => {
    assert.equal((await send({ path: '/', headers: { Host: `localhost:${server.port}` } })).status, 200);
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `127.0.0.1.evil.example:${server.port}`, `[::1]:${server.port}`]) {
      assert.equal((await send({ path: '/', headers: { Host: host } })).status, 403, host);
      assert.equal((await api('app.info', {}, { Host: host })).status, 403, `API with ${host}`);
    }
  });

  it('refuses requests with a foreign Origin (403), also with the right token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`, 'null', `http://localhost.evil.example:${server.port}`]) {
      const r = await api('app.info', {}, { Origin: origin });
      assert.equal(r.status, 403, origin);
      assert.equal(r.headers['access-control-allow-origin'], undefined);
    }
    assert.equal((await api('app.info', {}, { Origin: `http://127.0.0.1:${server.port}` })).status, 200);
    assert.equal((await api('app.info', {}, { Origin: `http://localhost:${server.port}` })).status, 200);
  });

  it('refuses CORS preflights and never sends Access-Control-Allow-Origin', async () => {
    const pre = await send({
      method: 'OPTIONS', path: '/api/records.save',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-chainline-token,content-type' },
    });
    assert.ok(pre.status >= 400, `preflight answered ${pre.status}`);
    const same = await send({ method: 'OPTIONS', path: '/api/records.save', headers: { 'Access-Control-Request-Method': 'POST' } });
    assert.ok(same.status >= 400);
    for (const r of [pre, same, await api('app.info', {}), await send({ path: '/' })]) {
      assert.equal(r.headers['access-control-allow-origin'], undefined);
      assert.equal(r.headers['access-control-allow-credentials'], undefined);
    }
  });
});

describe('chainline serve: static files', () => {
  it('serves the renderer with its type, and index.html at /', async () => {
    const root = await send({ path: '/' });
    assert.equal(root.status, 200);
    assert.match(root.body, /<title>Chainline<\/title>/);
    assert.match(String(root.headers['content-type']), /^text\/html/);
    const js = await send({ path: '/assets/app.js?v=1' });
    assert.equal(js.status, 200);
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
    assert.equal((await send({ path: '/index.html', method: 'HEAD' })).status, 200);
  });

  it('serves nothing else: unknown files, unknown types, folders (404); other methods (405)', async () => {
    assert.equal((await send({ path: '/missing.js' })).status, 404);
    assert.equal((await send({ path: '/assets/notes.txt' })).status, 404);
    assert.equal((await send({ path: '/assets' })).status, 404);
    assert.equal((await send({ path: '/assets/' })).status, 404);
    assert.equal((await send({ path: '/', method: 'POST', body: 'x' })).status, 405);
  });

  it('never leaves the static folder: traversal, encoded dots and slashes, NUL (404)', async () => {
    for (const p of [
      '/../secret.json', '/../../package.json', '/assets/../../secret.html', '/%2e%2e/secret.json', '/%2e%2e%2fsecret.json', '/..%2fsecret.json',
      '/assets/%2e%2e/%2e%2e/secret.json', '/%2E%2E/secret.html', '/..%5csecret.json', '/index.html%00.js', '/%00', '/assets/app.js%00',
      `/${'..%2f'.repeat(8)}etc/passwd`, '/%', '/%zz', '//etc/passwd', `/${tmp.dir}/secret.json`,
    ]) {
      const r = await send({ path: p });
      assert.equal(r.status, 404, `${p} answered ${r.status}: ${r.body.slice(0, 40)}`);
      assert.ok(!r.body.includes('secret'), p);
    }
  });

  it('sends the security headers on every response', async () => {
    for (const r of [await send({ path: '/' }), await send({ path: '/missing.js' }), await api('app.info', {}), await send({ path: '/', headers: { Host: 'evil.example' } })]) {
      const csp = String(r.headers['content-security-policy']);
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp), csp);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['x-frame-options'], 'DENY');
      assert.equal(r.headers['referrer-policy'], 'no-referrer');
    }
  });
});
