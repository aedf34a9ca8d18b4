import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import readXlsxFile from 'read-excel-file/node';
import { fileTableHashes, tempDir } from '../db/test-helpers';
import { runCli } from './run-cli';

// Tables from the command line: export as the screen shows them, import with
// a dry run that names every bad cell, --map, --valid-only, and the limits.

let tmp: ReturnType<typeof tempDir>;
const file = (name: string) => path.join(tmp.dir, name);
before(() => (tmp = tempDir('chainline-cli-tables-')));
after(() => tmp.cleanup());

const hashes = fileTableHashes;

const RECORDS = [
  { kind: 'meeting', title: '洛阳市光电产业链推进会', date: '2023-06-12', chains: ['光电产业链'], regions: ['洛阳市'], tags: ['链长制'] },
  { kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', date: '2024-03', dateEnd: '2026', status: 'in-force', chains: ['光电产业链'], regions: ['洛阳市'] },
];

describe('chainline export csv|xlsx / import a table', () => {
  it('exports xlsx with the columns and order asked, and a CSV that imports back into an empty database', async () => {
    const a = file('a.db');
    writeFileSync(file('records.json'), JSON.stringify(RECORDS));
    assert.equal((await runCli(['--db', a, 'add', file('records.json')])).code, 0);
    const xlsx = file('out.xlsx');
    const exp = await runCli(['--db', a, 'export', 'xlsx', '--out', xlsx, '--region', '洛阳', '--sort', 'date', '--columns', 'title,date_start,date_end,chains']);
    assert.equal(exp.code, 0, exp.stderr);
    const [records] = await readXlsxFile(readFileSync(xlsx));
    assert.deepEqual(records.data, [
      ['title', 'date_start', 'date_end', 'chains'],
      ['洛阳市光电产业链推进会', '2023-06-12', null, '光电'],
      ['《洛阳市光电产业链三年行动计划》', '2024-03', '2026', '光电'],
    ]);
    const bad = await runCli(['--db', a, 'export', 'csv', '--out', file('x.csv'), '--columns', 'title,colour']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown column colour/);

    const csv = file('all.csv');
    assert.equal((await runCli(['--db', a, 'export', 'csv', '--out', csv, '--columns', 'id,kind,title,date_start,date_end,status,chains,regions,tags'])).code, 0);
    const b = file('b.db');
    assert.equal((await runCli(['--db', b, 'init'])).code, 0);
    const imp = await runCli(['--db', b, 'import', csv]);
    assert.equal(imp.code, 0, imp.stderr);
    assert.match(imp.stdout, /mapping \(proposed\)/);
    assert.match(imp.stdout, /imported 2 records/);
    const again = await runCli(['--db', b, 'import', csv]);
    assert.match(again.stdout, /existing   2/);
    assert.match(again.stdout, /nothing to import/);
  });

  it('a dry run lists errors by row and column; the import refuses them, --valid-only imports the good rows, --map maps', async () => {
    const db = file('c.db');
    assert.equal((await runCli(['--db', db, 'init'])).code, 0);
    const table = file('会议.csv');
    writeFileSync(table, iconv.encode(['名称,类型,日期,产业链', '全省新材料产业链大会,会议,2024年5月,新材料', '坏日期,会议,2024-13,', '怪链,会议,2024,量子纠缠', ''].join('\r\n'), 'gb18030'));
    const before = hashes(db);
    const dry = await runCli(['--db', db, 'import', table, '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^csv .*会议\.csv \(read as GB18030\)/);
    assert.match(dry.stdout, /名称 → title/);
    assert.match(dry.stdout, /row 3, column 日期: '2024-13' is not a date/);
    assert.match(dry.stdout, /row 4, column 产业链: '量子纠缠' is not a known chain/);
    assert.match(dry.stdout, /dry run: nothing was written/);
    const refused = await runCli(['--db', db, 'import', table]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /nothing was imported: 2 of 3 rows have errors \(fix them, or pass --valid-only/);
    assert.deepEqual(hashes(db), before);

    writeFileSync(file('map.json'), JSON.stringify({ 产业链: null }));
    const mapped = await runCli(['--db', db, '--json', 'import', table, '--dry-run', '--map', file('map.json')]);
    const [plan] = JSON.parse(mapped.stdout);
    assert.equal(plan.plan.mappingFrom, 'given');
    assert.equal(plan.plan.mapping['产业链'], null);
    assert.deepEqual(plan.plan.invalidRows, [3]);

    const valid = await runCli(['--db', db, 'import', table, '--valid-only']);
    assert.equal(valid.code, 0, valid.stderr);
    assert.match(valid.stdout, /imported 1 records; 2 rows with errors left out/);
    const list = await runCli(['--db', db, '--json', 'list']);
    assert.deepEqual(JSON.parse(list.stdout).rows.map((r: { title: string }) => r.title), ['全省新材料产业链大会']);
  });

  it('refuses a table over 50 MB before reading it, and a bad --map file', async () => {
    const db = file('d.db');
    assert.equal((await runCli(['--db', db, 'init'])).code, 0);
    const big = file('big.csv');
    const row = '一个很长的标题用来填满文件,会议,2024\r\n';
    writeFileSync(big, `标题,类型,日期\r\n${row.repeat(Math.ceil((51 * 2 ** 20) / Buffer.byteLength(row)))}`);
    const before = hashes(db);
    const r = await runCli(['--db', db, 'import', big]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /big\.csv is 5\d\.\d MB; the limit for a table is 50 MB: split it/);
    writeFileSync(file('bad-map.json'), JSON.stringify({ 标题: 'headline' }));
    const small = file('s.csv');
    writeFileSync(small, '标题,类型\r\n会,会议\r\n');
    const m = await runCli(['--db', db, 'import', small, '--map', file('bad-map.json')]);
    assert.equal(m.code, 1);
    assert.match(m.stderr, /--map .*bad-map\.json: 标题: /);
    assert.deepEqual(hashes(db), before);
  });
});
