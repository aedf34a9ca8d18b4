import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from './open';
import { wrap } from './test-helpers';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'chainline-tx-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A second process that tags every record (reads, then writes) once told to go, and reports how long its write waited. */
const WRITER = `
import { openDatabase } from ${JSON.stringify(path.join(root, 'db/open.ts'))};
import { tagRecords } from ${JSON.stringify(path.join(root, 'db/services/record-bulk.ts'))};
const { db } = openDatabase(process.argv[1]);
const ids = db.prepare('SELECT id FROM records').all().map((r) => r.id);
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  const t0 = Date.now();
  try {
    const n = tagRecords(db, ids, ['second-writer'], []);
    process.stdout.write(JSON.stringify({ ok: true, n, waited: Date.now() - t0 }) + '\\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ ok: false, error: e.message }) + '\\n');
  }
  db.close();
});
`;

function lines(child: ReturnType<typeof spawn>): AsyncIterator<string> {
  let buf = '';
  const queue: string[] = [];
  const waiting: ((s: string) => void)[] = [];
  child.stdout!.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const w = waiting.shift();
      if (w) w(line);
      else queue.push(line);
    }
  });
  return { next: () => new Promise((resolve) => (queue.length ? resolve({ value: queue.shift()!, done: false }) : waiting.push((value) => resolve({ value, done: false })))) };
}

describe('two writers on one file', () => {
  it('a write waits for another process holding the write lock, then succeeds', async () => {
    const file = path.join(dir, 'two.db');
    const { db } = openDatabase(file);
    const id = await wrap(db, file).add({ kind: 'meeting', title: '专题会议', date: '2024-06-12' });
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WRITER, file], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    after(() => child.kill());
    const out = lines(child);
    assert.equal((await out.next()).value, 'ready');
    // This connection takes the write lock and keeps it while the other process tries to write.
    db.exec('BEGIN IMMEDIATE');
    db.prepare(`UPDATE records SET title = 'held' WHERE id = ?`).run(id);
    child.stdin!.write('go\n');
    await new Promise((r) => setTimeout(r, 700));
    db.exec('COMMIT');
    const reply = JSON.parse((await out.next()).value);
    assert.equal(reply.ok, true, reply.error);
    assert.equal(reply.n, 1);
    assert.ok(reply.waited >= 300, `the second write waited ${reply.waited} ms for the lock`);
    assert.equal((db.prepare(`SELECT title FROM records WHERE id = ?`).get(id) as { title: string }).title, 'held');
    assert.equal((db.prepare(`SELECT count(*) AS n FROM record_tags`).get() as { n: number }).n, 1);
    db.close();
  });

  it('every transaction in the code goes through writeTx (BEGIN IMMEDIATE)', () => {
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          if (!['node_modules', 'dist', '.git', 'test-results', 'bench'].includes(e.name)) walk(p);
        } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') && p !== path.join(root, 'db', 'tx.ts')) {
          if (/\.transaction\(/.test(readFileSync(p, 'utf8'))) offenders.push(path.relative(root, p));
        }
      }
    };
    for (const top of ['db', 'cli', 'server', 'export', 'electron', 'import', 'api']) walk(path.join(root, top));
    assert.deepEqual(offenders, []);
  });
});
