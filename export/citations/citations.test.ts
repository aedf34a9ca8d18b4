import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toBibtex } from './bibtex';
import { citationKey, toCslJson } from './csl';
import { sources } from './fixture';
import { gbt7714 } from './gbt7714';
import { references } from './references';
import { toRis } from './ris';

// Each export is read back with a different library than the one that wrote it.

describe('BibTeX export (citation-js), read back with @retorquere/bibtex-parser', () => {
  const bib = toBibtex(sources, { version: '1.2.3', exportedAt: '2026-01-01T00:00:00.000Z' });
  const lib = parseBibtex(bib);

  it('parses without errors, one entry per source, keyed by the stable citation key', () => {
    assert.deepEqual(lib.errors, []);
    assert.deepEqual(lib.entries.map((e) => e.key), sources.map((s) => citationKey(s.id)));
    assert.match(lib.comments.join(' '), /Chainline 1\.2\.3/);
  });

  it('keeps title, outlet, authors, date, address, language and notes, Chinese as written', () => {
    const [a, b, c] = lib.entries;
    assert.equal(a!.fields.title, '全省光电产业链专题会议召开');
    assert.equal(a!.fields.journaltitle, '河南日报');
    assert.deepEqual(a!.fields.author!.map((n) => n.name ?? n.lastName), ['李明', '王芳']);
    assert.equal(a!.fields.date, '2023-06-12');
    assert.equal(a!.fields.language, 'zh-Hans');
    assert.match(a!.fields.note!, /到2025年规模突破900亿元/);
    assert.equal(b!.fields.title, '新竹科學園區半導體產業鏈座談會舉行');
    assert.equal(b!.fields.language, 'zh-Hant');
    assert.equal(b!.fields.url, 'https://money.example.tw/news/2024/0305.html');
    // TeX's special characters survive as text, and the address stays verbatim.
    assert.equal(c!.fields.title, '关于印发{集成电路}方案的通知 & 解读 50%');
    assert.equal(c!.fields.url, 'https://www.example.gov.cn/art/2023/a_1.html?x=1&y=2');
    assert.equal(c!.fields.date, undefined);
  });
});

/**
 * A RIS reader written here for the test, independent of the plugin that wrote
 * the file (no second RIS library is installed): "TAG  - value" lines between
 * TY and ER, every line checked against the tag pattern.
 */
function readRis(text: string): Record<string, string[]>[] {
  const entries: Record<string, string[]>[] = [];
  let cur: Record<string, string[]> | null = null;
  for (const [i, line] of text.split(/\r\n/).entries()) {
    if (!line) continue;
    const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    assert.ok(m, `line ${i + 1} is a tag line: ${JSON.stringify(line)}`);
    const [, tag, value] = m;
    if (tag === 'TY') cur = {};
    assert.ok(cur, `line ${i + 1} inside an entry`);
    (cur[tag!] ??= []).push(value!);
    if (tag === 'ER') {
      entries.push(cur);
      cur = null;
    }
  }
  assert.equal(cur, null, 'the last entry is closed');
  return entries;
}

describe('RIS export (citation-js), read back with a tag reader of its own', () => {
  const ris = readRis(toRis(sources));

  it('one NEWS entry per source with the tags Zotero reads', () => {
    assert.equal(ris.length, 3);
    const [a, b, c] = ris;
    assert.deepEqual(a!.TY, ['NEWS']);
    assert.deepEqual(a!.TI, ['全省光电产业链专题会议召开']);
    assert.deepEqual(a!.T2, ['河南日报']);
    assert.deepEqual(a!.AU, ['李明', '王芳']);
    assert.deepEqual(a!.DA, ['2023/06/12/']);
    assert.deepEqual(a!.PY, ['2023']);
    assert.deepEqual(a!.LA, ['zh-Hans']);
    assert.deepEqual(a!.ID, [citationKey(sources[0]!.id)]);
    // A note's line breaks cannot become tagless lines.
    assert.deepEqual(a!.N1, ['会议提出到2025年规模突破900亿元。 另见省政府网站。']);
    assert.deepEqual(b!.UR, ['https://money.example.tw/news/2024/0305.html']);
    assert.deepEqual(b!.LA, ['zh-Hant']);
    assert.equal(b!.AU, undefined);
    assert.equal(c!.DA, undefined);
    assert.equal(c!.N1, undefined);
  });
});

describe('CSL-JSON export, checked field by field and formatted by citeproc-js', () => {
  const items = JSON.parse(toCslJson(sources)) as Record<string, unknown>[];

  it('is an array of CSL items with the schema’s field types', () => {
    assert.ok(Array.isArray(items));
    for (const item of items) {
      assert.equal(typeof item.id, 'string');
      assert.equal(item.type, 'article-newspaper');
      assert.equal(typeof item.title, 'string');
      for (const [k, v] of Object.entries(item)) {
        if (k === 'author') assert.ok(Array.isArray(v) && v.every((n) => typeof n.literal === 'string'));
        else if (k === 'issued') assert.ok(Array.isArray((v as { 'date-parts': unknown })['date-parts']));
        else assert.equal(typeof v, 'string', `${k} is a string`);
      }
    }
    assert.deepEqual(items[0], {
      id: sources[0]!.id, type: 'article-newspaper', 'citation-key': citationKey(sources[0]!.id), title: '全省光电产业链专题会议召开',
      'container-title': '河南日报', author: [{ literal: '李明' }, { literal: '王芳' }], issued: { 'date-parts': [[2023, 6, 12]] },
      language: 'zh-Hans', note: '会议提出到2025年规模突破900亿元。\n另见省政府网站。',
    });
  });

  it('citeproc-js formats every item', () => {
    const refs = gbt7714(items as never);
    assert.equal(refs.size, 3);
  });
});

// Expected strings written by hand from GB/T 7714-2015: 8.1.2 (up to three
// authors, then 等), 4.4 newspaper [N] (报纸名, 出版日期), 4.8 electronic resources
// [EB/OL] ((更新或修改日期)[引用日期]. 获取和访问路径), and the standard's separators.
describe('GB/T 7714-2015 references', () => {
  const base = { id: 'x', title: '全省光电产业链专题会议召开', outlet: '河南日报', reporter: '', publishedAt: '2023-06-12T09:30:00', url: '', script: 'simplified' };

  it('a newspaper article in print: [N], the paper and the day', () => {
    assert.equal(references([{ ...base, reporter: '李明' }]).get('x'), '李明. 全省光电产业链专题会议召开[N]. 河南日报, 2023-06-12.');
    assert.equal(references([base]).get('x'), '全省光电产业链专题会议召开[N]. 河南日报, 2023-06-12.');
  });

  it('more than three authors: the first three, then 等', () => {
    assert.equal(
      references([{ ...base, reporter: '李明、王芳、张伟、赵磊' }]).get('x'),
      '李明, 王芳, 张伟, 等. 全省光电产业链专题会议召开[N]. 河南日报, 2023-06-12.',
    );
    assert.equal(references([{ ...base, reporter: '李明、王芳、张伟' }]).get('x'), '李明, 王芳, 张伟. 全省光电产业链专题会议召开[N]. 河南日报, 2023-06-12.');
  });

  it('online: [EB/OL], the outlet as the responsible body, the day in parentheses and the address', () => {
    const url = 'https://www.example.gov.cn/art/2023/6/12/art_1.html';
    assert.equal(
      references([{ ...base, outlet: '河南省人民政府', url }]).get('x'),
      `河南省人民政府. 全省光电产业链专题会议召开[EB/OL]. (2023-06-12). ${url}.`,
    );
    assert.equal(references([{ ...base, outlet: '', publishedAt: null, url }]).get('x'), `全省光电产业链专题会议召开[EB/OL]. ${url}.`);
    // With an author the outlet is the publisher, and nothing dangles when the day is unknown.
    assert.equal(references([{ ...base, reporter: '李明', publishedAt: null, url }]).get('x'), `李明. 全省光电产业链专题会议召开[EB/OL]. 河南日报. ${url}.`);
    assert.equal(references([{ ...base, reporter: '李明', url }]).get('x'), `李明. 全省光电产业链专题会议召开[EB/OL]. 河南日报, (2023-06-12). ${url}.`);
  });

  it('online with an access date: [引用日期] after the day', () => {
    const url = 'https://money.example.tw/news/2024/0305.html';
    const refs = gbt7714([
      {
        id: 'y', type: 'article-newspaper', title: '新竹科學園區半導體產業鏈座談會舉行', 'container-title': '經濟日報', author: [{ literal: '陳志明' }],
        issued: { 'date-parts': [[2024, 3, 5]] }, accessed: { 'date-parts': [[2024, 4, 1]] }, URL: url,
      },
    ]);
    assert.equal(refs.get('y'), `陳志明. 新竹科學園區半導體產業鏈座談會舉行[EB/OL]. 經濟日報, (2024-03-05)[2024-04-01]. ${url}.`);
  });

  it('a Latin name: family name in capitals, given names as initials without points', () => {
    const refs = gbt7714([{ id: 'z', type: 'article-newspaper', title: 'Chip makers expand', 'container-title': 'Financial Times', author: [{ family: 'Smith', given: 'John Paul' }], issued: { 'date-parts': [[2023, 6, 1]] } }]);
    assert.equal(refs.get('z'), 'SMITH J P. Chip makers expand[N]. Financial Times, 2023-06-01.');
  });
});
