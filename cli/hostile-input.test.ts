// Hostile input through every door a researcher's data comes in by: the
// importer (files, paths, pasted text), records.save, list and search
// filters, and the export commands' targets. Each case must end with a clear
// per-item error or a safe result, never a crash or a hang (each has a time
// limit), and a refused case must leave every table exactly as it was.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ImportBatch, ImportResult } from '../api/contract/imports';
import { openDatabase } from '../db/open';
import { parsePool } from '../db/services/parse-pool';
import { tableHashes, tempDir, wrap, type TestDb } from '../db/test-helpers';
import { deflatedDocx, documentXml, paragraphXml } from '../import/fixtures/docx';
import { main } from './main';

const CASE_MS = 30_000;
let tmp: ReturnType<typeof tempDir>;
let dbFile: string;
let t: TestDb;

const ARTICLE = '全省光电产业链专题会议召开\n\n会议强调，要加快推进光电产业链建设，力争到2026年产业规模突破900亿元，洛阳市人民政府召开会议研究部署相关工作。';
const RECORD = { kind: 'meeting' as const, title: '洛阳市光电产业链推进会', date: '2023-06-12', chains: ['光电产业链'], regions: ['洛阳市'] };

before(async () => {
  tmp = tempDir('chainline-hostile-');
  dbFile = path.join(tmp.dir, 'hostile.db');
  t = wrap(openDatabase(dbFile).db, dbFile);
  // Something already stored, which no refused case may touch.
  await t.add(RECORD);
  await t.add({ kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', dateStart: '2024', dateEnd: '2026', chains: ['光电'], regions: ['洛阳'], targets: [{ metric: '产业规模', value: 900, unit: '亿元' }] });
  const [stored] = (await t.api.imports.files({ files: [{ name: 'seed.txt', data: Buffer.from(ARTICLE).toString('base64') }] })).results;
  assert.equal(stored!.status, 'imported');
});
after(async () => {
  await parsePool.close();
  t.close();
  tmp.cleanup();
});

/** A seeded pseudo-random byte string: the same "random" file every run. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const utf16 = (text: string, bigEndian = false) => {
  const le = Buffer.from(text, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
};
const bomb = (mb: number, lie = false) => {
  const para = paragraphXml(['全省光电产业链专题会议召开。'.repeat(20)]);
  return deflatedDocx(documentXml(para.repeat(Math.ceil((mb * 2 ** 20) / Buffer.byteLength(para)))), lie ? { 'word/document.xml': 500 } : {});
};
const laughs = (body: string) =>
  `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>` +
  documentXml(paragraphXml([body])).replace(/^<\?xml[^>]*>/, '');

type Expect = 'refused' | 'safe' | 'either';

/** Runs one case, checking the database before and after: a refusal changes nothing; a safe result changes only what it reports. */
async function guarded(expect: Expect, run: () => Promise<'refused' | 'safe'>, safeCheck?: () => void): Promise<void> {
  const before = tableHashes(t.db);
  const outcome = await run();
  if (expect !== 'either') assert.equal(outcome, expect);
  if (outcome === 'refused') assert.deepEqual(tableHashes(t.db), before, 'a refused case changed the database');
  else {
    safeCheck?.();
    assert.deepEqual(t.db.pragma('quick_check'), [{ quick_check: 'ok' }]);
  }
}

// ---------------------------------------------------------------- importer
interface FileCase {
  name: string;
  bytes: Uint8Array;
  expect: Expect;
  /** The refusal's code, when a refusal is expected. */
  code?: RegExp;
  /** For a safe import: text the stored body must hold (no mojibake). */
  holds?: string;
}

const FILE_CASES: FileCase[] = [
  { name: 'empty.txt', bytes: Buffer.alloc(0), expect: 'refused', code: /^empty/ },
  { name: 'spaces.txt', bytes: Buffer.from(' \n\t\r\n  \u3000'), expect: 'refused', code: /^empty/ },
  ...[1, 2, 3, 4].map((seed) => ({ name: `noise-${seed}.txt`, bytes: noise(4096 * seed, seed), expect: 'refused' as const, code: /^(undecodable|unsupported|corrupt)/ })),
  { name: 'noise.md', bytes: noise(10_000, 5), expect: 'refused', code: /^(undecodable|unsupported|corrupt)/ },
  { name: 'noise.html', bytes: noise(10_000, 6), expect: 'refused', code: /^(undecodable|unsupported|corrupt)/ },
  { name: 'noise.docx', bytes: noise(10_000, 7), expect: 'refused', code: /^corrupt/ },
  { name: 'noise.pdf', bytes: noise(10_000, 8), expect: 'refused', code: /^corrupt/ },
  { name: 'noise.xyz', bytes: noise(1000, 9), expect: 'refused', code: /^unsupported/ },
  { name: 'noextension', bytes: noise(1000, 10), expect: 'refused', code: /^unsupported/ },
  { name: 'truncated-utf8.txt', bytes: Buffer.from(`${ARTICLE}截断一`).subarray(0, Buffer.byteLength(`${ARTICLE}截断`) + 2), expect: 'safe', holds: '研究部署相关工作。截断' },
  { name: 'broken-utf8-inside.txt', bytes: Buffer.concat([Buffer.from(ARTICLE.slice(0, 20)), Buffer.from([0xe4, 0xb8]), Buffer.from('第二段' + ARTICLE.slice(20))]), expect: 'either', holds: '产业' },
  { name: 'utf16le-nobom.txt', bytes: utf16(`UTF16 ${ARTICLE} 第二篇`), expect: 'either', holds: '光电产业链' },
  { name: 'utf16be-nobom.txt', bytes: utf16(`UTF16BE ${ARTICLE}`, true), expect: 'either', holds: '光电产业链' },
  { name: 'controls.txt', bytes: Buffer.from(ARTICLE.split('').join('\u0001\u0002\u0007')), expect: 'refused', code: /^undecodable/ },
  { name: 'nul-sprinkled.txt', bytes: Buffer.from(ARTICLE.replace(/，/g, '\u0000')), expect: 'either', holds: '光电' },
  { name: 'all-nul.txt', bytes: Buffer.alloc(100_000), expect: 'refused', code: /^(undecodable|empty|unsupported)/ },
  { name: 'long-line-han.txt', bytes: Buffer.from('长行' + '产业链建设取得新进展'.repeat(10_000)), expect: 'safe', holds: '产业链建设' },
  { name: 'long-line-ascii.txt', bytes: Buffer.from('a'.repeat(100_000)), expect: 'either' },
  { name: 'one-word-2mb.txt', bytes: Buffer.from(`${ARTICLE}\n\n${'a'.repeat(2_000_000)}`), expect: 'safe', holds: 'aaaa' },
  { name: 'one-word-4mb.txt', bytes: Buffer.from(`${ARTICLE}\n\n${'a'.repeat(4_000_000)}`), expect: 'refused', code: /^too-large: its text is 4,000,\d{3} characters; one article may hold 3,000,000/ },
  { name: 'one-char-mb.txt', bytes: Buffer.from('链'.repeat(100_000)), expect: 'either' },
  { name: 'sql.txt', bytes: Buffer.from(`${ARTICLE}\n\n注入'; DROP TABLE records;-- 产业链"; DELETE FROM sources; --`), expect: 'safe', holds: 'DROP TABLE records' },
  { name: 'bomb.docx', bytes: bomb(64), expect: 'refused', code: /^too-large: its text parts inflate/ },
  { name: 'bomb-lying.docx', bytes: bomb(40, true), expect: 'refused', code: /^too-large: its text parts inflate to more than/ },
  { name: 'bomb-named.txt', bytes: bomb(64), expect: 'refused', code: /^too-large/ },
  { name: 'laughs.docx', bytes: deflatedDocx(laughs('&lol9;')), expect: 'refused', code: /^corrupt: .*declares XML entities/ },
  { name: 'xxe.docx', bytes: deflatedDocx(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${documentXml(paragraphXml(['&x;'])).replace(/^<\?xml[^>]*>/, '')}`), expect: 'refused', code: /^corrupt: .*entities/ },
  { name: 'text-named.docx', bytes: Buffer.from(ARTICLE), expect: 'refused', code: /^corrupt/ },
  { name: 'cut.docx', bytes: deflatedDocx(documentXml(paragraphXml([ARTICLE]))).subarray(0, 300), expect: 'refused', code: /^corrupt/ },
  { name: 'bad-xml.docx', bytes: deflatedDocx('<w:document><w:body><w:p>'), expect: 'refused', code: /^(corrupt|empty)/ },
  { name: 'other.zip.txt', bytes: deflatedDocx(documentXml('')).fill(0x41, 30, 40), expect: 'refused', code: /^(corrupt|unsupported|empty)/ },
  { name: 'cut.pdf', bytes: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog'), expect: 'refused', code: /^(corrupt|empty)/ },
  { name: 'deep.html', bytes: Buffer.from(`<html><body>${'<div>'.repeat(60_000)}正文${'</div>'.repeat(60_000)}</body></html>`), expect: 'refused', code: /^too-complex/ },
  { name: 'deep-custom.html', bytes: Buffer.from(`<html><body>${'<x-a>'.repeat(20_000)}正文</body></html>`), expect: 'refused', code: /^too-complex/ },
  { name: 'angles.html', bytes: Buffer.from(`<html><body>${'<a'.repeat(100_000)}</body></html>`), expect: 'either' },
  { name: 'script-only.html', bytes: Buffer.from('<html><head><script>alert(1)</script></head><body><script>document.write(1)</script></body></html>'), expect: 'refused', code: /^empty/ },
  { name: 'long-attr.html', bytes: Buffer.from(`<html><body><p title="${'x'.repeat(100_000)}">${ARTICLE}长属性</p></body></html>`), expect: 'either' },
  { name: 'nul.html', bytes: Buffer.from(`<html><body><p>${ARTICLE}\u0000网页</p></body></html>`), expect: 'either' },
  { name: 'old.doc', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(2000, 11)]), expect: 'refused', code: /^(unsupported|undecodable)/ },
  { name: 'pdf-named.txt', bytes: Buffer.from('%PDF-1.7\n%garbage'), expect: 'refused', code: /^(corrupt|empty)/ },
  { name: 'letter.rtf', bytes: Buffer.from('{\\rtf1 hello}'), expect: 'refused', code: /^unsupported/ },
  { name: '../../../../etc/passwd.txt', bytes: Buffer.from(`${ARTICLE}路径穿越`), expect: 'safe', holds: '路径穿越' },
  { name: 'nul\u0000name.txt', bytes: Buffer.from(`${ARTICLE}名字`), expect: 'either' },
  { name: `${'长'.repeat(990)}.txt`, bytes: Buffer.from(`${ARTICLE}长名字`), expect: 'safe', holds: '长名字' },
  { name: 'lone-surrogate.txt', bytes: Buffer.from(`${ARTICLE}\ud800孤`), expect: 'either' },
];

async function importOne(c: FileCase): Promise<'refused' | 'safe'> {
  const reply = await t.call('imports.files', { files: [{ name: c.name, data: Buffer.from(c.bytes).toString('base64') }] });
  assert.ok(reply.ok, `the call as a whole fails only on bad arguments (${JSON.stringify(!reply.ok && reply.error)})`);
  const [r] = (reply.result as ImportBatch).results as ImportResult[];
  if (r!.status === 'failed') {
    assert.ok(r!.error && r!.error.length < 400, `a short reason: ${r!.error}`);
    if (c.code) assert.match(r!.error!, c.code);
    return 'refused';
  }
  if (r!.status === 'duplicate') return 'refused';
  const body = (t.db.prepare('SELECT body FROM sources WHERE id = ?').get(r!.sourceId) as { body: string }).body;
  if (c.holds) assert.ok(body.includes(c.holds), `the stored text holds ${c.holds}`);
  assert.ok(!body.includes('\ufffd\ufffd\ufffd'), 'no mojibake');
  return 'safe';
}

describe('hostile files through imports.files', () => {
  for (const c of FILE_CASES) {
    it(`${c.name.slice(0, 60)} (${c.bytes.length} bytes): ${c.expect}`, { timeout: CASE_MS }, async () => {
      const seqBefore = (t.db.prepare('SELECT max(seq) AS m FROM sources').get() as { m: number }).m;
      const others = () => JSON.stringify(t.db.prepare('SELECT * FROM sources WHERE seq <= ? ORDER BY seq').all(seqBefore));
      const sourcesBefore = others();
      await guarded(c.expect, () => importOne(c), () => assert.equal(others(), sourcesBefore, 'articles stored before are untouched'));
    });
  }
});

describe('hostile calls of imports.files and imports.text', () => {
  const b64 = Buffer.from(ARTICLE).toString('base64');
  const bad: [string, unknown][] = [
    ['no files', { files: [] }],
    ['files not a list', { files: 'x' }],
    ['a file without name', { files: [{ data: b64 }] }],
    ['a name of 1,001 characters', { files: [{ name: 'x'.repeat(1001), data: b64 }] }],
    ['data that is not base64', { files: [{ name: 'a.txt', data: '@@@not base64@@@' }] }],
    ['data of the wrong type', { files: [{ name: 'a.txt', data: 12345 }] }],
    ['1,001 files', { files: Array.from({ length: 1001 }, (_, i) => ({ name: `${i}.txt`, data: b64 })) }],
    ['a batch over 64 MB', { files: Array.from({ length: 3 }, (_, i) => ({ name: `${i}.txt`, data: 'QUFB'.repeat(8 * 2 ** 20) })) }],
    ['arguments not an object', 'files'],
  ];
  for (const [what, args] of bad) {
    it(`imports.files refuses ${what}`, { timeout: CASE_MS }, async () =>
      guarded('refused', async () => {
        const reply = await t.call('imports.files', args);
        assert.ok(!reply.ok && reply.error.code === 'invalid-argument', JSON.stringify(reply).slice(0, 200));
        return 'refused';
      }));
  }
  const texts: [string, unknown, Expect][] = [
    ['empty text', { text: '' }, 'refused'],
    ['only spaces', { text: ' \n\t ' }, 'refused'],
    ['5,000,001 characters', { text: 'a'.repeat(5_000_001) }, 'refused'],
    ['text of the wrong type', { text: 42 }, 'refused'],
    ['a deeply nested page', { text: `<html><body>${'<div>'.repeat(30_000)}正文</body></html>` }, 'refused'],
    ['NUL and controls only', { text: '\u0000\u0001\u0002\u0003' }, 'refused'],
    ['SQL-like text', { text: `'; DROP TABLE sources;--\n\n${ARTICLE}粘贴` }, 'safe'],
  ];
  for (const [what, args, expect] of texts) {
    it(`imports.text: ${what}`, { timeout: CASE_MS }, async () =>
      guarded(expect, async () => {
        const reply = await t.call('imports.text', args);
        if (!reply.ok) return 'refused';
        const r = reply.result as ImportResult;
        return r.status === 'imported' ? 'safe' : 'refused';
      }));
  }
});

describe('hostile paths through imports.paths', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a FIFO named .txt', () => {
      const p = path.join(tmp.dir, 'fifo.txt');
      if (!existsSync(p)) execFileSync('mkfifo', [p]);
      return [p];
    }, /^unsupported: a pipe \(FIFO\)/],
    ['/dev/zero', () => ['/dev/zero'], /^unsupported: a device/],
    ['/dev/urandom', () => ['/dev/urandom'], /^unsupported: a device/],
    ['a symbolic link to /dev/zero, named .txt', () => {
      const p = path.join(tmp.dir, 'zero-link.txt');
      if (!existsSync(p)) symlinkSync('/dev/zero', p);
      return [p];
    }, /^unsupported: a device/],
    ['a dangling symbolic link', () => {
      const p = path.join(tmp.dir, 'dangling.txt');
      try {
        symlinkSync(path.join(tmp.dir, 'nowhere'), p);
      } catch {
        // made by an earlier run of this case
      }
      return [p];
    }, /^not found/],
    ['a missing file', () => [path.join(tmp.dir, 'missing.txt')], /^not found/],
    ['a sparse 60 MB text file', () => {
      const p = path.join(tmp.dir, 'sparse.txt');
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 60 * 2 ** 20);
      closeSync(fd);
      return [p];
    }, /^too-large: the file is 60\.0 MB/],
    ['a sparse 120 MB .pdf', () => {
      const p = path.join(tmp.dir, 'sparse.pdf');
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 120 * 2 ** 20);
      closeSync(fd);
      return [p];
    }, /^too-large: the file is 120\.0 MB; the limit for Word and PDF files is 100\.0 MB/],
    ['a traversal path to a missing file', () => [path.join(tmp.dir, '..', '..', '..', 'no-such-dir', 'x.txt')], /^not found/],
  ];
  for (const [what, make, reason] of cases) {
    it(`refuses ${what} with a reason, at once`, { timeout: CASE_MS }, async () =>
      guarded('refused', async () => {
        const reply = await t.call('imports.paths', { paths: make() });
        assert.ok(reply.ok);
        const [r] = (reply.result as ImportBatch).results;
        assert.equal(r!.status, 'failed');
        assert.match(r!.error!, reason);
        return 'refused';
      }));
  }
  it('a folder holding a FIFO, a link to a device and hidden files yields only its regular files', { timeout: CASE_MS }, async () =>
    guarded('refused', async () => {
      const dir = path.join(tmp.dir, 'walk');
      mkdirSync(dir, { recursive: true });
      if (!existsSync(path.join(dir, 'p.txt'))) execFileSync('mkfifo', [path.join(dir, 'p.txt')]);
      if (!existsSync(path.join(dir, 'z.txt'))) symlinkSync('/dev/zero', path.join(dir, 'z.txt'));
      writeFileSync(path.join(dir, '.hidden.txt'), ARTICLE);
      const reply = await t.call('imports.paths', { paths: [dir] });
      assert.ok(reply.ok);
      assert.equal((reply.result as ImportBatch).results.length, 0);
      return 'refused';
    }));
  it('a path with a NUL byte is a per-file failure', { timeout: CASE_MS }, async () =>
    guarded('refused', async () => {
      const reply = await t.call('imports.paths', { paths: [`${tmp.dir}/a\u0000b.txt`] });
      assert.ok(reply.ok ? (reply.result as ImportBatch).results[0]!.status === 'failed' : reply.error.code === 'invalid-argument');
      return 'refused';
    }));
});

// ------------------------------------------------------------ records.save
describe('hostile records through records.save', () => {
  const refused: [string, unknown][] = [
    ['2024-02-30', { ...RECORD, date: '2024-02-30' }],
    ['2024-13', { ...RECORD, date: '2024-13' }],
    ['2024-00', { ...RECORD, date: '2024-00' }],
    ['2023-02-29 (not a leap year)', { ...RECORD, date: '2023-02-29' }],
    ['a one-digit month on a day that does not exist', { ...RECORD, date: '2024-2-30' }],
    ['a date in words', { ...RECORD, date: 'yesterday' }],
    ['a date as a number', { ...RECORD, date: 20240612 }],
    ['an end before the start', { ...RECORD, kind: 'plan', date: '2025', dateEnd: '2024' }],
    ['a title of the wrong type', { ...RECORD, title: 12 }],
    ['a missing title', { kind: 'meeting' }],
    ['a blank title', { ...RECORD, title: '   ' }],
    ['a missing kind', { title: 'x' }],
    ['an unknown kind', { ...RECORD, kind: 'rumour' }],
    ['an unknown field', { ...RECORD, titel: 'typo' }],
    ['a __proto__ field', JSON.parse(`{"kind":"meeting","title":"x","__proto__":{"polluted":true}}`)],
    ['chains as a string', { ...RECORD, chains: '光电' }],
    ['a chain that is a number', { ...RECORD, chains: [42] }],
    ['an unknown chain', { ...RECORD, chains: ['不存在的产业链'] }],
    ['an unknown region', { ...RECORD, regions: ['亚特兰蒂斯'] }],
    ['201 chains', { ...RECORD, chains: Array.from({ length: 201 }, () => '光电') }],
    ['a title of 100,000 characters', { ...RECORD, title: '链'.repeat(100_000) }],
    ['notes of 1,000,000 characters', { ...RECORD, notes: 'x'.repeat(1_000_000) }],
    ['targets as an object', { ...RECORD, kind: 'plan', targets: { metric: 'x' } }],
    ['a target value of the wrong type', { ...RECORD, kind: 'plan', date: '2024', targets: [{ metric: '产值', value: '900' }] }],
    ['a target on a meeting', { ...RECORD, targets: [{ metric: '产值', value: 900 }] }],
    ['a link to a record that does not exist', { ...RECORD, links: [{ relation: 'part-of', toId: '00000000-0000-4000-8000-000000000000' }] }],
    ['a citation of a source that does not exist', { ...RECORD, citations: [{ sourceId: '00000000-0000-4000-8000-000000000000' }] }],
    ['the record is null', null],
  ];
  for (const [what, record] of refused) {
    it(`refuses ${what}`, { timeout: CASE_MS }, async () =>
      guarded('refused', async () => {
        const reply = await t.call('records.save', { record });
        assert.ok(!reply.ok, `refused (${JSON.stringify(reply).slice(0, 200)})`);
        assert.ok(['invalid-argument', 'not-found'].includes(reply.error.code), reply.error.code);
        assert.ok(reply.error.message.length < 400 && !/\n\s+at /.test(reply.error.message), 'a one-line message, no stack');
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
        return 'refused';
      }));
  }
  const safe: [string, string][] = [
    ['SQL-like text', "'; DROP TABLE records;--"],
    ['quotes and percent signs', `"%' OR 1=1 --`],
    ['NUL and control characters', 'a\u0000b\u0001c'],
    ['HTML', '<img src=x onerror=alert(1)>会议'],
  ];
  for (const [what, title] of safe) {
    it(`stores ${what} as it is, and nothing else changes`, { timeout: CASE_MS }, async () =>
      guarded('safe', async () => {
        const before = t.db.prepare('SELECT id, updated_at FROM records ORDER BY id').all();
        const saved = await t.api.records.save({ record: { ...RECORD, title } });
        assert.equal(saved.title, title);
        assert.deepEqual(t.db.prepare('SELECT id, updated_at FROM records WHERE id <> ? ORDER BY id').all(saved.id), before);
        assert.ok(t.db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'records'`).get());
        return 'safe';
      }));
  }
});

// ------------------------------------------------------- list and search
describe('hostile filters through records.list, sources.list and search', () => {
  const refusedFilters: [string, string, unknown][] = [
    ['records.list', 'an impossible from date', { filter: { from: '2024-02-30' } }],
    ['records.list', 'month 13', { filter: { to: '2024-13' } }],
    ['records.list', 'a negative limit', { page: { offset: 0, limit: -1 } }],
    ['records.list', 'a huge limit', { page: { offset: 0, limit: 1e9 } }],
    ['records.list', 'an offset that is not a number', { page: { offset: null, limit: 10 } }],
    ['records.list', 'an SQL sort', { sort: 'title; DROP TABLE records' }],
    ['records.list', 'a kind that is not one', { filter: { kinds: ['rumour'] } }],
    ['records.list', 'text over 200 characters', { filter: { text: 'x'.repeat(201) } }],
    ['records.list', 'an unknown filter', { filter: { colour: 'red' } }],
    ['records.list', 'a chain of the wrong type', { filter: { chains: [{}] } }],
    ['search.query', 'an empty query', { query: '' }],
    ['search.query', 'a query of 10,000 characters', { query: '产'.repeat(10_000) }],
  ];
  for (const [channel, what, args] of refusedFilters) {
    it(`${channel} refuses ${what}`, { timeout: CASE_MS }, async () =>
      guarded('refused', async () => {
        const reply = await t.call(channel, args);
        assert.ok(!reply.ok && ['invalid-argument', 'not-found'].includes(reply.error.code), JSON.stringify(reply).slice(0, 200));
        return 'refused';
      }));
  }
  const odd = ['"', '*', 'NEAR(', 'AND OR NOT', "'; DROP TABLE records;--", '\u0000', '(((', '产业链" OR "1', '^', ':'];
  for (const text of odd) {
    for (const channel of ['records.list', 'sources.list', 'search.query']) {
      it(`${channel} answers ${JSON.stringify(text)} as plain text`, { timeout: CASE_MS }, async () =>
        guarded('refused', async () => {
          const args = channel === 'search.query' ? { query: text } : { filter: { text } };
          const reply = await t.call(channel, channel === 'sources.list' ? { text } : args);
          assert.ok(reply.ok || reply.error.code === 'invalid-argument', JSON.stringify(reply).slice(0, 200));
          return 'refused';
        }));
    }
  }
});

// -------------------------------------------------------- export targets
describe('hostile export targets through the CLI', () => {
  async function cli(args: string[]): Promise<{ code: number; err: string }> {
    const errors: string[] = [];
    const log = console.log;
    const error = console.error;
    console.log = () => undefined;
    console.error = (...a: unknown[]) => void errors.push(a.join(' '));
    try {
      return { code: await main(['--db', dbFile, ...args]), err: errors.join('\n') };
    } finally {
      console.log = log;
      console.error = error;
    }
  }
  const refusals: [string, () => string[], number, RegExp][] = [
    ['export --out into a folder that does not exist', () => ['export', 'csv', '--out', path.join(tmp.dir, 'no', 'such', 'dir', 'x.csv')], 1, /the folder .* does not exist/],
    ['export --out ../../x through a missing folder', () => ['export', 'json', '--out', path.join(tmp.dir, 'missing', '..', '..', 'nowhere-else', 'x.json')], 1, /does not exist/],
    ['export-pdf --out into a folder that does not exist', () => ['export-pdf', '--out', path.join(tmp.dir, 'missing-pdf-dir', 'x.pdf')], 1, /the folder .* does not exist/],
    ['export --out naming a folder', () => ['export', 'csv', '--out', tmp.dir, '--force'], 1, /is a folder/],
    ['export --out naming a FIFO (would hang)', () => {
      const p = path.join(tmp.dir, 'out-fifo.csv');
      if (!existsSync(p)) execFileSync('mkfifo', [p]);
      return ['export', 'csv', '--out', p, '--force'];
    }, 1, /not a regular file/],
    ['export --out /dev/null', () => ['export', 'csv', '--out', '/dev/null', '--force'], 1, /not a regular file/],
    ['export --out an existing file without --force', () => {
      const p = path.join(tmp.dir, 'exists.csv');
      writeFileSync(p, 'keep me');
      return ['export', 'csv', '--out', p];
    }, 1, /exists; pass --force/],
    ['export without --out', () => ['export', 'csv'], 2, /--out FILE is required/],
    ['export with an unknown format', () => ['export', 'docx', '--out', path.join(tmp.dir, 'x.docx')], 2, /unknown format/],
    ['export with an impossible date filter', () => ['export', 'csv', '--out', path.join(tmp.dir, 'dated.csv'), '--from', '2024-02-30'], 1, /./],
  ];
  for (const [what, args, code, message] of refusals) {
    it(`refuses ${what}`, { timeout: CASE_MS }, async () =>
      guarded('refused', async () => {
        const r = await cli(args());
        assert.equal(r.code, code, r.err);
        assert.match(r.err, message);
        assert.ok(!/\n\s+at /.test(r.err), 'no stack trace');
        return 'refused';
      }));
  }
  it('export --out with .. that resolves to an existing folder writes exactly there, and the database is unchanged', { timeout: CASE_MS }, async () =>
    guarded('refused', async () => {
      mkdirSync(path.join(tmp.dir, 'a', 'b'), { recursive: true });
      const r = await cli(['export', 'csv', '--out', path.join(tmp.dir, 'a', 'b', '..', '..', 'up.csv')]);
      assert.equal(r.code, 0, r.err);
      assert.match(readFileSync(path.join(tmp.dir, 'up.csv'), 'utf8'), /洛阳市光电产业链推进会/);
      assert.equal(readFileSync(path.join(tmp.dir, 'exists.csv'), 'utf8'), 'keep me');
      return 'refused';
    }));
});
