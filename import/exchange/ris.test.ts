import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { parseRis } from './ris';

const bytes = (s: string) => new TextEncoder().encode(s);

// As Zotero writes a newspaper article (CRLF lines, notes as HTML).
const ZOTERO = [
  'TY  - NEWS', 'TI  - 全省光电产业链专题会议召开', 'AU  - 李明', 'AU  - 王芳', 'T2  - 河南日报', 'DA  - 2023/06/12/', 'PY  - 2023', 'LA  - zh-CN',
  'UR  - https://example.cn/a.html', 'AB  - 会议指出，要做强光电产业链。', 'N1  - <p>到2025年规模突破900亿元。</p>', 'Y2  - 2024/01/02/', 'ER  - ', '',
  'TY  - ELEC', 'TI  - 新竹科學園區半導體產業鏈座談會舉行', 'T2  - 經濟日報', 'PY  - 2024///', 'ER  - ', '',
].join('\r\n');

describe('RIS reader', () => {
  it('reads Zotero’s tags: title, authors, outlet, full date, address, abstract, notes, language', () => {
    const { records, errors } = parseRis(bytes(ZOTERO));
    assert.deepEqual(errors, []);
    assert.deepEqual(records[0], {
      entry: 'entry 1', line: 1, title: '全省光电产业链专题会议召开', outlet: '河南日报', reporter: '李明、王芳', publishedAt: '2023-06-12',
      url: 'https://example.cn/a.html', notes: '到2025年规模突破900亿元。', body: '会议指出，要做强光电产业链。', script: 'simplified', warnings: [],
    });
    assert.equal(records[1]!.script, 'traditional');
    assert.equal(records[1]!.publishedAt, null);
    assert.deepEqual(records[1]!.warnings.map((w) => w.message), ['the date 2024 has no month and day: not kept']);
  });

  it('joins a wrapped value’s lines; several N1 notes become one', () => {
    const { records } = parseRis(bytes('TY  - NEWS\nTI  - 题\nAB  - 第一行\n第二行\nN1  - 甲\nN1  - 乙\nER  - \n'));
    assert.equal(records[0]!.body, '第一行\n第二行');
    assert.equal(records[0]!.notes, '甲\n\n乙');
  });

  it('names the line of a broken tag, an entry without ER, and text outside entries', () => {
    const { records, errors } = parseRis(bytes('junk before\nTY  - NEWS\nTI  - 好\nER  - \nTY  - NEWS\nT1 - 单空格\nTI  - x\nER  - \nTY  - NEWS\nti  - 小写\nER  - \nTY  - NEWS\nTI  - 截断'));
    assert.deepEqual(records.map((r) => r.title), ['好']);
    assert.deepEqual(errors.map((e) => [e.entry, e.line]), [['entry 1', 1], ['entry 2', 6], ['entry 3', 10], ['entry 4', 12]]);
    assert.match(errors[1]!.message, /^line 6: a broken tag "T1 - 单空格"/);
    assert.match(errors[3]!.message, /not closed with "ER {2}- "/);
  });

  it('an entry without a title is an error; an empty file and a GB18030 file are refused whole', () => {
    assert.deepEqual(parseRis(bytes('TY  - NEWS\nAU  - 李明\nER  - \n')).errors, [{ entry: 'entry 1', line: 1, code: 'no-title', params: {}, message: 'it has no title' }]);
    assert.deepEqual(parseRis(bytes('  \n')).errors, [{ entry: 'file', code: 'empty-file', params: {}, message: 'the file is empty' }]);
    assert.match(parseRis(iconv.encode(ZOTERO, 'gb18030')).errors[0]!.message, /not UTF-8 \(it looks like GB18030\)/);
  });
});
