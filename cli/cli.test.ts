import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../db/test-helpers';
import { runCli } from './run-cli';

// Each run starts node + tsx (about half a second), so these tests are few and
// each checks a whole round trip through bin/chainline.

const run = runCli;

const EXAMPLE = { kind: 'meeting', title: '洛阳市光电产业链推进会', date: '2023-06-12', chains: ['光电产业链'], regions: ['洛阳市'] };

let tmp: ReturnType<typeof tempDir>;
let db: string;
before(() => {
  tmp = tempDir('chainline-cli-');
  db = path.join(tmp.dir, 'cli.db');
});
after(() => tmp.cleanup());

const count = (): number => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe('bin/chainline', () => {
  it('init creates and seeds the database; --json reports it', async () => {
    const r = await run(['--db', db, '--json', 'init']);
    assert.equal(r.code, 0, r.stderr);
    const info = JSON.parse(r.stdout);
    assert.ok(info.schemaVersion >= 1);
    assert.equal(info.counts.records, 0);
    assert.ok(info.counts.regions > 300);
    assert.equal(info.dbPath, db);
  });

  it('add reads a file and standard input (--create-tags makes unknown chains)', async () => {
    const file = path.join(tmp.dir, 'one.json');
    writeFileSync(file, JSON.stringify(EXAMPLE));
    const fromFile = await run(['--db', db, 'add', file]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.match(fromFile.stdout, /^added 2023-06-12 .*洛阳市光电产业链推进会 +\[光电,洛阳市\]/);

    const batch = [
      { kind: 'plan', title: '河南省动力电池行动方案', dateStart: '2024', dateEnd: '2026', chains: ['动力电池'], regions: ['河南'] },
      { kind: 'meeting', title: '新链会议', chains: ['量子烹饪'] },
    ];
    const fromStdin = await run(['--db', db, '--json', 'add', '--create-tags', '-'], JSON.stringify(batch));
    assert.equal(fromStdin.code, 0, fromStdin.stderr);
    const saved = JSON.parse(fromStdin.stdout);
    assert.deepEqual(saved.map((r: { title: string }) => r.title), batch.map((r) => r.title));
    assert.equal(saved[1].chains[0].name, '量子烹饪');
    assert.equal(count(), 3);
  });

  it('a batch with one bad record adds none: non-zero exit, one line on stderr', async () => {
    const file = path.join(tmp.dir, 'batch.json');
    writeFileSync(file, JSON.stringify([
      { kind: 'meeting', title: '第一条好记录', date: '2023-01' },
      { kind: 'meeting', title: '第二条坏记录', regions: ['火星'] },
      { kind: 'meeting', title: '第三条好记录' },
    ]));
    const [r, chain] = await Promise.all([
      run(['--db', db, 'add', file]),
      run(['--db', db, 'add', '-'], JSON.stringify({ kind: 'meeting', title: '又一条', chains: ['分子料理'] })),
    ]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^chainline: error: record 2: .*火星/);
    assert.equal(chain.code, 1, 'an unknown chain is an error without --create-tags');
    assert.match(chain.stderr, /^chainline: error: .*分子料理\n$/);
    assert.equal(count(), 3, 'nothing was written');
  });

  it('list filters by kind, chain, region and date window; search finds across scripts', async () => {
    const [henan, text, window, search] = await Promise.all([
      run(['--db', db, '--json', 'list', '--region', '河南']),
      run(['--db', db, 'list', '--kind', 'meeting', '--chain', '光电', '--region', '洛阳', '--from', '2023-06', '--to', '2023-06']),
      run(['--db', db, '--json', 'list', '--from', '2025-03', '--to', '2025-04']),
      run(['--db', db, '--json', 'search', '產業鏈']),
    ]);
    const rows = JSON.parse(henan.stdout).rows as { title: string; regions: { name: string }[] }[];
    assert.deepEqual(rows.map((r) => r.title).sort(), ['河南省动力电池行动方案', EXAMPLE.title].sort(), 'a province includes its cities');
    assert.match(text.stdout, /^2023-06-12 +会议 +洛阳市光电产业链推进会 +\[光电,洛阳市\] +[0-9a-f-]{36}\n1 of 1 records\n$/);
    assert.deepEqual(JSON.parse(window.stdout).rows.map((r: { title: string }) => r.title), ['河南省动力电池行动方案'], 'spans overlapping the window');
    const hits = JSON.parse(search.stdout);
    assert.equal(hits.records.total, 1);
    assert.ok(hits.records.hits[0].title.segments.some((x: { hit: boolean; text: string }) => x.hit && x.text === '产业链'));
  });

  it('export writes the filtered records as CSV or JSON, refuses to overwrite without --force, and checks the format', async () => {
    const csv = path.join(tmp.dir, 'henan.csv');
    const json = path.join(tmp.dir, 'all.json');
    const first = await run(['--db', db, 'export', 'csv', '--out', csv, '--region', '河南']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /wrote .*henan\.csv: 2 records/);
    const text = readFileSync(csv, 'utf8');
    assert.ok(text.startsWith('\uFEFFid,date_start,'), 'a BOM for Excel, and the records screen columns');
    assert.equal(text.trimEnd().split('\r\n').length, 3, 'header and the two records in 河南');
    assert.match(text, /洛阳市光电产业链推进会/);

    const [again, forced, asJson, badFormat, noFormat, noOut] = await Promise.all([
      run(['--db', db, 'export', 'csv', '--out', csv]),
      run(['--db', db, '--json', 'export', 'csv', '--out', csv, '--force', '--kind', 'meeting']),
      run(['--db', db, '--json', 'export', 'json', '--out', json]),
      run(['--db', db, 'export', 'docx', '--out', path.join(tmp.dir, 'x.docx')]),
      run(['--db', db, 'export', '--out', path.join(tmp.dir, 'y.csv')]),
      run(['--db', db, 'export', 'json']),
    ]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /exists; pass --force/);
    assert.equal(forced.code, 0, forced.stderr);
    const meetings = readFileSync(csv, 'utf8').trimEnd().split('\r\n').slice(1);
    assert.deepEqual(JSON.parse(forced.stdout), { file: csv, format: 'csv', records: meetings.length, bytes: Buffer.byteLength(readFileSync(csv, 'utf8')) });
    assert.ok(meetings.length > 0 && meetings.every((line) => line.split(',')[3] === 'meeting'), 'overwritten with the meetings only');
    assert.equal(asJson.code, 0, asJson.stderr);
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    assert.equal(doc.format, 'chainline-records');
    assert.equal(doc.records.length, JSON.parse(asJson.stdout).records);
    assert.equal(doc.database, 'cli.db');
    for (const r of [badFormat, noFormat, noOut]) {
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /usage: chainline export csv\|xlsx\|json/);
    }
    assert.match(badFormat.stderr, /unknown format docx/);
    assert.ok(!existsSync(path.join(tmp.dir, 'x.docx')));
  });

  it('demo fills the database with the requested count (into a database with records only with --force)', async () => {
    const refused = await run(['--db', db, 'demo', '--count', '40']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already has 3 records: demo data would mix with them/);
    assert.equal(count(), 3);
    const d = await run(['--db', db, '--json', 'demo', '--count', '40', '--force']);
    assert.equal(d.code, 0, d.stderr);
    assert.equal(JSON.parse(d.stdout).records, 40);
    assert.equal(count(), 43);
  });

  it('usage errors exit 2 with the usage text', async () => {
    const [unknown, badOption, none] = await Promise.all([run(['--db', db, 'frobnicate']), run(['--db', db, 'list', '--bogus']), run([])]);
    for (const [r, what] of [[unknown, 'unknown command: frobnicate'], [badOption, 'bogus']] as const) {
      assert.equal(r.code, 2, `${what}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(what));
      assert.match(r.stderr, /usage: chainline/);
    }
    assert.equal(none.code, 2);
    assert.match(none.stdout, /usage: chainline/);
  });
});
