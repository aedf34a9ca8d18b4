import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { tempDir } from '../db/test-helpers';
import { runCli } from './run-cli';

// `chainline add` as a researcher runs it on files from other tools: every
// refusal must name what is wrong and leave the database exactly as it was.

const run = (args: string[], stdin?: string | Buffer) => runCli(['--db', db, ...args], stdin);

let tmp: ReturnType<typeof tempDir>;
let db: string;
let stored: { id: string; title: string };
before(async () => {
  tmp = tempDir('chainline-add-');
  db = path.join(tmp.dir, 'add.db');
  const r = await run(['--json', 'add', '-'], JSON.stringify({ kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', dateStart: '2024', targets: [{ metric: '产业规模', value: 900, unit: '亿元' }] }));
  assert.equal(r.code, 0, r.stderr);
  stored = JSON.parse(r.stdout);
});
after(() => tmp.cleanup());

/** Every table's rows, to prove a refused add changed nothing. */
function dump(): string {
  const d = new Database(db, { readonly: true });
  try {
    const tables = d.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '%tok%' ORDER BY name`).all() as { name: string }[];
    return tables.map(({ name }) => JSON.stringify(d.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all())).join('\n');
  } finally {
    d.close();
  }
}

async function refused(args: string[], stdin: string | Buffer | undefined, pattern: RegExp): Promise<void> {
  const before = dump();
  const r = await run(args, stdin);
  assert.notEqual(r.code, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
  assert.match(r.stderr, pattern);
  assert.equal(dump(), before, 'nothing changed');
}

describe('chainline add: input exactly as written, or refused', () => {
  it('refuses a GBK or Big5 file, naming the encoding, instead of storing mojibake', async () => {
    const file = path.join(tmp.dir, 'gbk.json');
    writeFileSync(file, iconv.encode(JSON.stringify({ kind: 'meeting', title: '全省光电产业链专题会议召开，推进产业链高质量发展' }), 'gbk'));
    await refused(['add', file], undefined, /not UTF-8 \(it looks like GB18030\)/);
    writeFileSync(file, iconv.encode(JSON.stringify({ kind: 'meeting', title: '全省光電產業鏈專題會議召開，推進產業鏈高質量發展' }), 'big5'));
    await refused(['add', file], undefined, /not UTF-8 \(it looks like Big5\)/);
  });

  it('refuses invalid UTF-8, duplicate keys and lone surrogates', async () => {
    await refused(['add', '-'], Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0xff, 0x7d]), /not UTF-8/);
    await refused(['add', '-'], '{"kind":"meeting","title":"甲","title":"乙"}', /key "title" twice/);
    await refused(['add', '-'], '{"kind":"meeting","title":"\\udc00会议"}', /title holds a broken character/);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const r = await run(['--json', 'add', '-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ kind: 'meeting', title: '带BOM的会议' }))]));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).title, '带BOM的会议');
  });

  it('never replaces an existing record unless asked; --replace keeps the old version in the history', async () => {
    const again = JSON.stringify({ id: stored.id, kind: 'plan', title: '替换后的标题' });
    await refused(['add', '-'], again, /already exists \(“《洛阳市光电产业链三年行动计划》”\): pass --replace/);
    const r = await run(['add', '--replace', '-'], again);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^replaced .*替换后的标题/);
    const h = await run(['--json', 'history', stored.id]);
    const versions = JSON.parse(h.stdout) as { seq: number; reason: string; title: string; record: { targets: { metric: string }[] } }[];
    assert.deepEqual(versions.map((v) => [v.reason, v.title]), [['replace', stored.title]]);
    assert.equal(versions[0].record.targets[0].metric, '产业规模', 'the replaced version is whole, targets included');
    const back = await run(['--json', 'history', stored.id, '--restore', String(versions[0].seq)]);
    assert.equal(back.code, 0, back.stderr);
    assert.equal(JSON.parse(back.stdout).title, stored.title);
    assert.equal(JSON.parse(back.stdout).targets[0].value, 900);
  });
});
