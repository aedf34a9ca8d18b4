import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { contentFingerprint, type ParsedArticle } from '../../import';
import { memoryDb } from '../test-helpers';
import { resources } from '../../i18n';
import { EXCHANGE_MESSAGES } from '../../import/exchange/messages';
import { importCitations } from './citation-import';
import { citedSources } from './sources-cite';

const bytes = (s: string) => new TextEncoder().encode(s);
const count = (t: ReturnType<typeof memoryDb>) => (t.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;

const RIS = [
  'TY  - NEWS', 'TI  - 全省光电产业链专题会议召开', 'AU  - 李明', 'T2  - 河南日报', 'DA  - 2023/06/12/', 'UR  - https://example.cn/a.html',
  'AB  - 会议指出，要做强光电产业链。', 'N1  - 重要', 'ER  - ', '',
  'TY  - NEWS', 'TI  - 新竹科學園區半導體產業鏈座談會舉行', 'T2  - 經濟日報', 'DA  - 2024/03/05/', 'ER  - ', '',
].join('\n');

describe('importCitations', () => {
  it('creates sources from a RIS file, searchable, with author, notes and abstract as text', () => {
    const t = memoryDb();
    const r = importCitations(t.db, { fileName: '/tmp/zotero.ris', bytes: bytes(RIS) });
    assert.equal(r.format, 'ris');
    assert.deepEqual(r.errors, []);
    assert.equal(r.added.length, 2);
    assert.ok(r.written);
    const s = t.db.prepare('SELECT title, outlet, reporter, published_at AS p, url, body, notes, script, format, file_name AS f FROM sources ORDER BY seq').all();
    assert.deepEqual(s[0], {
      title: '全省光电产业链专题会议召开', outlet: '河南日报', reporter: '李明', p: '2023-06-12', url: 'https://example.cn/a.html',
      body: '会议指出，要做强光电产业链。', notes: '重要', script: 'simplified', format: 'ris', f: 'zotero.ris',
    });
    assert.equal((s[1] as { script: string }).script, 'traditional');
    t.close();
  });

  it('a dry run lists what would be added and what is a duplicate, and writes nothing', () => {
    const t = memoryDb();
    const body = '会议指出，要做强光电产业链。';
    const existing = t.source({ title: '另一个标题', body, fingerprint: contentFingerprint({ body } as ParsedArticle) });
    const r = importCitations(t.db, { fileName: 'a.ris', bytes: bytes(RIS), dryRun: true });
    assert.deepEqual(r.added, [{ entry: 'entry 2', title: '新竹科學園區半導體產業鏈座談會舉行', sourceId: null }]);
    assert.deepEqual(r.duplicates, [{ entry: 'entry 1', title: '全省光电产业链专题会议召开', duplicateOf: existing, by: 'text' }]);
    assert.equal(r.written, false);
    assert.equal(count(t), 1);
    t.close();
  });

  it('recognises duplicates by address, by text, by title with outlet and day, and twice in one file; importing again adds nothing', () => {
    const t = memoryDb();
    const byUrl = t.source({ title: '别的', body: '别的正文', url: 'https://example.cn/a.html' });
    const twice = `${RIS}\n${RIS}`;
    const first = importCitations(t.db, { fileName: 'a.ris', bytes: bytes(twice) });
    assert.deepEqual(first.duplicates.map((d) => [d.entry, d.by, d.duplicateOf]), [['entry 1', 'url', byUrl], ['entry 3', 'url', byUrl], ['entry 4', 'file', null]]);
    assert.equal(first.added.length, 1);
    const again = importCitations(t.db, { fileName: 'a.ris', bytes: bytes(RIS) });
    assert.equal(again.added.length, 0);
    assert.deepEqual(again.duplicates.map((d) => d.by), ['url', 'title']);
    assert.equal(count(t), 2);
    t.close();
  });

  it('a file with a broken entry is refused whole, naming it; --valid-only stores the others', () => {
    const t = memoryDb();
    const broken = `${RIS}\nTY  - NEWS\nT1 - 坏\nER  - \n`;
    const refused = importCitations(t.db, { fileName: 'a.ris', bytes: bytes(broken) });
    assert.equal(refused.refused, true);
    assert.equal(refused.written, false);
    assert.deepEqual(refused.errors.map((e) => [e.entry, e.line]), [['entry 3', 18]]);
    assert.deepEqual(refused.added, []);
    assert.equal(count(t), 0);
    const valid = importCitations(t.db, { fileName: 'a.ris', bytes: bytes(broken), validOnly: true });
    assert.equal(valid.added.length, 2);
    assert.equal(valid.errors.length, 1);
    assert.equal(count(t), 2);
    t.close();
  });

  it('refuses bad files whole and changes nothing: BibTeX with an unclosed brace, CSL-JSON of the wrong shape, GB18030, empty, too large', () => {
    const t = memoryDb();
    const cases: [string, Uint8Array, RegExp][] = [
      ['a.bib', bytes('@article{good, title={好}}\n@article{bad,\n title = {未闭合,\n}\n'), /in the entry that starts on line 2/],
      ['a.json', bytes('{"items":[{"type":"article","title":"题"}]}'), /array of items; this one is an object/],
      ['a.ris', iconv.encode(RIS, 'gb18030'), /not UTF-8 \(it looks like GB18030\)/],
      ['a.ris', bytes(''), /the file is empty/],
      ['a.bib', new Uint8Array(50 * 1024 * 1024 + 1).fill(0x20), /too-large/],
      ['a.txt', bytes('just an article'), /not a CSL-JSON, RIS or BibTeX file/],
    ];
    for (const [name, b, message] of cases) {
      const r = importCitations(t.db, { fileName: name, bytes: b });
      assert.equal(r.refused, true, name);
      assert.match(r.errors.map((e) => e.message).join(' | '), message);
    }
    assert.equal(count(t), 0);
    t.close();
  });
});

describe('citedSources', () => {
  it('with no filter (or only a tag mode) every live source; with a filter only those cited', async () => {
    const t = memoryDb();
    const a = t.source({ title: '甲', body: '甲文' });
    t.source({ title: '乙', body: '乙文' });
    const gone = t.source({ title: '丙', body: '丙文' });
    t.db.prepare('UPDATE sources SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), gone);
    const id = await t.add({ kind: 'meeting', title: '会议', date: '2024-01-05' });
    await t.api.citations.add({ recordId: id, sourceId: a, quote: '甲文', note: '' });
    assert.deepEqual(citedSources(t.db, {}).map((s) => s.title).sort(), ['乙', '甲']);
    assert.deepEqual(citedSources(t.db, { tagMode: 'any', kinds: [] }).map((s) => s.title).sort(), ['乙', '甲']);
    assert.deepEqual(citedSources(t.db, { kinds: ['meeting'] }).map((s) => s.title), ['甲']);
    assert.deepEqual(citedSources(t.db, { kinds: ['plan'] }), []);
    t.close();
  });
});

it('every message of the citation readers is said in both of the app’s languages', () => {
  for (const lang of ['zh', 'en'] as const) {
    const said = resources[lang].import.citations.msg as Record<string, string>;
    assert.deepEqual(Object.keys(EXCHANGE_MESSAGES).filter((code) => !said[code]), [], lang);
  }
});
