import assert from 'node:assert/strict';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fileTableHashes, tempDir } from '../db/test-helpers';
import { runCli } from './run-cli';

// Bundles from the command line, a whole round trip per test: export from one
// database, dry run and merge into another, and every kind of bad file refused
// with the database left exactly as it was.

let tmp: ReturnType<typeof tempDir>;
const file = (name: string) => path.join(tmp.dir, name);
before(() => (tmp = tempDir('chainline-cli-bundle-')));
after(() => tmp.cleanup());

const hashes = fileTableHashes;

const RECORDS = [
  { kind: 'meeting', title: '洛阳市光电产业链推进会', date: '2023-06-12', chains: ['光电产业链'], regions: ['洛阳市'], tags: ['链长制'] },
  { kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', date: '2024', dateEnd: '2026', chains: ['光电产业链'], regions: ['洛阳市'], targets: [{ metric: '产业规模', value: 900, unit: '亿元', deadline: '2026' }] },
];

describe('chainline export bundle / import', () => {
  it('exports a bundle, previews it without writing, merges it, and a second merge changes nothing', async () => {
    const a = file('a.db');
    const b = file('b.db');
    writeFileSync(file('records.json'), JSON.stringify(RECORDS));
    assert.equal((await runCli(['--db', a, 'add', file('records.json')])).code, 0);
    const out = file('share.chainline');
    const exp = await runCli(['--db', a, '--json', 'export', 'bundle', '--out', out]);
    assert.equal(exp.code, 0, exp.stderr);
    assert.equal(JSON.parse(exp.stdout).records, 2);
    const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(out))));
    assert.equal(entries[0], 'bundle.json', 'bundle.json is the first entry');
    assert.equal((await runCli(['--db', a, 'export', 'bundle', '--out', out])).code, 1, 'an existing file is not overwritten without --force');

    assert.equal((await runCli(['--db', b, 'init'])).code, 0);
    const before = hashes(b);
    const dry = await runCli(['--db', b, 'import', out, '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /added {6}2/);
    assert.match(dry.stdout, /洛阳市光电产业链推进会/);
    assert.match(dry.stdout, /dry run: nothing was written/);
    assert.deepEqual(hashes(b), before, 'a dry run writes nothing');

    const merged = await runCli(['--db', b, '--json', 'import', out]);
    assert.equal(merged.code, 0, merged.stderr);
    const [result] = JSON.parse(merged.stdout);
    assert.deepEqual(result.plan.records.added.map((r: { title: string }) => r.title).sort(), RECORDS.map((r) => r.title).sort());
    assert.match(result.backup, /before-bundle/);
    const list = await runCli(['--db', b, '--json', 'list']);
    assert.equal(JSON.parse(list.stdout).total ?? JSON.parse(list.stdout).length, 2);

    const once = hashes(b);
    const again = await runCli(['--db', b, '--json', 'import', out]);
    assert.equal(again.code, 0, again.stderr);
    const second = JSON.parse(again.stdout)[0];
    assert.equal(second.plan.records.unchanged.length, 2);
    assert.equal(second.backup, null, 'nothing to change: no backup either');
    const twice = hashes(b);
    assert.deepEqual(twice, once, 'the same bundle twice changes nothing');
  });

  it('refuses a cut-off bundle, a newer format, wrong types and a file over 50 MB, and changes nothing', async () => {
    const a = file('bad-src.db');
    const b = file('bad.db');
    writeFileSync(file('one.json'), JSON.stringify(RECORDS.slice(0, 1)));
    await runCli(['--db', a, 'add', file('one.json')]);
    const good = file('good.chainline');
    await runCli(['--db', a, 'export', 'bundle', '--out', good]);
    await runCli(['--db', b, 'init']);
    const before = hashes(b);
    const json = JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(good)))['bundle.json']!));

    const cut = file('cut.chainline');
    writeFileSync(cut, readFileSync(good));
    truncateSync(cut, Math.floor(readFileSync(good).length / 2));
    const newer = file('newer.chainline');
    writeFileSync(newer, zipSync({ 'bundle.json': strToU8(JSON.stringify({ ...json, formatVersion: 2 })) }));
    const wrong = file('wrong.json');
    json.data.records[0].amount_value = '很多';
    writeFileSync(wrong, JSON.stringify(json));
    const cutJson = file('cut.json');
    writeFileSync(cutJson, JSON.stringify(json).slice(0, 300));
    const big = file('big.chainline');
    writeFileSync(big, readFileSync(good));
    truncateSync(big, 51 * 1024 * 1024);

    const cases: [string, RegExp][] = [
      [cut, /damaged or cut off/],
      [newer, /newer Chainline.*update Chainline to import it/],
      [wrong, /record .*洛阳市光电产业链推进会.*data\.records\.0\.amount_value/],
      [cutJson, /damaged or cut off/],
      [big, /limit for a bundle is 50 MB/],
    ];
    for (const [f, message] of cases) {
      const r = await runCli(['--db', b, 'import', f]);
      assert.equal(r.code, 1, `${path.basename(f)}: ${r.stdout}`);
      assert.match(r.stderr, message, path.basename(f));
    }
    assert.deepEqual(hashes(b), before, 'nothing changed');
  });

  it('routes each file named by its content: a RIS file to the citation importer, an article to the article importer', async () => {
    const db = file('ris.db');
    writeFileSync(file('refs.ris'), 'TY  - NEWS\r\nTI  - 关于推进集成电路产业链\r\nT2  - 河南日报\r\nDA  - 2024/03/05\r\nER  - \r\n');
    writeFileSync(file('article.txt'), '洛阳市召开光电产业链推进会。会议强调，要加快光电产业链发展。');
    const both = await runCli(['--db', db, 'import', file('refs.ris'), file('article.txt')]);
    assert.equal(both.code, 0, both.stderr);
    assert.match(both.stdout, /imported .*refs\.ris \(ris\): 1 added/);
    assert.match(both.stdout, /1 imported, 0 duplicate, 0 failed/);
  });
});
