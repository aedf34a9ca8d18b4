import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { channels, type Handlers } from '../api/contract';
import { tempDir } from '../db/test-helpers';
import { startServer, type RunningServer } from './http';

// Refusals of browser mode that server/http.test.ts leaves out: the token on
// every call of the contract (not just one), only in its header, only this
// start's; and a request without a Host header. The handlers here record any
// call that gets through, so "refused" also means "nothing ran".

const ran: string[] = [];
const spy = new Proxy({} as Handlers, {
  get: (_, domain: string) => new Proxy({}, { get: (__, name: string) => () => void ran.push(`${domain}.${name}`) }),
});

const tmp = tempDir('chainline-refusals-');
let server: RunningServer;
let other: RunningServer;

before(async () => {
  server = await startServer({ handlers: spy, staticDir: tmp.dir, port: 0 });
  other = await startServer({ handlers: spy, staticDir: tmp.dir, port: 0 });
});
after(async () => {
  await server.close();
  await other.close();
  tmp.cleanup();
});

/** A raw HTTP/1.x request over a socket: lets a test leave out headers Node's client always sends. */
function raw(lines: string[], body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    // write, not end: a half-closed socket may be dropped before a slower answer; the server closes (HTTP/1.0, Connection: close).
    const socket = connect(server.port, '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`));
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

const post = (channel: string, headers: Record<string, string>, body = '{}') =>
  fetch(`${server.url}api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('browser mode: the token on every call', () => {
  it('every call of the contract is refused (401) without the token, and no handler runs', async () => {
    const all = channels();
    assert.ok(all.length > 40, `${all.length} channels`);
    for (const channel of all) {
      const r = await post(channel, {});
      assert.equal(r.status, 401, channel);
      assert.equal((await r.json()).error.code, 'unauthorized', channel);
    }
    assert.deepEqual(ran, []);
  });

  it('the token counts only in its header: not in the query, a cookie, Authorization or the body', async () => {
    const t = server.token;
    const tries: [string, Record<string, string>, string?][] = [
      [`app.info?token=${t}`, {}],
      ['app.info', { Cookie: `token=${t}; chainline.token=${t}` }],
      ['app.info', { Authorization: `Bearer ${t}` }],
      ['app.info', {}, JSON.stringify({ token: t })],
      ['app.info', { 'X-Chainline-Token': t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase() }],
    ];
    for (const [channel, headers, body] of tries) assert.equal((await post(channel, headers, body)).status, 401, `${channel} ${JSON.stringify(headers)}`);
    assert.deepEqual(ran, []);
  });

  it('another start\'s token is refused', async () => {
    assert.notEqual(other.token, server.token);
    assert.equal((await post('app.info', { 'X-Chainline-Token': other.token })).status, 401);
    assert.deepEqual(ran, []);
  });

  it('with the token, the same call does reach its handler (the spy works)', async () => {
    assert.equal((await post('app.info', { 'X-Chainline-Token': server.token })).status, 200);
    assert.deepEqual(ran, ['app.info']);
    ran.length = 0;
  });
});

describe('browser mode: Host required', () => {
  it('a request without a Host header is refused (403), page or API, token or not', async () => {
    assert.equal(await raw(['GET / HTTP/1.0']), 403);
    assert.equal(await raw(['POST /api/app.info HTTP/1.0', 'Content-Type: application/json', `X-Chainline-Token: ${server.token}`, 'Content-Length: 2'], '{}'), 403);
    assert.equal(await raw(['GET / HTTP/1.1', `Host: 127.0.0.1:${server.port}`, 'Connection: close']), 404, 'the same request with its Host is answered (404: no index.html in this folder)');
    assert.deepEqual(ran, []);
  });
});

describe('browser mode: what a page may not reach', () => {
  it('imports.paths (reading files by path on this machine) is refused even with the token, and nothing runs', async () => {
    ran.length = 0;
    const res = await post('imports.paths', { 'X-Chainline-Token': server.token }, JSON.stringify({ paths: ['/etc/passwd'] }));
    assert.equal(res.status, 403);
    assert.deepEqual(ran, []);
  });

  it('a symbolic link inside the app folder does not lead outside it', async () => {
    const { mkdirSync, rmSync, symlinkSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const outside = path.join(tmp.dir, '..', `outside-${process.pid}`);
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'secret.json'), '{"secret":true}');
    writeFileSync(path.join(tmp.dir, 'inside.json'), '{"inside":true}');
    symlinkSync(path.join(outside, 'secret.json'), path.join(tmp.dir, 'link.json'));
    symlinkSync(outside, path.join(tmp.dir, 'dir-link'));
    try {
      assert.equal((await fetch(`${server.url}inside.json`)).status, 200, 'a plain file inside is served');
      assert.equal((await fetch(`${server.url}link.json`)).status, 404);
      assert.equal((await fetch(`${server.url}dir-link/secret.json`)).status, 404);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
