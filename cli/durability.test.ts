import assert from 'node:assert/strict';
import { closeSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../db/test-helpers';
import { runCli } from './run-cli';

// Whole round trips through bin/chainline: backup, backups, restore, check, recover, and one-line errors.
const run = runCli;

const REC = JSON.stringify({ kind: 'meeting', title: '洛阳市光电产业链推进会', date: '2023-06-12', chains: ['光电产业链'], regions: ['洛阳市'] });

describe('chainline backup, backups, restore, check, recover', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir('chainline-cli-dur-')));
  after(() => tmp.cleanup());

  it('backs up, lists, restores (keeping the current file), and refuses an empty file in one line', async () => {
    const db = path.join(tmp.dir, 'a.db');
    assert.equal((await run(['--db', db, 'demo', '--count', '20'])).code, 0);
    const b = await run(['--db', db, 'backup']);
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, /backup written and checked: .*a\.db\.backups\/.*-manual\.db \(20 records/);
    const out = path.join(tmp.dir, 'copy.db');
    assert.match((await run(['--db', db, 'backup', '--out', out])).stdout, /copy\.db \(20 records\)/);
    assert.equal((await run(['--db', db, 'add', '-'], REC)).code, 0);
    const list = JSON.parse((await run(['--db', db, '--json', 'backups'])).stdout) as { name: string; records: number; reason: string }[];
    const manual = list.find((x) => x.reason === 'manual')!;
    assert.equal(manual.records, 20);
    const human = await run(['--db', db, 'backups']);
    assert.match(human.stdout, /manual .* 20 records/);
    const r = await run(['--db', db, 'restore', manual.name]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /restored .* \(20 records\) .*kept as .*before-restore\.db/);
    assert.match((await run(['--db', db, 'list', '--limit', '1'])).stdout, /of 20 records/);
    assert.match((await run(['--db', db, 'restore', out])).stdout, /restored/);
    const bad = await run(['--db', db, 'restore', path.join(tmp.dir, 'nothing.db')]);
    assert.equal(bad.code, 1);
    const empty = path.join(tmp.dir, 'empty.db');
    writeFileSync(empty, '');
    const e = await run(['--db', empty, 'list']);
    assert.equal(e.code, 1);
    assert.equal(e.stderr.trim().split('\n').length, 1, e.stderr);
    assert.match(e.stderr, /empty\.db is empty: not a Chainline database/);
    assert.equal(statSync(empty).size, 0);
  });

  it('on a damaged file: reads with a warning, refuses writes in one line naming the backup; check reports, recover salvages', async () => {
    const db = path.join(tmp.dir, 'd.db');
    await run(['--db', db, 'demo', '--count', '60']);
    await run(['--db', db, 'backup']);
    const pages = statSync(db).size / 4096;
    const fd = openSync(db, 'r+');
    for (const p of [Math.floor(pages / 2), Math.floor(pages / 3)]) writeSync(fd, Buffer.alloc(300, 0xff), 0, 300, p * 4096);
    closeSync(fd);
    const add = await run(['--db', db, 'add', '-'], REC);
    assert.equal(add.code, 1);
    const lines = add.stderr.trim().split('\n');
    assert.ok(lines.every((l) => l.startsWith('chainline: ')), add.stderr);
    assert.ok(!/\n\s+at /.test(add.stderr), 'no stack');
    assert.match(lines[lines.length - 1], /is damaged .*newest good backup is .*manual\.db/);
    const check = await run(['--db', db, 'check']);
    assert.equal(check.code, 1);
    assert.match(check.stdout, /integrity: \d+ problems|full-text .*malformed/);
    const out = path.join(tmp.dir, 'salvaged.db');
    const rec = await run(['--db', db, 'recover', '--out', out, '--rows']);
    assert.equal(rec.code, 0, rec.stderr);
    assert.match(rec.stdout, /records\s+\d+ rows/);
    // The full-text index is rebuilt at the first open; then the whole check passes.
    assert.match((await run(['--db', out, 'search', '产业链'])).stdout, /产业链/);
    const ok = await run(['--db', out, 'check']);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.ok(readdirSync(tmp.dir).includes('d.db'));
  });
});
