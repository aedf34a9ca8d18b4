import assert from 'node:assert/strict';
import { request } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHandlers } from '../db/handlers';
import { openDatabase, type Db } from '../db/open';
import { parsePool } from '../db/services/parse-pool';
import { asContract, tempDir } from '../db/test-helpers';
import { deflatedDocx, documentXml, paragraphXml } from '../import/fixtures/docx';
import { MAX_BODY, startServer, type RunningServer } from './http';

let tmp: ReturnType<typeof tempDir>;
let db: Db;
let server: RunningServer;

before(async () => {
  tmp = tempDir();
  const file = path.join(tmp.dir, 'serve.db');
  db = openDatabase(file).db;
  server = await startServer({ handlers: asContract(createHandlers({ db, dbPath: file, version: 'test' })), staticDir: tmp.dir, port: 0 });
});
after(async () => {
  await server.close();
  await parsePool.close();
  db.close();
  tmp.cleanup();
});

interface Res {
  status: number;
  body: string;
  /** Bytes of the body this client had written when the answer came. */
  sent: number;
}

/** Posts a body written in 1 MB pieces (chunked, no Content-Length unless given) until the server answers or `total` is sent. */
function upload(channel: string, total: number, headers: Record<string, string> = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(
      {
        host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${channel}`,
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', 'X-Chainline-Token': server.token, ...headers },
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sent }));
      },
    );
    // The server may close the connection while we still write (that is the
    // point): the client then sees the connection reset, status 0 here.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (answered) return;
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') resolve({ status: 0, body: '', sent });
      else reject(err);
    });
    const piece = Buffer.alloc(2 ** 20, 'a');
    const pump = () => {
      while (!answered && sent < total) {
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

/**
 * One call on a connection of its own: after a refused upload the server closes connections, and a
 * pooled client (fetch) may pick a closed one and fail with no answer at all.
 */
const post = (channel: string, args: unknown): Promise<{ status: number; body: { ok: boolean; result?: { results: { status: string; error: string | null }[] } } }> =>
  new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(args));
    const req = request(
      {
        host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${channel}`, agent: false,
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', 'X-Chainline-Token': server.token, 'Content-Length': String(data.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });

describe('chainline serve: request limits', () => {
  it('refuses a body declared larger than the limit with 413, before reading it', async () => {
    const res = await upload('imports.files', 2 ** 20, { 'Content-Length': String(MAX_BODY + 1) });
    assert.equal(res.status, 413);
    assert.equal(JSON.parse(res.body).error.code, 'too-large');
    assert.match(JSON.parse(res.body).error.message, /a request is limited to 93 MB/);
  });

  it('stops reading a body without a length once it passes the limit, and answers 413', async () => {
    const res = await upload('imports.files', 400 * 2 ** 20);
    // Browsers send a Content-Length (the case above); a client streaming a body may see the reset before the answer.
    assert.ok(res.status === 413 || res.status === 0, String(res.status));
    assert.ok(res.sent < MAX_BODY + 64 * 2 ** 20, `answered after ${res.sent} bytes`);
    // Still serving.
    assert.equal((await post('app.info', {})).status, 200);
  });

  it('a .docx bomb posted to the import fails alone and the server goes on; the good file beside it is stored', async () => {
    const para = paragraphXml(['全省光电产业链专题会议召开。'.repeat(20)]);
    const bomb = deflatedDocx(documentXml(para.repeat(Math.ceil((100 * 2 ** 20) / Buffer.byteLength(para)))));
    const good = Buffer.from('全省光电产业链专题会议召开\n\n会议强调，要加快推进光电产业链建设，力争到2026年产业规模突破900亿元。');
    const res = await post('imports.files', {
      files: [{ name: 'bomb.docx', data: Buffer.from(bomb).toString('base64') }, { name: 'good.txt', data: good.toString('base64') }],
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.result!.results.map((r) => r.status), ['failed', 'imported']);
    assert.match(res.body.result!.results[0]!.error!, /^too-large: its text parts inflate to 100\.\d MB/);
  });

  it('a deeply nested page does not hold up other calls', async () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}正文${'</div>'.repeat(100_000)}</body></html>`;
    const started = Date.now();
    const res = await post('imports.files', { files: [{ name: 'deep.html', data: Buffer.from(html).toString('base64') }] });
    assert.match(res.body.result!.results[0]!.error!, /^too-complex: the page nests elements more than 1000 levels deep/);
    assert.ok(Date.now() - started < 5000);
  });
});
